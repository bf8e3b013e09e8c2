/** The calculator page, started by main.tsx once the prerendered first screen has painted. */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from './i18n';
import { detectLanguage } from './i18n/languages';
import { App } from './ui/App';
import { whenIdle } from './ui/afterFirstPaint';
import { registerServiceWorker } from './ui/serviceWorker';

const lang = detectLanguage(window.location.search, navigator.languages ?? [navigator.language]);
const i18n = await createI18n(lang);
const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>
  );
  // The build prerenders the first screen in the default language: hydrate it when it is the page's language.
  if (root.dataset.prerendered === lang) hydrateRoot(root, app);
  else createRoot(root).render(app);
}

// The offline copy is fetched when the browser is idle, after the page has been taken over.
if (import.meta.env.PROD) whenIdle(registerServiceWorker, 5000);

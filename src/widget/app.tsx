/** The widget page, started by main.tsx once the prerendered widget has painted. */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { detectLanguage } from '../i18n/languages';
import { readOptions } from './options';
import { Widget } from './Widget';

const options = readOptions(window.location.search);
const lang = options.lang ?? detectLanguage('', navigator.languages ?? [navigator.language]);
const root = document.documentElement;
root.dataset.theme = options.theme;
if (options.transparent) root.dataset.bg = 'transparent';
// A validated hex colour, set through the CSSOM: nothing the host passes becomes markup or a style rule.
if (options.accent) root.style.setProperty('--accent', options.accent);

const i18n = await createI18n(lang, ['widget']);
const siteUrl = new URL('./', window.location.href).href;
const container = document.getElementById('root');
if (container) {
  const app = (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Widget options={options} siteUrl={siteUrl} />
      </I18nextProvider>
    </StrictMode>
  );
  // The prerendered widget is the default one: hydrate it when nothing the first render shows differs.
  if (container.dataset.prerendered === lang && options.emitTo === null) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

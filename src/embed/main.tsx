import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { detectLanguage } from '../i18n/languages';
import '../ui/app.css';
import { EmbedGuide } from './EmbedGuide';

const lang = detectLanguage(window.location.search, navigator.languages ?? [navigator.language]);
const i18n = await createI18n(lang, ['embed']);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <EmbedGuide />
      </I18nextProvider>
    </StrictMode>,
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { detectLanguage, LANGUAGES } from '../i18n/languages';
import '../ui/app.css';
import './hr.css';
import { HrApp } from './HrApp';

/** This page's texts in both languages, loaded with it (the calculator's pages never list them). */
const HR_TEXTS = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/hr.json');

const lang = detectLanguage(window.location.search, navigator.languages ?? [navigator.language]);
const [i18n, ...texts] = await Promise.all([createI18n(lang), ...LANGUAGES.map((l) => HR_TEXTS[`../../locales/${l}/hr.json`]())]);
LANGUAGES.forEach((l, i) => i18n.addResourceBundle(l, 'hr', texts[i].default, true, true));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <HrApp />
      </I18nextProvider>
    </StrictMode>,
  );
}
// Offline like the calculator: the service worker (built with the list of every file, this page's included).
if (import.meta.env.PROD && 'serviceWorker' in navigator && window.isSecureContext) {
  void navigator.serviceWorker.register(new URL('sw.js', new URL('./', window.location.href)).href).catch(() => undefined);
}

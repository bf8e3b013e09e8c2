/**
 * i18next with only the active language loaded: each language's namespaces are a separate chunk, fetched
 * when the language is first needed.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { INTL_LOCALE, type Language } from './languages';

export const NAMESPACES = ['common', 'calc', 'errors'] as const;

type Bundle = Record<(typeof NAMESPACES)[number], Record<string, unknown>>;

const loaders: Record<Language, () => Promise<Bundle>> = {
  kk: async () => ({
    common: (await import('../../locales/kk/common.json')).default,
    calc: (await import('../../locales/kk/calc.json')).default,
    errors: (await import('../../locales/kk/errors.json')).default,
  }),
  ru: async () => ({
    common: (await import('../../locales/ru/common.json')).default,
    calc: (await import('../../locales/ru/calc.json')).default,
    errors: (await import('../../locales/ru/errors.json')).default,
  }),
};

async function ensureLoaded(i18n: I18n, lang: Language): Promise<void> {
  if (i18n.hasResourceBundle(lang, 'common')) return;
  const bundle = await loaders[lang]();
  for (const ns of NAMESPACES) i18n.addResourceBundle(lang, ns, bundle[ns], true, true);
}

export async function createI18n(lang: Language): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(i18n, lang);
  applyDocumentLanguage(lang);
  return i18n;
}

export async function switchLanguage(i18n: I18n, lang: Language): Promise<void> {
  await ensureLoaded(i18n, lang);
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

function applyDocumentLanguage(lang: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export { INTL_LOCALE };

/**
 * i18next with only the active language loaded: each namespace of each language is a separate chunk, fetched
 * when a page first needs it in that language.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadLocale } from './files';
import { INTL_LOCALE, type Language } from './languages';
import { BASE_NAMESPACES } from './namespaces';

export { BASE_NAMESPACES };

async function ensureLoaded(i18n: I18n, lang: Language, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(lang, ns))
      .map(async (ns) => {
        const loading = loadLocale(lang, ns);
        if (!loading) throw new Error(`No locale file ${lang}/${ns}`);
        i18n.addResourceBundle(lang, ns, (await loading).default, true, true);
      }),
  );
}

export async function createI18n(lang: Language, extra: readonly string[] = []): Promise<I18n> {
  const namespaces = [...BASE_NAMESPACES, ...extra];
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    ns: namespaces,
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await ensureLoaded(i18n, lang, namespaces);
  applyDocumentLanguage(lang);
  return i18n;
}

export async function switchLanguage(i18n: I18n, lang: Language): Promise<void> {
  await ensureLoaded(i18n, lang, i18n.options.ns as string[]);
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

function applyDocumentLanguage(lang: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  // The installed app takes its name from the manifest of the language in use.
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', `/manifest.${lang}.webmanifest`);
}

export { INTL_LOCALE };

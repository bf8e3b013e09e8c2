/**
 * i18next with only the active language loaded: each namespace of each language is a separate chunk, fetched
 * when a page first needs it in that language.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { INTL_LOCALE, type Language } from './languages';

/** What every page needs; a page may ask for more (the widget, the embedding guide). */
export const BASE_NAMESPACES = ['common', 'calc', 'errors'] as const;

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

async function ensureLoaded(i18n: I18n, lang: Language, namespaces: readonly string[]): Promise<void> {
  await Promise.all(
    namespaces
      .filter((ns) => !i18n.hasResourceBundle(lang, ns))
      .map(async (ns) => {
        const load = files[`../../locales/${lang}/${ns}.json`];
        if (!load) throw new Error(`No locale file ${lang}/${ns}`);
        i18n.addResourceBundle(lang, ns, (await load()).default, true, true);
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

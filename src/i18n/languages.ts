/** The two languages of the app, equal in everything. Kazakh is the default. */
export const LANGUAGES = ['kk', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';

/** The locale `Intl` formats money and dates with ("₸" and the local digit grouping). */
export const INTL_LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-KZ' };

export function isLanguage(value: unknown): value is Language {
  return value === 'kk' || value === 'ru';
}

/** The language to show: `?lang=kk|ru`, else the browser's first Kazakh or Russian preference, else Kazakh. */
export function detectLanguage(search: string, browserLanguages: readonly string[]): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Where each locale file is (one chunk per namespace and language). The page's bootstrap starts fetching the
 * active language's files at once (`startLoading`), alongside the app, instead of after the app has run: the
 * browser fetches each module once, so i18n later finds them already on their way.
 */
import type { Language } from './languages';

export type LocaleModule = { default: Record<string, unknown> };

// The HR workbench's texts (hr.json) are its own build's (src/hr/main.tsx), and the result's "what next" texts
// (next.json) load with the result (ui/calculator/nextTexts.ts): the first screen's list never names them.
export const LOCALE_FILES = import.meta.glob<LocaleModule>(['../../locales/*/*.json', '!../../locales/*/hr.json', '!../../locales/*/next.json']);

export function loadLocale(lang: Language, namespace: string): Promise<LocaleModule> | null {
  return LOCALE_FILES[`../../locales/${lang}/${namespace}.json`]?.() ?? null;
}

/** Starts fetching a language's files; their errors surface where i18n awaits them. */
export function startLoading(lang: Language, namespaces: readonly string[]): void {
  for (const ns of namespaces) void loadLocale(lang, ns)?.catch(() => undefined);
}

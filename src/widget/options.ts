/**
 * The widget's options, read from its URL. Each is validated; an unknown or malformed value is ignored (the
 * default stands), so a hostile value (`accent=red;background:url(…)`, a script) can change nothing.
 */
import { isLanguage, type Language } from '../i18n/languages';

export type Theme = 'light' | 'dark' | 'auto';

export interface WidgetOptions {
  lang: Language | null;
  theme: Theme;
  /** A hex colour: #rgb or #rrggbb. */
  accent: string | null;
  transparent: boolean;
  /** The host page's exact origin, when it asked for results (`emit=1&origin=…`). */
  emitTo: string | null;
  /** The embedding guide's live preview (`preview=1`): nothing is read from or saved in the browser. */
  preview: boolean;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** An origin as `URL.origin` writes it (scheme, host, port; http or https only), or null. */
export function exactOrigin(value: string | null): string | null {
  if (value === null || value.length > 200) return null;
  try {
    const url = new URL(value);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== value) return null;
    return url.origin;
  } catch {
    return null;
  }
}

export function readOptions(search: string): WidgetOptions {
  const p = new URLSearchParams(search);
  const lang = p.get('lang');
  const theme = p.get('theme');
  const accent = p.get('accent');
  return {
    lang: isLanguage(lang) ? lang : null,
    theme: theme === 'dark' || theme === 'auto' || theme === 'light' ? theme : 'light',
    accent: accent !== null && HEX.test(accent) ? accent : null,
    transparent: p.get('bg') === 'transparent',
    emitTo: p.get('emit') === '1' ? exactOrigin(p.get('origin')) : null,
    preview: p.get('preview') === '1',
  };
}

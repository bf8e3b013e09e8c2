/**
 * The texts of the result's "what next" parts (to reach the maximum, the calendar…), in their own namespace
 * `next`, fetched with the result's views rather than with the first screen. The hook loads both languages'
 * files at once (small), so that a language switch shows them at once and an opened part stays open; until
 * they are there the parts show nothing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n/languages';

const NEXT_TEXTS = import.meta.glob<{ default: Record<string, unknown> }>('../../../locales/*/next.json');

export function useNextTexts(): boolean {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const [, setLoaded] = useState(0);
  const ready = i18n.hasResourceBundle(lang, 'next');
  useEffect(() => {
    const missing = LANGUAGES.filter((l) => !i18n.hasResourceBundle(l, 'next'));
    if (missing.length === 0) return;
    let live = true;
    void Promise.all(
      missing.map((l) => NEXT_TEXTS[`../../../locales/${l}/next.json`]?.().then((m) => i18n.addResourceBundle(l, 'next', m.default, true, true))),
    )
      .then(() => live && setLoaded((n) => n + 1))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [i18n, lang]);
  return ready;
}

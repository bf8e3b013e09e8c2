import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

const NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский' };

/**
 * Links to the page in each language. Before the scripts run they simply load it; once they run, the
 * language changes in place and the choice is kept in the URL (`?lang=`), so reload and links keep it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Language;

  const choose = (lang: Language) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', url);
    void switchLanguage(i18n, lang);
  };

  return (
    <nav aria-label={t('language.label')} className="lang-switch">
      {LANGUAGES.map((lang) => (
        <a key={lang} href={`?lang=${lang}`} lang={lang} hrefLang={lang} aria-current={lang === current ? 'true' : undefined} onClick={choose(lang)}>
          {NAMES[lang]}
        </a>
      ))}
    </nav>
  );
}

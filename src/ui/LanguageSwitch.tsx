import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

const NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский' };

/** Switches the language in place; the choice is kept in the URL (`?lang=`), so reload and links keep it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Language;

  const choose = (lang: Language) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', url);
    void switchLanguage(i18n, lang);
  };

  return (
    <nav aria-label={t('language.label')} className="lang-switch">
      {LANGUAGES.map((lang) => (
        <button key={lang} type="button" lang={lang} aria-pressed={lang === current} onClick={() => choose(lang)}>
          {NAMES[lang]}
        </button>
      ))}
    </nav>
  );
}

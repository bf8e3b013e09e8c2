import { useTranslation } from 'react-i18next';
import { Calculator } from './calculator/Calculator';
import { LanguageSwitch } from './LanguageSwitch';
import { UpdateNotice } from './UpdateNotice';

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header no-print">
        <p className="brand">{t('app.brand')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <UpdateNotice />
        <h1>{t('app.title')}</h1>
        <p className="lead">{t('app.lead')}</p>
        <Calculator />
        <p className="note">{t('app.privacy')}</p>
      </main>
      <footer className="site-footer no-print">
        <a href={`hr.html?lang=${i18n.language}`}>{t('app.hr_link')}</a> · <a href={`embed.html?lang=${i18n.language}`}>{t('app.embed_link')}</a>
      </footer>
    </>
  );
}

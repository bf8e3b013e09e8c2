import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export function App() {
  const { t } = useTranslation();
  return (
    <>
      <header className="site-header">
        <p className="brand">{t('app.brand')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="page">
        <h1>{t('app.title')}</h1>
        <p className="lead">{t('app.lead')}</p>
        <section aria-labelledby="payments-heading" className="cards">
          <h2 id="payments-heading" className="visually-hidden">
            {t('app.paymentsHeading')}
          </h2>
          <article className="card">
            <h3>{t('app.maternity.title')}</h3>
            <p>{t('app.maternity.summary')}</p>
          </article>
          <article className="card">
            <h3>{t('app.childcare.title')}</h3>
            <p>{t('app.childcare.summary')}</p>
          </article>
        </section>
        <p className="note">{t('app.privacy')}</p>
      </main>
      <footer className="site-footer">
        <p>{t('app.disclaimer')}</p>
      </footer>
    </>
  );
}

/** Copy the result as text, print it (or save as PDF), and share a link that restores the case. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalcResult, CaseInput } from '../../core';
import type { Language } from '../../i18n/languages';
import { download } from '../download';
import { copyText } from './copyText';
import { WhatIfEntry } from './WhatIfEntry';
import { calendarIcs } from './calendar';
import { useNextTexts } from './nextTexts';
import { resultAsText } from './plainText';
import { encodeCase } from './shareLink';

export function Actions({ result, input }: { result: CalcResult; input: CaseInput }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const [withIncome, setWithIncome] = useState(false);
  const [status, setStatus] = useState('');
  const link = `${window.location.origin}${window.location.pathname}?lang=${lang}#${encodeCase(input, withIncome)}`;

  const copy = async (text: string, done: string) => setStatus((await copyText(text)) ? done : t('actions.copy_failed'));
  const nextReady = useNextTexts();

  /** The key dates as an iCalendar file, in the page's language (calendar.ts). */
  const saveCalendar = () => {
    const now = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const seed = encodeCase(input, false).slice(5, 37);
    download(new Blob([calendarIcs(result, i18n.t, lang, now, seed)], { type: 'text/calendar;charset=utf-8' }), `${t('next:calendar.file')}.ics`);
  };

  return (
    <>
    <WhatIfEntry result={result} input={input} />
    <section className="result-section actions no-print" aria-labelledby="res-actions">
      <h3 id="res-actions">{t('actions.title')}</h3>
      <div className="action-buttons">
        <button type="button" onClick={() => void copy(resultAsText(result, i18n.t, lang), t('actions.copied'))}>
          {t('actions.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
        {nextReady && (result.maternity?.eligible || result.childcare) ? (
          <button type="button" data-testid="calendar-ics" aria-describedby="calendar-hint" onClick={saveCalendar}>
            {t('next:calendar.button')}
          </button>
        ) : null}
      </div>
      {nextReady ? (
        <p className="hint" id="calendar-hint">
          {t('next:calendar.hint')}
        </p>
      ) : null}
      <div className="share">
        <div className="choice-option">
          <input type="checkbox" id="share-income" checked={withIncome} onChange={(e) => setWithIncome(e.target.checked)} />
          <label htmlFor="share-income">{t('actions.include_income')}</label>
        </div>
        <label htmlFor="share-link">{t('actions.link_label')}</label>
        <input id="share-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy(link, t('actions.link_copied'))}>
          {t('actions.copy_link')}
        </button>
      </div>
      <p role="status" className="status">
        {status}
      </p>
    </section>
    </>
  );
}

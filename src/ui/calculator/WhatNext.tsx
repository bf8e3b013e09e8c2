/**
 * What next, beside the figures: how and where to apply, the person's own deadlines (from the result), going
 * back to work, fathers, and what is still unclear — each fact with the sources it rests on and their dates
 * (whatNextSources.ts; the research behind them: docs/what-next-sources.md).
 */
import { useTranslation } from 'react-i18next';
import type { CalcResult } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../format';
import { useNextTexts } from './nextTexts';
import { FACT_SOURCES, SOURCES, type FactKey } from './whatNextSources';

function Sources({ fact }: { fact: FactKey }) {
  const ids = FACT_SOURCES[fact] ?? [];
  if (ids.length === 0) return null;
  return (
    <span className="fact-sources">
      {' '}[
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <a href={`#src-${id}`}>{id}</a>
        </span>
      ))}
      ]
    </span>
  );
}

function Fact({ fact, values }: { fact: FactKey; values?: Record<string, string> }) {
  const { t } = useTranslation('next');
  return (
    <li data-fact={fact}>
      {t(`whatnext.${fact}`, values)}
      <Sources fact={fact} />
    </li>
  );
}

export function WhatNext({ result }: { result: CalcResult }) {
  const { t, i18n } = useTranslation('next');
  const lang = i18n.language as Language;
  const ready = useNextTexts();
  if (!ready) return null;
  const m = result.maternity?.eligible ? result.maternity : null;
  const c = result.childcare?.eligible ? result.childcare : null;
  return (
    <section className="result-section what-next" aria-labelledby="res-whatnext" data-testid="what-next">
      <details className="fold">
        <summary>
          <h3 id="res-whatnext">{t('whatnext.title')}</h3>
        </summary>
        <p className="hint">{t('whatnext.intro')}</p>
        <h4>{t('whatnext.apply_title')}</h4>
        <ul>
          {m ? (
            <li data-testid="whatnext-deadline-maternity" data-value={m.applicationDeadline}>
              <strong>{t('whatnext.deadline_maternity', { date: formatDate(m.applicationDeadline, lang) })}</strong>
              <Sources fact="deadline_maternity" />
            </li>
          ) : null}
          {c ? (
            <li data-testid="whatnext-deadline-childcare" data-value={c.applicationDeadline}>
              <strong>{t('whatnext.deadline_childcare', { date: formatDate(c.applicationDeadline, lang) })}</strong>
              <Sources fact="deadline_childcare" />
            </li>
          ) : null}
          {(['channel_egov', 'channel_con', 'channel_proactive', 'channel_banks', 'who_applies', 'documents', 'timing'] as const).map((f) => (
            <Fact key={f} fact={f} />
          ))}
        </ul>
        <h4>{t('whatnext.work_title')}</h4>
        <ul>
          {(['work_law', 'work_ministry', 'work_topup', 'work_notice'] as const).map((f) => (
            <Fact key={f} fact={f} />
          ))}
        </ul>
        <h4>{t('whatnext.father_title')}</h4>
        <ul>
          {(['father_who', 'father_conditions'] as const).map((f) => (
            <Fact key={f} fact={f} />
          ))}
        </ul>
        <h4>{t('whatnext.unclear_title')}</h4>
        <p>{t('whatnext.unclear')}</p>
        <h4>{t('whatnext.sources_title')}</h4>
        <ol className="sources-list">
          {SOURCES.map((s) => (
            <li key={s.id} id={`src-${s.id}`}>
              <strong>{s.id}</strong>{' '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title[lang]}
                </a>
              ) : (
                s.title[lang]
              )}
              {s.date ? <span className="hint"> — {t('whatnext.checked_on', { date: formatDate(s.date, lang) })}</span> : null}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

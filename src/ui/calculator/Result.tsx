/**
 * The result: both payments at the top in large type (an aria-live region), then the dated payments, the key
 * dates, the state allowances beside the Fund's payments, and how each figure was calculated.
 */
import { Maximum } from './Maximum';
import { WhatNext } from './WhatNext';
import { useTranslation } from 'react-i18next';
import type { CalcResult, ChildcareResult, MaternityResult } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatShortDate } from '../format';
import { Explanation } from './Explanation';
import { amountProjected } from './projection';
import { useWide } from './useWide';
import { Timeline } from './Timeline';

export function Money({ value, testId, className }: { value: string; testId?: string; className?: string }) {
  const { i18n } = useTranslation();
  return (
    <span className={className ? `money ${className}` : 'money'} data-testid={testId} data-value={testId ? value : undefined}>
      {formatMoney(value, i18n.language as Language)}
    </span>
  );
}

export function Summary({ result }: { result: CalcResult }) {
  const { t } = useTranslation('calc');
  const m = result.maternity;
  const c = result.childcare;
  return (
    <div className="summary">
      {m ? (
        <article className="big-card" aria-labelledby="sum-m">
          <h3 id="sum-m">{t('result.maternity.title')}</h3>
          {m.eligible ? (
            <>
              <p className="big">
                <Money value={m.net} testId="maternity-net" />
              </p>
              <p className="big-sub">{t('result.net_after_opv')}</p>
              <dl className="pairs">
                <dt>{t('result.gross')}</dt>
                <dd>
                  <Money value={m.gross} testId="maternity-gross" />
                </dd>
                <dt>{t('result.opv')}</dt>
                <dd>
                  <Money value={m.pension} />
                </dd>
                <dt>{t('result.days')}</dt>
                <dd>{t('result.days_value', { count: m.days })}</dd>
              </dl>
            </>
          ) : (
            <Ineligible kind="maternity" />
          )}
        </article>
      ) : null}
      {c ? (
        <article className="big-card" aria-labelledby="sum-c">
          <h3 id="sum-c">{t('result.childcare.title')}</h3>
          {c.eligible ? (
            <>
              <p className="big">
                <Money value={c.monthlyNet} testId="childcare-monthly-net" />
                <span className="per">{t('result.per_month')}</span>
              </p>
              <p className="big-sub">{c.children.length > 1 ? t('result.childcare.per_child', { count: c.children.length }) : t('result.net_after_opv')}</p>
              <dl className="pairs">
                <dt>{t('result.gross_monthly')}</dt>
                <dd>
                  <Money value={c.monthlyGross} testId="childcare-monthly-gross" />
                </dd>
                <dt>{t('result.payments')}</dt>
                <dd>{t('result.payments_value', { count: c.months })}</dd>
                <dt>{t('result.total_net')}</dt>
                <dd>
                  <Money value={c.totalNet} testId="childcare-total-net" />
                </dd>
              </dl>
            </>
          ) : (
            <Ineligible kind="childcare" />
          )}
        </article>
      ) : null}
    </div>
  );
}

/** On a phone the result is below the long form: a bar at the bottom of the screen keeps the amounts in view. */
export function MiniSummary({ result }: { result: CalcResult }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const c = result.childcare?.eligible ? result.childcare : null;
  const total = result.totals && result.totals.grandNet !== '0.00' ? result.totals.grandNet : null;
  if (!total && !c) return null;
  // Everything in one figure, and what comes each month: the rest is one tap away.
  return (
    <div className="mini-summary no-print">
      <p>
        {total ? <span>{t('mini.total', { amount: formatMoney(total, lang) })}</span> : null}
        {c ? <span>{t('mini.childcare', { amount: formatMoney(c.monthlyNet, lang) })}</span> : null}
      </p>
      <a href="#result-heading">{t('mini.details')}</a>
    </div>
  );
}

function Ineligible({ kind }: { kind: 'maternity' | 'childcare' }) {
  const { t } = useTranslation('calc');
  return <p className="ineligible">{t(`result.${kind}.ineligible`)}</p>;
}

/** Labels and their values, as a definition list. */
export function PairList({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return (
    <dl className="pairs">
      {rows.map(([k, v]) => (
        <div key={k} className="pair">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function KeyDates({ m, c, estimated }: { m?: MaternityResult; c?: ChildcareResult; estimated: boolean }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const rows: [string, string][] = [];
  if (m) {
    rows.push([estimated ? t('result.dates.leave_start_estimated') : t('result.dates.leave_start'), formatDate(m.rightDate, lang)]);
    rows.push([t('result.dates.leave_end'), formatDate(m.leaveEnd, lang)]);
    rows.push([t('result.dates.maternity_deadline'), formatDate(m.applicationDeadline, lang)]);
  }
  if (c) {
    rows.push([t('result.dates.childcare_period'), `${formatDate(c.rightDate, lang)} – ${formatDate(c.endDate, lang)}`]);
    rows.push([t('result.dates.childcare_deadline'), formatDate(c.applicationDeadline, lang)]);
  }
  if (rows.length === 0) return null;
  return (
    <section className="result-section" aria-labelledby="res-dates">
      <h3 id="res-dates">{t('result.dates.title')}</h3>
      <PairList rows={rows} />
    </section>
  );
}

/**
 * The payments of each child: a table on wider screens; on a phone the same rows read as a list (period and
 * take-home on the first line, assigned and ОПВ on the second), so nothing scrolls sideways.
 */
function Schedule({ c }: { c: ChildcareResult }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const wide = useWide();
  const projected = c.children.some((ch) => ch.schedule.some((p) => p.projected));
  const payments = c.children.reduce((n, ch) => n + ch.schedule.length, 0);
  return (
    <section className="result-section" aria-labelledby="res-schedule">
      <details className="fold" open={wide || undefined}>
        <summary>
          <h3 id="res-schedule">{t('result.schedule.title')}</h3>
          <span className="fold-line">{t('result.schedule.summary', { count: payments, total: formatMoney(c.totalNet, lang) })}</span>
        </summary>
        {c.children.map((child) => (
          <div key={child.birthOrder} className="table-scroll" role="region" aria-labelledby={`sched-${child.birthOrder}`} tabIndex={0}>
            <table className="schedule">
              <caption id={`sched-${child.birthOrder}`}>{t('result.schedule.caption', { ordinal: child.birthOrder })}</caption>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">{t('result.schedule.period')}</th>
                  <th scope="col">{t('result.gross')}</th>
                  <th scope="col">{t('result.opv')}</th>
                  <th scope="col">{t('result.net')}</th>
                </tr>
              </thead>
              <tbody>
                {child.schedule.map((p) => (
                  <tr key={p.index}>
                    <td className="s-index">{p.index}</td>
                    <td className="s-period">
                      <span className="period">
                        {formatShortDate(p.from, lang)}
                        {'\u00a0– '}
                        {formatShortDate(p.to, lang)}
                      </span>
                      {p.floorApplied ? <span className="tag">{t('result.schedule.floor')}</span> : null}
                      {p.capApplied ? <span className="tag">{t('result.schedule.cap')}</span> : null}
                      {amountProjected(p) ? <span className="tag tag-projection">{t('result.schedule.projected')}</span> : null}
                    </td>
                    <td className="s-gross" data-label={t('result.gross')}>
                      <Money value={p.gross} />
                    </td>
                    <td className="s-opv" data-label={t('result.opv')}>
                      <Money value={p.pension} />
                    </td>
                    <td className="s-net" data-label={t('result.net')}>
                      <Money value={p.net} testId="payment-net" />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    {t('result.schedule.total')}
                  </th>
                  <td className="s-gross" data-label={t('result.gross')}>
                    <Money value={child.totalGross} />
                  </td>
                  <td className="s-opv" data-label={t('result.opv')}>
                    <Money value={child.totalPension} />
                  </td>
                  <td className="s-net" data-label={t('result.net')}>
                    <Money value={child.totalNet} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        ))}
        {c.children.length > 1 ? (
          <p>
            {t('result.schedule.all_children')} <Money value={c.totalNet} />
          </p>
        ) : null}
        {projected ? <p className="note">{t('result.schedule.projected_note')}</p> : null}
        {c.pensionTopUp ? <p className="note">{t('result.pension_topup', { monthly: formatMoney(c.pensionTopUp.monthly, lang), total: formatMoney(c.pensionTopUp.total, lang) })}</p> : null}
      </details>
    </section>
  );
}

function Extras({ result }: { result: CalcResult }) {
  const { t } = useTranslation('calc');
  const m = result.maternity;
  const a = result.allowances;
  return (
    <>
      {m?.eligible && m.topUp ? (
        <section className="result-section" aria-labelledby="res-topup">
          <h3 id="res-topup">{t('result.topup.title')}</h3>
          <p>
            {t('result.topup.text', { days: m.topUp.days, count: m.topUp.days })} <Money value={m.topUp.net} /> {t('result.topup.net_suffix')}
          </p>
        </section>
      ) : null}
      {a ? (
        <section className="result-section" aria-labelledby="res-state">
          <h3 id="res-state">{t('result.state.title')}</h3>
          <p className="hint">{t('result.state.hint')}</p>
          <dl className="pairs">
            {a.children.map((ch) => (
              <div key={ch.birthOrder} className="pair">
                <dt>{t('result.state.birth', { ordinal: ch.birthOrder })}</dt>
                <dd>
                  <Money value={ch.birth} />
                </dd>
              </div>
            ))}
            {a.children.map((ch) => (
              <div key={`c${ch.birthOrder}`} className="pair">
                <dt>{t('result.state.childcare', { ordinal: ch.birthOrder })}</dt>
                <dd>
                  <Money value={ch.childcareMonthly} /> {t('result.per_month')}
                </dd>
              </div>
            ))}
            <div className="pair">
              <dt>{t('result.state.non_insured')}</dt>
              <dd>
                <Money value={a.nonInsuredTotal} testId="non-insured-total" />
              </dd>
            </div>
          </dl>
        </section>
      ) : null}
    </>
  );
}

export function ResultDetails({ result, estimated, today }: { result: CalcResult; estimated: boolean; today: string }) {
  const { t } = useTranslation('calc');
  return (
    <>
      <section className="result-section" aria-labelledby="res-timeline">
        <h3 id="res-timeline">{t('timeline.title')}</h3>
        <Timeline result={result} today={today} />
      </section>
      <KeyDates m={result.maternity} c={result.childcare} estimated={estimated} />
      {result.childcare?.eligible ? <Schedule c={result.childcare} /> : null}
      <Extras result={result} />
      <WhatNext result={result} />
      <Maximum result={result} />
      <Explanation result={result} />
    </>
  );
}

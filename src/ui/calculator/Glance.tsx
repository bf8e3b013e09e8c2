/**
 * The answer at a glance, first thing in the result: everything the family will receive, the one-off amount
 * and its dates, the monthly amount — and every change of it with the month it starts — and the next deadline.
 * The comparison with a parent who is not insured compares like with like (both include the birth allowance).
 * Every figure comes from the core (result.totals, the schedules); nothing is added up here.
 */
import { useTranslation } from 'react-i18next';
import type { CalcResult, ChildSchedule, Payment } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney } from '../format';
import { amountProjected } from './projection';
import { Money } from './Result';

/** A run of payments with the same take-home amount. */
export interface AmountStep {
  net: string;
  from: string;
  count: number;
  /** Why it differs from the run before: the floor follows the МРП of its period, or something else. */
  reason: 'first' | 'mrp' | 'changed';
  projected: boolean;
}

/** The monthly amount and its changes, from one child's schedule. */
export function amountSteps(schedule: readonly Payment[]): AmountStep[] {
  const out: AmountStep[] = [];
  for (const p of schedule) {
    const last = out.at(-1);
    if (last && last.net === p.net) {
      last.count++;
      last.projected ||= amountProjected(p);
    } else out.push({ net: p.net, from: p.from, count: 1, reason: last ? (p.floorApplied ? 'mrp' : 'changed') : 'first', projected: amountProjected(p) });
  }
  return out;
}

const sameSchedule = (a: ChildSchedule, b: ChildSchedule) => a.schedule.length === b.schedule.length && a.schedule.every((p, i) => p.net === b.schedule[i].net);

/** The next application deadline on or after today, or null when both have passed. */
function nextDeadline(result: CalcResult, today: string): { kind: 'maternity' | 'childcare'; date: string } | null {
  const all = [
    result.maternity?.eligible ? { kind: 'maternity' as const, date: result.maternity.applicationDeadline } : null,
    result.childcare?.eligible ? { kind: 'childcare' as const, date: result.childcare.applicationDeadline } : null,
  ].filter((d): d is { kind: 'maternity' | 'childcare'; date: string } => d !== null && d.date >= today);
  return all.sort((a, b) => a.date.localeCompare(b.date))[0] ?? null;
}

export function Glance({ result, today }: { result: CalcResult; today: string }) {
  const { t, i18n } = useTranslation('calc');
  const lang = i18n.language as Language;
  const totals = result.totals;
  const m = result.maternity?.eligible ? result.maternity : null;
  const c = result.childcare?.eligible ? result.childcare : null;
  if (!totals || (!m && !c && !result.allowances)) return null;
  const children = c?.children ?? [];
  const perChild = children.length > 1 && children.every((ch) => sameSchedule(ch, children[0]));
  const deadline = nextDeadline(result, today);

  return (
    <section className="glance" aria-labelledby="glance-title">
      <h3 id="glance-title">{t('result.glance.title')}</h3>
      <p className="glance-total">
        {/* Seven digits and more get a smaller size, so that a million still fits a 320 px screen on one line. */}
        <Money value={totals.grandNet} testId="grand-total" className={totals.grandNet.length > 9 ? 'glance-amount glance-amount-long' : 'glance-amount'} />
      </p>
      <ul className="glance-parts">
        {m ? <li>{t('result.glance.part_maternity', { amount: formatMoney(totals.maternityNet, lang) })}</li> : null}
        {c ? <li>{t('result.glance.part_childcare', { amount: formatMoney(totals.childcareNet, lang), count: children.reduce((n, ch) => n + ch.schedule.length, 0) })}</li> : null}
        {Number(totals.childcareAllowances) > 0 ? (
          <li>{t('result.glance.part_state_childcare', { amount: formatMoney(totals.childcareAllowances, lang), months: result.childcare?.months ?? 0 })}</li>
        ) : null}
        {result.allowances ? <li>{t('result.glance.part_birth', { amount: formatMoney(totals.birthAllowances, lang), count: result.allowances.children.length })}</li> : null}
      </ul>
      <dl className="glance-rows">
        {m ? (
          <div className="glance-row">
            <dt>{t('result.glance.once')}</dt>
            <dd>
              <Money value={m.net} className="nowrap strong" />{' '}
              <span className="glance-when">{t('result.glance.once_when', { from: formatDate(m.rightDate, lang), deadline: formatDate(m.applicationDeadline, lang) })}</span>
            </dd>
          </div>
        ) : null}
        {c ? (
          <div className="glance-row" data-testid="childcare-headline">
            <dt>{perChild || children.length === 1 ? t('result.glance.monthly') : t('result.glance.monthly_first')}</dt>
            <dd>
              {amountSteps(children[0].schedule).map((step, i) => (
                <span key={step.from} className="glance-step">
                  {i > 0 ? <span aria-hidden="true">→ </span> : null}
                  <Money value={step.net} className="nowrap strong" />{' '}
                  <span className="glance-when">
                    {i === 0
                      ? t('result.glance.step_first', { count: step.count, from: formatDate(step.from, lang) })
                      : t(`result.glance.step_${step.reason}`, { count: step.count, from: formatDate(step.from, lang) })}
                    {step.projected ? ` ${t('result.glance.projected')}` : ''}
                  </span>
                </span>
              ))}
              {perChild ? <span className="glance-when">{t('result.glance.per_child', { count: children.length })}</span> : null}
            </dd>
          </div>
        ) : null}
        {deadline ? (
          <div className="glance-row">
            <dt>{t('result.glance.next_deadline')}</dt>
            <dd>
              <span className="strong">{formatDate(deadline.date, lang)}</span>{' '}
              <span className="glance-when">{t(`result.glance.deadline_${deadline.kind}`)}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      {totals.nonInsured !== null && totals.insuranceAdds !== null ? (
        <p className="glance-compare">
          {t('result.glance.compare_before')} <Money value={totals.nonInsured} className="nowrap" />
          {'. '}
          {Number(totals.insuranceAdds) > 0 ? (
            <>
              {t('result.glance.compare_adds')} <Money value={totals.insuranceAdds} testId="insurance-adds" className="nowrap strong" />.
            </>
          ) : (
            t(m || c ? 'result.glance.compare_same' : 'result.glance.compare_none')
          )}
        </p>
      ) : null}
    </section>
  );
}

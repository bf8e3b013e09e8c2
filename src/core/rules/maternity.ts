/**
 * One-off payment for pregnancy and childbirth, or adoption of a newborn.
 *
 * Social Code art. 77 p.2: the right arises on the first day of the sick-leave sheet.
 * Art. 78 p.2: the average monthly income is the income of the 12 calendar months before the month the right
 *   arises in, divided by 12 (always 12, even with fewer months of income).
 * Art. 78: amount = average monthly income × days of the sheet ÷ 30.
 * From 2025-04-08 the average is capped at 7 МЗП in force on the right date (Ministry).
 * Labour Code art. 99 p.2–3: the days by case. Art. 77 p.4: an extra sheet adds the difference when
 * complications or twins are found later; apply within 12 months.
 */
import type { Case } from '../case/schema';
import { MATERNITY_WINDOW_MONTHS } from '../lists';
import type { Context } from '../context';
import { addDays, addMonths, monthFromIndex, monthIndex } from '../dates';
import { shownMoney, type Exact } from '../money';
import { LEAVE_DAYS, MATERNITY_CAP_MZP, type LeaveCase, type LeaveDaysRule, type StandardLeaveCase } from '../params/benefits';
import { OPV_RATE } from '../params/contributions';
import { ref, type LegalRef } from '../params/sources';
import { MZP } from '../params/wages';
import type { MaternityResult, Step } from '../result';
import { windowAverage, type Bases } from './income';
import { payout, shownPayout } from './payout';
import { count, date, factor, leaveCase, money, month, percent, rate, step } from './step';


/** The articles behind each step (shared, read-only). */
const LEGAL = {
  window: [ref('social_code', '78', '2')],
  sum: [ref('social_code', '78', '2'), ref('social_code', '245')],
  cap: [ref('ministry')],
  days: [ref('labour_code', '99', '2')],
  daysAdoption: [ref('labour_code', '99', '3')],
  gross: [ref('social_code', '78')],
  pension: [ref('social_code', '76')],
} as const satisfies Record<string, readonly LegalRef[]>;

/** The window of income months: the 12 months before the leave month, as month indices [from, to]. */
export function maternityWindow(leaveStart: string): [number, number] {
  const leaveMonth = monthIndex(leaveStart);
  return [leaveMonth - MATERNITY_WINDOW_MONTHS, leaveMonth - 1];
}

export function leaveDaysOf(ctx: Context, c: Case, rightDate: string): number {
  if (c.leaveCase === 'adoption') return c.leaveDays ?? 0;
  return c.leaveDays ?? ctx.param(LEAVE_DAYS, rightDate).value.standard[c.leaveCase];
}

export function maternity(ctx: Context, c: Case, rightDate: string, bases: Bases): MaternityResult {
  const [from, to] = maternityWindow(rightDate);
  const { sumShown, average, monthsWithIncome } = windowAverage(bases, from, to, MATERNITY_WINDOW_MONTHS);
  const eligible = monthsWithIncome > 0;

  // From 2025-04-08 the average counts at most 7 МЗП in force on the right date (Ministry); before, no overall cap.
  const cap = maternityCap(ctx, rightDate);
  const capApplied = cap !== null && average.greaterThan(cap.amount);
  const counted = cap !== null && capApplied ? cap.amount : average;

  const days = leaveDaysOf(ctx, c, rightDate);
  const paid = payout(ctx, counted.times(days).dividedBy(30), rightDate);
  const opv = ctx.param(OPV_RATE, rightDate).value;

  // Each figure is written out once, then shared by the steps and the result.
  const shown = {
    from: monthFromIndex(from),
    to: monthFromIndex(to),
    sum: sumShown,
    average: shownMoney(average),
    counted: shownMoney(counted),
    cap: cap === null ? null : shownMoney(cap.amount),
    ...shownPayout(paid),
  };
  const capStep =
    cap === null
      ? step('maternity.cap', 'none', `average (no cap on ${rightDate})`, {}, money(shown.counted), LEGAL.cap)
      : step('maternity.cap', 'standard', `min(average, ${cap.multiple.toString()} × МЗП)`, { cap: money(shownMoney(cap.amount)), mzp: money(shownMoney(cap.mzp)), multiple: factor(cap.multiple) }, money(shown.counted), LEGAL.cap, { applied: capApplied });
  const steps: Step[] = [
    step('maternity.window', 'standard', `months [leave month − ${MATERNITY_WINDOW_MONTHS}, leave month − 1]`, { rightDate: date(rightDate), from: month(shown.from), to: month(shown.to) }, count(MATERNITY_WINDOW_MONTHS), LEGAL.window),
    step('maternity.sum', 'standard', 'Σ monthly bases', { monthsWithIncome: count(monthsWithIncome) }, money(shown.sum), LEGAL.sum),
    step('maternity.average', 'standard', `Σ ÷ ${MATERNITY_WINDOW_MONTHS}`, { sum: money(shown.sum), divisor: count(MATERNITY_WINDOW_MONTHS) }, money(shown.average), LEGAL.window),
    capStep,
    daysStep(ctx.param(LEAVE_DAYS, rightDate).value, c.leaveCase, days),
    step('maternity.gross', 'standard', 'average × days ÷ 30', { average: money(shown.counted), days: count(days) }, money(shown.gross), LEGAL.gross),
    step('maternity.pension', 'standard', `gross × ${percent(opv)}`, { gross: money(shown.gross), rate: rate(opv) }, money(shown.pension), LEGAL.pension),
    step('maternity.net', 'standard', 'gross − ОПВ', { gross: money(shown.gross), pension: money(shown.pension) }, money(shown.net), LEGAL.pension),
  ];

  ctx.assume('deadline_corresponding_date');
  const result: MaternityResult = {
    eligible,
    rightDate,
    leaveCase: c.leaveCase,
    windowFrom: shown.from,
    windowTo: shown.to,
    monthsWithIncome,
    sumOfBases: shown.sum,
    averageBeforeCap: shown.average,
    averageMonthlyIncome: shown.counted,
    cap: shown.cap,
    capApplied,
    days,
    gross: shown.gross,
    pension: shown.pension,
    net: shown.net,
    leaveEnd: addDays(rightDate, Math.max(days, 1) - 1),
    applicationDeadline: addMonths(rightDate, 12),
    topUp: eligible ? topUp(ctx, c, rightDate, counted, days) : null,
    steps,
  };
  if (!eligible) result.reason = 'no_income_in_window';
  return result;
}

/** The overall cap of the average on the right date: this many МЗП of that date, or none (before 2025-04-08). */
export function maternityCap(ctx: Context, rightDate: string): { multiple: Exact; mzp: Exact; amount: Exact } | null {
  const multiple = ctx.param(MATERNITY_CAP_MZP, rightDate).value;
  if (multiple === null) return null;
  const mzp = ctx.param(MZP, rightDate).value;
  return { multiple, mzp, amount: multiple.times(mzp) };
}

/** Labour Code art. 99: the days of the case (p.2), of a shorter sheet, or from an adoption to the 56th day after the birth (p.3). */
function daysStep(rule: LeaveDaysRule, leave: LeaveCase, days: number): Step {
  if (leave === 'adoption') {
    return step('maternity.days', 'adoption', `days from the adoption to the ${rule.adoptionMaxDays}th day after the birth`, { leaveCase: leaveCase(leave), maxDays: count(rule.adoptionMaxDays) }, count(days), LEGAL.daysAdoption);
  }
  const standard = rule.standard[leave];
  return days === standard
    ? step('maternity.days', 'standard', `days of the leave case (${leave}: ${standard})`, { leaveCase: leaveCase(leave) }, count(days), LEGAL.days)
    : step('maternity.days', 'shorter', `days on the sheet, shorter than the ${standard} of the leave case (${leave})`, { leaveCase: leaveCase(leave) }, count(days), LEGAL.days);
}

/** Art. 77 p.4: the extra sheet when complications or twins are found after a normal (or zone) sheet. */
function topUp(ctx: Context, c: Case, rightDate: string, counted: Exact, days: number): MaternityResult['topUp'] {
  if (c.leaveCase === 'adoption') return null;
  const rule = ctx.param(LEAVE_DAYS, rightDate).value;
  // A shorter sheet (a birth at 22–29 weeks, a sheet issued after the birth) has no such top-up.
  if (c.leaveDays !== undefined && c.leaveDays !== rule.standard[c.leaveCase]) return null;
  const toCase: StandardLeaveCase | undefined = rule.complicatedOf[c.leaveCase];
  if (!toCase) return null;
  const extra = rule.standard[toCase] - days;
  const paid = payout(ctx, counted.times(extra).dividedBy(30), rightDate);
  return { toCase, days: extra, ...shownPayout(paid) };
}

/**
 * "To reach the maximum": the average monthly income at which each payment reaches its cap, what one payer's
 * monthly amount (in the case's own kind of income) would have to be in every month of the window for that,
 * and how far the case is from it. It reads the same rules backwards; it computes no payment.
 *
 * Maternity (art. 78 p.2; from 2025-04-08 the average is capped at 7 МЗП on the right date, Ministry): the
 *   maximum is reached when the average of the 12 months reaches the cap. Before 2025-04-08 there is no overall
 *   cap: only each payer's month is capped (art. 245), so there is no single maximum.
 * Childcare (art. 85 p.1): 40 % of the average, at most 40 % of 7 МЗП: the maximum is reached when the
 *   average of the 24 months reaches 7 МЗП.
 * Either average is a sum divided by 12 or 24 whatever the months with income, and each payer's month counts at
 * most 7 МЗП (art. 245): so every month of the window must hold the cap. A month without income (the leave,
 * for childcare) keeps the maximum out of reach unless another payer's base makes up for it.
 * The monthly amount is for one payer, at the rates of the window's last month:
 *   salary of an employee         cap ÷ (1 − ОПВ rate)   (art. 245: base = salary − ОПВ)
 *   declared income, base         cap
 *   contributions                 cap × СО rate          (art. 244)
 *   special tax regime            out of reach: the base counted is at most 0.01 × 7 МЗП ÷ 0.05 (arts. 101-1, 102-1)
 */
import type { Case } from '../case/schema';
import { Context } from '../context';
import { monthFromIndex } from '../dates';
import { CHILDCARE_WINDOW_MONTHS, MATERNITY_WINDOW_MONTHS } from '../lists';
import { dec, shownAtLeast, shownMoney, ZERO, type Exact } from '../money';
import { OPV_SALARY_RATE } from '../params/contributions';
import type { CalcResult, MaximumTarget } from '../result';
import { childcareAmount } from './childcare';
import { baseOf, contributionsRate, windowAverage, type Bases } from './income';
import { maternityCap } from './maternity';

/** An amount no income reaches: what a payer's month counts at most is read with it. */
const ANY = dec('1e15');

export function maximumTarget(ctx: Context, c: Case, bases: Bases, window: [number, number], months: number, cap: Exact, average: Exact): MaximumTarget {
  const [from, to] = window;
  const last = monthFromIndex(to);
  const date = `${last}-01`;
  // What one payer's month counts at most, in the case's kind of income (a special regime counts far less).
  const payerMax = baseOf(ctx, last, c.payer, c.income.kind, ANY).base;
  let monthly: Exact | null = null;
  if (payerMax.greaterThanOrEqualTo(cap)) {
    if (c.income.kind === 'salary') monthly = c.payer === 'employee' ? cap.dividedBy(dec(1).minus(ctx.param(OPV_SALARY_RATE, date).value)) : cap;
    else if (c.income.kind === 'base') monthly = cap;
    else monthly = cap.times(contributionsRate(ctx, date, false));
  }
  let monthsBelow = 0;
  for (let i = from; i <= to; i++) if ((bases.get(i)?.base ?? ZERO).lessThan(cap)) monthsBelow++;
  const shortfall = cap.minus(average);
  return {
    average: shownMoney(cap),
    current: shownMoney(average),
    shortfall: shortfall.greaterThan(0) ? shownMoney(shortfall) : '0.00',
    reached: !average.lessThan(cap),
    monthly: monthly === null ? null : shownAtLeast(monthly),
    payerMax: shownMoney(payerMax),
    kind: c.income.kind,
    declared: c.income.kind === 'salary' && c.payer !== 'employee',
    windowFrom: monthFromIndex(from),
    windowTo: last,
    months,
    monthsBelow,
  };
}

/**
 * Both payments' targets, from the caps their own rules apply (maternityCap; childcareAmount's 7 МЗП). Read in a
 * context of its own: it explains, and adds no value of the law or reading to the result's lists beyond those
 * the payments used.
 */
export function maximum(c: Case, bases: Bases, mWindow: [number, number] | undefined, cWindow: [number, number] | undefined): CalcResult['maximum'] {
  const ctx = new Context();
  const out: NonNullable<CalcResult['maximum']> = {};
  // Before 2025-04-08 the maternity average has no overall cap: no single maximum.
  const mCap = c.leaveStart !== undefined && mWindow ? maternityCap(ctx, c.leaveStart) : null;
  if (mCap && mWindow) {
    out.maternity = maximumTarget(ctx, c, bases, mWindow, MATERNITY_WINDOW_MONTHS, mCap.amount, windowAverage(bases, mWindow[0], mWindow[1], MATERNITY_WINDOW_MONTHS).average);
  }
  if (c.birthDate !== undefined && cWindow) {
    const { capMzp, mzp } = childcareAmount(ctx, c.birthDate, ZERO);
    out.childcare = maximumTarget(ctx, c, bases, cWindow, CHILDCARE_WINDOW_MONTHS, capMzp.times(mzp.value), windowAverage(bases, cWindow[0], cWindow[1], CHILDCARE_WINDOW_MONTHS).average);
  }
  return out.maternity || out.childcare ? out : undefined;
}

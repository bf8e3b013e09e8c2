/**
 * Monthly payment for childcare until the child is 1.5 years old.
 *
 * Social Code art. 84: the right arises on the child's birth (adoption: the court's decision); each child born
 *   at once is paid separately (p.1); apply within 18 months of the birth (p.5).
 * Art. 85: average monthly income = income of the 24 calendar months before the birth month ÷ 24 (always 24);
 *   amount = 0.40 × average; at most 40 % of 7 МЗП in force on the right date (10 МЗП before 2020); at least
 *   the state childcare allowance of the child's birth order "with pension contributions additionally
 *   calculated" (p.2; art. 82 for the allowance).
 * Art. 76: 10 % ОПВ withheld from each payment. Arts. 87–89: the budget's pension top-up (from 2014).
 * Duration: 18 payments for children born from 2022-01-02, 12 before (Ministry, gfss.kz).
 */
import type { Case } from '../case/schema';
import type { Context } from '../context';
import { addDays, addMonths, monthFromIndex, monthIndex } from '../dates';
import { dec, maxOf, minOf, moneyString, roundPayable, shownMoney, ZERO, type Exact } from '../money';
import { CHILDCARE_ALLOWANCE_MRP, CHILDCARE_CAP_MZP, CHILDCARE_PAYMENTS, PENSION_TOPUP_RATE, REPLACEMENT_COEFFICIENT } from '../params/benefits';
import { OPV_RATE } from '../params/contributions';
import { ref } from '../params/sources';
import { MRP, MZP } from '../params/wages';
import type { ChildcareResult, ChildSchedule, Payment, Step } from '../result';
import { windowSum, type Bases } from './income';
import { step } from './maternity';
import { payout } from './payout';

export const CHILDCARE_WINDOW_MONTHS = 24;

/** The window of income months: the 24 months before the birth month, as month indices [from, to]. */
export function childcareWindow(birthDate: string): [number, number] {
  const birthMonth = monthIndex(birthDate);
  return [birthMonth - CHILDCARE_WINDOW_MONTHS, birthMonth - 1];
}

/** The allowance multiple (in МРП) for a birth order: the table lists 1st, 2nd, 3rd, and 4th and later. */
export function byOrder<T>(table: readonly T[], birthOrder: number): T {
  return table[Math.min(birthOrder, table.length) - 1];
}

/** The state childcare allowance for a child of this order, for the month of life that starts on `date`. */
export function childcareAllowance(ctx: Context, birthOrder: number, date: string): { amount: Exact; projected: boolean } {
  const mrp = ctx.param(MRP, date);
  const multiple = byOrder(ctx.param(CHILDCARE_ALLOWANCE_MRP, date).value, birthOrder);
  return { amount: multiple.times(mrp.value), projected: mrp.projected };
}

export function childcarePayments(ctx: Context, birthDate: string): number {
  return ctx.param(CHILDCARE_PAYMENTS, birthDate).value;
}

export function childcare(ctx: Context, c: Case, rightDate: string, bases: Bases): ChildcareResult {
  const [from, to] = childcareWindow(rightDate);
  const { sum, monthsWithIncome } = windowSum(bases, from, to);
  const eligible = monthsWithIncome > 0;
  const average = sum.dividedBy(CHILDCARE_WINDOW_MONTHS);

  const coefficient = ctx.param(REPLACEMENT_COEFFICIENT, rightDate).value;
  const mzp = ctx.param(MZP, rightDate);
  const capMzp = ctx.param(CHILDCARE_CAP_MZP, rightDate).value;
  const cap = coefficient.times(capMzp).times(mzp.value);
  const amount = coefficient.times(average);
  const capApplied = eligible && amount.greaterThan(cap);
  const limited = minOf(amount, cap);
  const payments = childcarePayments(ctx, rightDate);
  const opvRate = ctx.param(OPV_RATE, rightDate).value;
  if (eligible) {
    ctx.assume('childcare_floor_gross_up');
    ctx.assume('floor_mrp_by_period');
  }

  const children: ChildSchedule[] = [];
  let totalGross = ZERO;
  let totalNet = ZERO;
  // Per period: ОПВ withheld across all children, for the pension top-up.
  const pensionByPeriod: Exact[] = new Array<Exact>(payments).fill(ZERO);
  let anyFloor = false;
  for (let k = 0; k < c.childrenBorn; k++) {
    const birthOrder = c.birthOrder + k;
    const schedule: Payment[] = [];
    let g = ZERO;
    let p = ZERO;
    let n = ZERO;
    for (let i = 0; i < payments; i++) {
      const periodFrom = addMonths(rightDate, i);
      const periodTo = addDays(addMonths(rightDate, i + 1), -1);
      let exact = ZERO;
      let floor = ZERO;
      let floorApplied = false;
      let projected = mzp.projected;
      if (eligible) {
        const allowance = childcareAllowance(ctx, birthOrder, periodFrom);
        floor = allowance.amount.dividedBy(dec(1).minus(opvRate));
        floorApplied = limited.lessThan(floor);
        exact = maxOf(limited, floor);
        projected = projected || allowance.projected;
      }
      anyFloor ||= floorApplied;
      const paid = payout(ctx, exact, periodFrom);
      g = g.plus(paid.gross);
      p = p.plus(paid.pension);
      n = n.plus(paid.net);
      pensionByPeriod[i] = pensionByPeriod[i].plus(paid.pension);
      schedule.push({
        index: i + 1,
        from: periodFrom,
        to: periodTo,
        gross: moneyString(paid.gross),
        pension: moneyString(paid.pension),
        net: moneyString(paid.net),
        floor: shownMoney(floor),
        floorApplied,
        capApplied: capApplied && !floorApplied,
        projected,
      });
    }
    totalGross = totalGross.plus(g);
    totalNet = totalNet.plus(n);
    children.push({ birthOrder, schedule, totalGross: g.toFixed(2), totalPension: p.toFixed(2), totalNet: n.toFixed(2) });
  }

  const first = children[0].schedule[0];
  const pensionTopUp = eligible ? topUp(ctx, rightDate, average, pensionByPeriod) : null;
  ctx.assume('deadline_corresponding_date');

  const legal85 = [ref('social_code', '85')];
  const steps: Step[] = [
    step('childcare.window', 'months [birth month − 24, birth month − 1]', { rightDate, from: monthFromIndex(from), to: monthFromIndex(to) }, `${monthFromIndex(from)} … ${monthFromIndex(to)}`, legal85),
    step('childcare.sum', 'Σ monthly bases', { monthsWithIncome: String(monthsWithIncome) }, shownMoney(sum), [ref('social_code', '85'), ref('social_code', '245')]),
    step('childcare.average', 'Σ ÷ 24', { sum: shownMoney(sum), divisor: '24' }, shownMoney(average), legal85),
    step('childcare.amount', 'average × 0.40', { average: shownMoney(average), coefficient: coefficient.toString() }, shownMoney(amount), legal85),
    { ...step('childcare.cap', 'min(amount, 0.40 × 7 × МЗП)', { cap: shownMoney(cap), mzp: shownMoney(mzp.value), multiple: capMzp.toString(), coefficient: coefficient.toString() }, shownMoney(limited), legal85), applied: capApplied },
    {
      ...step('childcare.floor', 'max(amount, allowance ÷ 0.9)', { floor: first.floor }, first.gross, [ref('social_code', '85', '2'), ref('social_code', '82')]),
      applied: anyFloor,
      assumptions: ['childcare_floor_gross_up', 'floor_mrp_by_period'],
    },
    step('childcare.duration', payments === 18 ? 'until 1.5 years' : 'until 1 year', { payments: String(payments), children: String(c.childrenBorn) }, String(payments), [ref('social_code', '84'), ref('ministry')]),
    step('childcare.pension', 'gross × 10 %', { gross: first.gross }, first.pension, [ref('social_code', '76')]),
    step('childcare.total', 'Σ payments of every child', { children: String(c.childrenBorn), payments: String(payments) }, totalNet.toFixed(2), [ref('social_code', '84', '1')]),
  ];
  if (pensionTopUp) {
    steps.push(step('childcare.pension_topup', '10 % × average − ОПВ withheld', { average: shownMoney(average) }, pensionTopUp.monthly, [ref('social_code', '87'), ref('social_code', '89')]));
  }

  const result: ChildcareResult = {
    eligible,
    rightDate,
    windowFrom: monthFromIndex(from),
    windowTo: monthFromIndex(to),
    monthsWithIncome,
    sumOfBases: shownMoney(sum),
    averageMonthlyIncome: shownMoney(average),
    coefficient: coefficient.toString(),
    amountBeforeLimits: shownMoney(amount),
    cap: shownMoney(cap),
    capApplied,
    floorApplied: anyFloor,
    months: payments,
    monthlyGross: first.gross,
    monthlyNet: first.net,
    totalGross: totalGross.toFixed(2),
    totalNet: totalNet.toFixed(2),
    endDate: addDays(addMonths(rightDate, payments), -1),
    applicationDeadline: addMonths(rightDate, 18),
    children,
    pensionTopUp,
    steps,
  };
  if (!eligible) result.reason = 'no_income_in_window';
  return result;
}

/** Arts. 87–89: the budget adds 10 % × average − the ОПВ withheld that month, when positive (information). */
function topUp(ctx: Context, rightDate: string, average: Exact, pensionByPeriod: Exact[]): ChildcareResult['pensionTopUp'] {
  const rate = ctx.param(PENSION_TOPUP_RATE, rightDate).value;
  if (rate === null) return null;
  ctx.assume('pension_topup_per_parent');
  const due = average.times(rate);
  let total = ZERO;
  let monthly: Exact | null = null;
  for (const withheld of pensionByPeriod) {
    const amount = roundPayable(maxOf(due.minus(withheld), ZERO));
    monthly ??= amount;
    total = total.plus(amount);
  }
  return { monthly: (monthly ?? ZERO).toFixed(2), total: total.toFixed(2) };
}

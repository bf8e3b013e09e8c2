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
import type { AssumptionId } from '../assumptions';
import type { Case } from '../case/schema';
import { CHILDCARE_WINDOW_MONTHS } from '../lists';
import type { Context } from '../context';
import { addDays, addMonths, monthFromIndex, monthIndex, type IsoDate } from '../dates';
import { dec, maxOf, minOf, roundPayable, shownMoney, ZERO, type Exact } from '../money';
import { CHILDCARE_CAP_MZP, PENSION_TOPUP_RATE, REPLACEMENT_COEFFICIENT } from '../params/benefits';
import { OPV_RATE } from '../params/contributions';
import { ref, type LegalRef } from '../params/sources';
import { MZP } from '../params/wages';
import type { ChildcareResult, ChildSchedule, Payment, Step } from '../result';
import type { AllowanceSchedule, MonthlyAllowance } from './allowances';
import { windowAverage, type Bases } from './income';
import { payout, shownPayout } from './payout';
import { childcarePayments, paymentPeriods, type Period } from './periods';
import { count, date, factor, money, month, percent, rate, step } from './step';

/** The readings the floor step rests on. */
const FLOOR_ASSUMPTIONS = ['childcare_floor_gross_up', 'floor_mrp_by_period'] as const satisfies readonly AssumptionId[];

/** The articles behind each step (shared, read-only). */
const LEGAL = {
  art85: [ref('social_code', '85')],
  sum: [ref('social_code', '85'), ref('social_code', '245')],
  floor: [ref('social_code', '85', '2'), ref('social_code', '82')],
  duration: [ref('social_code', '84'), ref('ministry')],
  pension: [ref('social_code', '76')],
  total: [ref('social_code', '84', '1')],
  topUp: [ref('social_code', '87'), ref('social_code', '89')],
} as const satisfies Record<string, readonly LegalRef[]>;

/** The window of income months: the 24 months before the birth month, as month indices [from, to]. */
export function childcareWindow(birthDate: string): [number, number] {
  const birthMonth = monthIndex(birthDate);
  return [birthMonth - CHILDCARE_WINDOW_MONTHS, birthMonth - 1];
}

/**
 * Art. 85 p.1: 40 % of the average monthly income (the replacement coefficient 0.40); art. 85 p.2: at most 40 %
 * of 7 МЗП in force on the right date (10 МЗП before 2020, under the earlier law).
 */
export function childcareAmount(ctx: Context, rightDate: IsoDate, average: Exact) {
  const coefficient = ctx.param(REPLACEMENT_COEFFICIENT, rightDate).value;
  const mzp = ctx.param(MZP, rightDate);
  const capMzp = ctx.param(CHILDCARE_CAP_MZP, rightDate).value;
  const cap = coefficient.times(capMzp).times(mzp.value);
  const amount = coefficient.times(average);
  return { coefficient, mzp, capMzp, cap, amount, limited: minOf(amount, cap), capApplied: amount.greaterThan(cap) };
}

/**
 * Art. 85 p.2: the payment is at least the state childcare allowance of the child's birth order (art. 82) "with
 * pension contributions additionally calculated" — read as allowance ÷ (1 − ОПВ), so that the parent keeps at
 * least the allowance after ОПВ (ASSUMED childcare_floor_gross_up). The allowance follows the МРП of the month.
 */
export function childcareFloor(ctx: Context, period: Period, allowance: MonthlyAllowance): { floor: Exact; projected: boolean } {
  const opv = ctx.param(OPV_RATE, period.from).value; // the same date the payment's ОПВ is withheld on (payout.ts)
  return { floor: allowance.exact.dividedBy(dec(1).minus(opv)), projected: allowance.projected };
}

/**
 * The Fund's childcare payment for every child born, month by month. `allowances` holds each child's state
 * childcare allowance for the same months (allowances.ts), the basis of the floor.
 */
export function childcare(ctx: Context, c: Case, rightDate: string, bases: Bases, allowances: AllowanceSchedule): ChildcareResult {
  const [from, to] = childcareWindow(rightDate);
  const { sumShown, average, monthsWithIncome } = windowAverage(bases, from, to, CHILDCARE_WINDOW_MONTHS);
  const eligible = monthsWithIncome > 0;
  const { coefficient, mzp, capMzp, cap, amount, limited, capApplied: overCap } = childcareAmount(ctx, rightDate, average);
  const capApplied = eligible && overCap;
  const payments = childcarePayments(ctx, rightDate);
  const periods = paymentPeriods(rightDate, payments);
  if (eligible) {
    ctx.assume('childcare_floor_gross_up');
    ctx.assume('floor_mrp_by_period');
  }

  // Each child born at once is paid separately (art. 84 p.1). With no income in the window there is no
  // payment, so no floor either.
  const children: ChildSchedule[] = [];
  let totalGross = ZERO;
  let totalNet = ZERO;
  /** ОПВ withheld in each period, all children together: the pension top-up deducts it. */
  const withheld: Exact[] = periods.map(() => ZERO);
  let anyFloor = false;
  for (let k = 0; k < c.childrenBorn; k++) {
    const birthOrder = c.birthOrder + k;
    let gross = ZERO;
    let pension = ZERO;
    let net = ZERO;
    const schedule: Payment[] = periods.map((period, i) => {
      let exact = ZERO;
      let floor = ZERO;
      let floorApplied = false;
      let projected = mzp.projected;
      if (eligible) {
        const f = childcareFloor(ctx, period, allowances.monthly[k][i]);
        floor = f.floor;
        floorApplied = limited.lessThan(floor);
        exact = maxOf(limited, floor);
        projected ||= f.projected;
      }
      anyFloor ||= floorApplied;
      const paid = payout(ctx, exact, period.from);
      gross = gross.plus(paid.gross);
      pension = pension.plus(paid.pension);
      net = net.plus(paid.net);
      withheld[i] = withheld[i].plus(paid.pension);
      return { index: i + 1, from: period.from, to: period.to, ...shownPayout(paid), floor: shownMoney(floor), floorApplied, capApplied: capApplied && !floorApplied, projected };
    });
    totalGross = totalGross.plus(gross);
    totalNet = totalNet.plus(net);
    children.push({ birthOrder, schedule, totalGross: shownMoney(gross), totalPension: shownMoney(pension), totalNet: shownMoney(net) });
  }

  const first = children[0].schedule[0];
  const pensionTopUp = eligible ? topUp(ctx, rightDate, average, withheld) : null;
  ctx.assume('deadline_corresponding_date');

  // Each figure is written out once, then shared by the steps and the result.
  const shown = {
    from: monthFromIndex(from),
    to: monthFromIndex(to),
    sum: sumShown,
    average: shownMoney(average),
    amount: shownMoney(amount),
    cap: shownMoney(cap),
    limited: shownMoney(limited),
    coefficient: coefficient.toString(),
    totalNet: shownMoney(totalNet),
  };
  // The floor is the allowance "with pension contributions additionally calculated": ÷ (1 − ОПВ). With no
  // income in the window there is no payment, so no floor either.
  const opv = ctx.param(OPV_RATE, rightDate).value;
  const floorDivisor = dec(1).minus(opv);
  const steps: Step[] = [
    step('childcare.window', 'standard', `months [birth month − ${CHILDCARE_WINDOW_MONTHS}, birth month − 1]`, { rightDate: date(rightDate), from: month(shown.from), to: month(shown.to) }, count(CHILDCARE_WINDOW_MONTHS), LEGAL.art85),
    step('childcare.sum', 'standard', 'Σ monthly bases', { monthsWithIncome: count(monthsWithIncome) }, money(shown.sum), LEGAL.sum),
    step('childcare.average', 'standard', `Σ ÷ ${CHILDCARE_WINDOW_MONTHS}`, { sum: money(shown.sum), divisor: count(CHILDCARE_WINDOW_MONTHS) }, money(shown.average), LEGAL.art85),
    step('childcare.amount', 'standard', `average × ${shown.coefficient}`, { average: money(shown.average), coefficient: rate(coefficient) }, money(shown.amount), LEGAL.art85),
    step('childcare.cap', 'standard', `min(amount, ${shown.coefficient} × ${capMzp.toString()} × МЗП)`, { cap: money(shown.cap), mzp: money(shownMoney(mzp.value)), multiple: factor(capMzp), coefficient: rate(coefficient) }, money(shown.limited), LEGAL.art85, { applied: capApplied }),
    eligible
      ? step('childcare.floor', 'standard', `max(amount, allowance ÷ ${floorDivisor.toString()})`, { floor: money(first.floor), divisor: factor(floorDivisor) }, money(first.gross), LEGAL.floor, { applied: anyFloor, assumptions: FLOOR_ASSUMPTIONS })
      : step('childcare.floor', 'ineligible', 'no income in the window: no payment, no floor', {}, money(first.gross), LEGAL.floor),
    step('childcare.duration', 'standard', `${payments} monthly payments (until the age of ${payments / 12})`, { payments: count(payments), children: count(c.childrenBorn) }, count(payments), LEGAL.duration),
    step('childcare.pension', 'standard', `gross × ${percent(opv)}`, { gross: money(first.gross), rate: rate(opv) }, money(first.pension), LEGAL.pension),
    step('childcare.total', 'standard', 'Σ payments of every child', { children: count(c.childrenBorn), payments: count(payments) }, money(shown.totalNet), LEGAL.total),
  ];
  const topUpRate = ctx.param(PENSION_TOPUP_RATE, rightDate).value;
  if (pensionTopUp && topUpRate) {
    steps.push(step('childcare.pension_topup', 'standard', `${percent(topUpRate)} × average − ОПВ withheld`, { average: money(shown.average), rate: rate(topUpRate) }, money(pensionTopUp.monthly), LEGAL.topUp));
  }

  const result: ChildcareResult = {
    eligible,
    rightDate,
    windowFrom: shown.from,
    windowTo: shown.to,
    monthsWithIncome,
    sumOfBases: shown.sum,
    averageMonthlyIncome: shown.average,
    coefficient: shown.coefficient,
    amountBeforeLimits: shown.amount,
    cap: shown.cap,
    capApplied,
    floorApplied: anyFloor,
    months: payments,
    monthlyGross: first.gross,
    monthlyNet: first.net,
    totalGross: shownMoney(totalGross),
    totalNet: shown.totalNet,
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
function topUp(ctx: Context, rightDate: string, average: Exact, withheld: Exact[]): ChildcareResult['pensionTopUp'] {
  const rate = ctx.param(PENSION_TOPUP_RATE, rightDate).value;
  if (rate === null) return null;
  ctx.assume('pension_topup_per_parent');
  const due = average.times(rate);
  const monthly = withheld.map((w) => roundPayable(maxOf(due.minus(w), ZERO)));
  const total = monthly.reduce((sum: Exact, m) => sum.plus(m), ZERO);
  return { monthly: shownMoney(monthly[0] ?? ZERO), total: shownMoney(total) };
}

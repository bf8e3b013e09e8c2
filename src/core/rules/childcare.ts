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
import { bundleOf, type Bundle, type Context } from '../context';
import { addDays, addMonths, monthFromIndex, monthIndex, type IsoDate } from '../dates';
import { dec, maxOf, minOf, roundPayable, shownMoney, ZERO, type Exact, type Payable } from '../money';
import { CHILDCARE_ALLOWANCE_MRP, CHILDCARE_CAP_MZP, CHILDCARE_PAYMENTS, PENSION_TOPUP_RATE, REPLACEMENT_COEFFICIENT } from '../params/benefits';
import { OPV_RATE } from '../params/contributions';
import { ref, type LegalRef } from '../params/sources';
import { MRP, MZP } from '../params/wages';
import type { ChildcareResult, ChildSchedule, Payment, Step } from '../result';
import { windowAverage, type Bases } from './income';
import { payout, shownPayout, type Payout } from './payout';
import { count, date, factor, money, month, percent, rate, step } from './step';
import { valueOn } from '../params/lookup';
import type { ParamValue } from '../params/types';

export const CHILDCARE_WINDOW_MONTHS = 24;

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

/** The allowance multiple (in МРП) for a birth order: the table lists 1st, 2nd, 3rd, and 4th and later. */
export function byOrder<T>(table: readonly T[], birthOrder: number): T {
  return table[Math.min(birthOrder, table.length) - 1];
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const BOUND = 20_000;
function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > BOUND) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** A schedule's periods, and the floors of each birth order over them (worked out when first asked for). */
export interface Schedule {
  periods: Period[];
  /** By birth order 1, 2, 3, 4 and later. */
  floors: (Floors | undefined)[];
}

/** Schedules kept by their number of payments, then by the right date. */
const scheduleCache = new Map<number, Map<IsoDate, Schedule>>();
/** The months of the child's life the payments are for: payment i covers birth + i months … the day before birth + i + 1 months. */
export function scheduleOf(rightDate: IsoDate, payments: number): Schedule {
  let byDate = scheduleCache.get(payments);
  if (!byDate) scheduleCache.set(payments, (byDate = new Map()));
  return remember(byDate, rightDate, () => ({
    periods: Array.from({ length: payments }, (_, i) => ({ from: addMonths(rightDate, i), to: addDays(addMonths(rightDate, i + 1), -1) })),
    floors: [],
  }));
}

export interface PeriodFloor {
  /** The state childcare allowance of the month (exact) and as paid. */
  allowance: Exact;
  allowancePaid: Payable;
  /** The floor of the Fund's payment: allowance ÷ (1 − ОПВ), RULES §4 (ASSUMED). */
  floor: Exact;
  floorShown: string;
  projected: boolean;
  params: ParamValue<unknown>[];
}

/** Equal floors as one object, so that a schedule compares each distinct floor once. */
const floorValues = new Map<string, Exact>();
function sameFloor(floor: Exact): Exact {
  return remember(floorValues, floor.toString(), () => floor);
}

const floorCache = new Map<string, PeriodFloor>();
/** The allowance and the floor for a child of this order, for the month of life that starts on `from`. */
export function periodFloor(from: IsoDate, birthOrder: number): PeriodFloor {
  // The МРП, the allowance multiples and ОПВ all change on the first day of a month (params.test.ts checks it),
  // so the value on the first of the month is the value of the whole month.
  const month = from.slice(0, 7);
  return remember(floorCache, `${month}|${Math.min(birthOrder, 4)}`, () => {
    const first = `${month}-01`;
    const mrp = valueOn(MRP, first);
    const table = valueOn(CHILDCARE_ALLOWANCE_MRP, first);
    const opv = valueOn(OPV_RATE, first);
    const allowance = byOrder(table.value, birthOrder).times(mrp.value);
    const floor = sameFloor(allowance.dividedBy(dec(1).minus(opv.value)));
    return {
      allowance,
      allowancePaid: roundPayable(allowance),
      floor,
      floorShown: shownMoney(floor),
      projected: mrp.projected,
      params: [mrp, table, opv] as ParamValue<unknown>[],
    };
  });
}

interface Floors {
  floors: PeriodFloor[];
  bundle: Bundle;
  /** The state childcare allowances of all the periods, as paid. */
  allowanceTotal: Exact;
}
/** The floors of every period of a schedule for a child of this order, with the values they used. */
export function floorsOf(schedule: Schedule, birthOrder: number): Floors {
  const k = Math.min(birthOrder, 4) - 1;
  let kept = schedule.floors[k];
  if (!kept) {
    const floors = schedule.periods.map((p) => periodFloor(p.from, birthOrder));
    let allowanceTotal = ZERO;
    for (const f of floors) allowanceTotal = allowanceTotal.plus(f.allowancePaid);
    kept = schedule.floors[k] = { floors, bundle: bundleOf(floors.flatMap((f) => f.params), []), allowanceTotal };
  }
  return kept;
}

export function childcarePayments(ctx: Context, birthDate: string): number {
  return ctx.param(CHILDCARE_PAYMENTS, birthDate).value;
}

export function childcare(ctx: Context, c: Case, rightDate: string, bases: Bases): ChildcareResult {
  const [from, to] = childcareWindow(rightDate);
  const { sumShown, average, monthsWithIncome } = windowAverage(bases, from, to, CHILDCARE_WINDOW_MONTHS);
  const eligible = monthsWithIncome > 0;

  const coefficient = ctx.param(REPLACEMENT_COEFFICIENT, rightDate).value;
  const mzp = ctx.param(MZP, rightDate);
  const capMzp = ctx.param(CHILDCARE_CAP_MZP, rightDate).value;
  const cap = coefficient.times(capMzp).times(mzp.value);
  const amount = coefficient.times(average);
  const capApplied = eligible && amount.greaterThan(cap);
  const limited = minOf(amount, cap);
  const payments = childcarePayments(ctx, rightDate);
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
  // Most periods pay the same amount: pay each distinct exact amount once.
  const paid = new Map<Exact, { gross: string; pension: string; net: string; p: Payout }>();
  const pay = (exact: Exact, on: string) => {
    let hit = paid.get(exact);
    if (!hit) {
      const p = payout(ctx, exact, on);
      hit = { ...shownPayout(p), p };
      paid.set(exact, hit);
    }
    return hit;
  };
  const kept = scheduleOf(rightDate, payments);
  const periods = kept.periods;
  for (let k = 0; k < c.childrenBorn; k++) {
    const birthOrder = c.birthOrder + k;
    const schedule: Payment[] = [];
    const times = new Map<Exact, number>();
    const floors = floorsOf(kept, birthOrder);
    if (eligible) ctx.record(floors.bundle);
    let lastFloor: Exact | null = null;
    let lastApplied = false;
    for (let i = 0; i < payments; i++) {
      const period = periods[i];
      let exact = ZERO;
      let floor = '0.00';
      let floorApplied = false;
      let projected = mzp.projected;
      if (eligible) {
        const f = floors.floors[i];
        floor = f.floorShown;
        // Floors repeat from month to month (equal floors are one object): compare each new one once.
        if (f.floor !== lastFloor) {
          lastFloor = f.floor;
          lastApplied = limited.lessThan(f.floor);
        }
        floorApplied = lastApplied;
        exact = floorApplied ? f.floor : limited;
        projected ||= f.projected;
      }
      anyFloor ||= floorApplied;
      const money = pay(exact, period.from);
      times.set(exact, (times.get(exact) ?? 0) + 1);
      pensionByPeriod[i] = k === 0 ? money.p.pension : pensionByPeriod[i].plus(money.p.pension);
      schedule.push({
        index: i + 1,
        from: period.from,
        to: period.to,
        gross: money.gross,
        pension: money.pension,
        net: money.net,
        floor,
        floorApplied,
        capApplied: capApplied && !floorApplied,
        projected,
      });
    }
    let g = ZERO;
    let p = ZERO;
    let n = ZERO;
    for (const [exact, count] of times) {
      const money = pay(exact, rightDate).p;
      g = g.plus(money.gross.times(count));
      p = p.plus(money.pension.times(count));
      n = n.plus(money.net.times(count));
    }
    totalGross = totalGross.plus(g);
    totalNet = totalNet.plus(n);
    children.push({ birthOrder, schedule, totalGross: shownMoney(g), totalPension: shownMoney(p), totalNet: shownMoney(n) });
  }

  const first = children[0].schedule[0];
  const pensionTopUp = eligible ? topUp(ctx, rightDate, average, pensionByPeriod) : null;
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
function topUp(ctx: Context, rightDate: string, average: Exact, pensionByPeriod: Exact[]): ChildcareResult['pensionTopUp'] {
  const rate = ctx.param(PENSION_TOPUP_RATE, rightDate).value;
  if (rate === null) return null;
  ctx.assume('pension_topup_per_parent');
  const due = average.times(rate);
  // Periods that withheld the same ОПВ (the same object: one child, the same payment) get the same top-up.
  const times = new Map<Exact, number>();
  for (const withheld of pensionByPeriod) times.set(withheld, (times.get(withheld) ?? 0) + 1);
  let total = ZERO;
  for (const [withheld, count] of times) total = total.plus(roundPayable(maxOf(due.minus(withheld), ZERO)).times(count));
  const monthly = roundPayable(maxOf(due.minus(pensionByPeriod[0] ?? ZERO), ZERO));
  return { monthly: shownMoney(monthly), total: shownMoney(total) };
}

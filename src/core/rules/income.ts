/**
 * The monthly income the Fund counts (Social Code art. 245; art. 78 p.2 and art. 85 p.1 for the windows): for
 * each month and each payer, the base on which social contributions (СО) were charged, within the per-payer
 * cap and floor of that month; the bases of several payers add up.
 *
 *   employee, salary            base = salary − ОПВ (10 %), at least 1 МЗП, at most 7 МЗП          (art. 245)
 *   entrepreneur, salary        base = declared income, at least 1 МЗП, at most 7 МЗП     (art. 245; ASSUMED)
 *   any payer, base             base = the base as recorded, at most 7 МЗП                          (ASSUMED)
 *   any payer, contributions    base = СО ÷ the СО rate of the month, at most 7 МЗП                 (art. 244)
 *                               (an employer on the single payment (ЕП): its own СО rate, art. 244 p.3)
 *   special tax regime and platform workers, from 2026 (arts. 101-1 p.3, 102-1 p.2; arts. 78 p.2, 85 p.1):
 *                               the income the 1 % СО is charged on is at most 7 МЗП; the base for payments
 *                               is СО ÷ the general rate (5 %): at most 0.01 × 7 МЗП ÷ 0.05; no floor.
 *
 * Everything is exact decimal arithmetic: no rounding happens here (amounts are shown half-up to the tiyn).
 */
import type { Case, IncomeKind, Payer } from '../case/schema';
import type { Context } from '../context';
import { monthIndex, type IsoMonth } from '../dates';
import { amountAsMoney, dec, maxOf, minOf, shownMoney, ZERO, type Exact } from '../money';
import { BASE_CAP_MZP, BASE_FLOOR_RULE, OPV_SALARY_RATE, SO_RATE, SO_RATE_SINGLE_PAYMENT, SO_RATE_SPECIAL } from '../params/contributions';
import { MZP } from '../params/wages';
import type { MonthRow, PayerMonth } from '../result';

/** A payer's base for one month, with what bounded it. */
export interface PayerBase {
  base: Exact;
  /** The per-payer cap of the month, as a base. */
  cap: Exact;
  /** The floor of the month, as a base (zero where none applies). */
  floor: Exact;
  capped: boolean;
  floored: boolean;
}

const SPECIAL_REGIME: ReadonlySet<Payer> = new Set<Payer>(['self_employed_special', 'platform_worker']);

/**
 * One payer's base for one month: what the Fund counts of the amount entered for that payer. `singlePayment`:
 * that employer pays the single payment (ЕП). Every parameter looked up is recorded in `ctx`, and so is every
 * reading of the law the rule relies on.
 */
export function baseOf(ctx: Context, month: IsoMonth, payer: Payer, kind: IncomeKind, amount: Exact, singlePayment = false): PayerBase {
  const date = `${month}-01`;
  // Art. 245: at most 7 МЗП per payer (10 МЗП before 2020), the МЗП in force in that month.
  const cap = ctx.param(BASE_CAP_MZP, date).value.times(ctx.param(MZP, date).value);
  ctx.assume('cap_mzp_of_the_month');

  const special = SPECIAL_REGIME.has(payer) ? ctx.param(SO_RATE_SPECIAL, date).value : null;
  if (special !== null) return specialRegimeBase(ctx, date, kind, amount, cap, special);

  if (kind === 'salary') {
    let income = amount;
    if (payer === 'employee') income = amount.times(dec(1).minus(ctx.param(OPV_SALARY_RATE, date).value));
    else ctx.assume('entrepreneur_declared_income');
    // The floor is the МЗП in force on 1 January of the month's year (a mid-year rise does not raise it).
    ctx.param(BASE_FLOOR_RULE, date);
    const floor = amount.isZero() ? ZERO : ctx.param(MZP, `${month.slice(0, 4)}-01-01`).value;
    return bounded(income, floor, cap);
  }

  ctx.assume('statement_counts_as_recorded');
  const recorded = kind === 'contributions' ? amount.dividedBy(contributionsRate(ctx, date, singlePayment)) : amount;
  return bounded(recorded, ZERO, cap);
}

/** The СО rate contributions were charged at: the single payment's СО part where the employer pays it (art. 244 p.3). */
export function contributionsRate(ctx: Context, date: string, singlePayment: boolean): Exact {
  const single = singlePayment ? ctx.param(SO_RATE_SINGLE_PAYMENT, date).value : null;
  return single ?? ctx.param(SO_RATE, date).value;
}

/**
 * Arts. 101-1 p.3 and 102-1 p.2: the income the special rate is charged on is at most the cap; arts. 78 p.2
 * and 85 p.1: the base for payments is the contributions ÷ the general rate. An income (or a recorded base:
 * the same income) is capped first, then turned into contributions; contributions are capped at what the
 * capped income gives.
 */
function specialRegimeBase(ctx: Context, date: string, kind: IncomeKind, amount: Exact, incomeCap: Exact, special: Exact): PayerBase {
  ctx.assume('special_regime_income');
  const general = ctx.param(SO_RATE, date).value;
  const contributionsCap = incomeCap.times(special);
  const contributions = kind === 'contributions' ? amount : minOf(amount, incomeCap).times(special);
  const capped = kind === 'contributions' ? amount.greaterThan(contributionsCap) : amount.greaterThan(incomeCap);
  return { base: minOf(contributions, contributionsCap).dividedBy(general), cap: contributionsCap.dividedBy(general), floor: ZERO, capped, floored: false };
}

/** A base kept between its floor and its cap (the cap wins should the floor ever exceed it). */
function bounded(income: Exact, floor: Exact, cap: Exact): PayerBase {
  const floored = income.lessThan(floor);
  const base = minOf(maxOf(income, floor), cap);
  return { base, cap, floor, capped: income.greaterThan(cap), floored };
}

export interface MonthBase {
  index: number;
  /** Sum of the payers' bases. */
  base: Exact;
  row: MonthRow;
}

/** Bases by month index; a month not listed counts as zero (arts. 78, 85). */
export type Bases = Map<number, MonthBase>;

/** The bases of every month the case lists, with the windows each belongs to. */
export function monthlyBases(ctx: Context, c: Case, windows: { maternity?: [number, number]; childcare?: [number, number] }): Bases {
  const out: Bases = new Map();
  const inside = (w: [number, number] | undefined, i: number) => w !== undefined && i >= w[0] && i <= w[1];
  for (const m of c.income.months) {
    const index = monthIndex(m.month);
    let sum = ZERO;
    const payers: PayerMonth[] = m.amounts.map((text, i) => {
      const amount = dec(text);
      const b = baseOf(ctx, m.month, c.payer, c.income.kind, amount, c.income.singlePayment?.[i] === true);
      sum = sum.plus(b.base);
      return { amount: amountAsMoney(text), base: shownMoney(b.base), capped: b.capped, floored: b.floored, cap: shownMoney(b.cap), floor: shownMoney(b.floor) };
    });
    const row: MonthRow = { month: m.month, inMaternityWindow: inside(windows.maternity, index), inChildcareWindow: inside(windows.childcare, index), payers, base: shownMoney(sum) };
    out.set(index, { index, base: sum, row });
  }
  return out;
}

/**
 * Over a window of month indices [from, to]: the sum of the bases, the average over `months` months (always
 * 12 or 24, whatever the months with income: arts. 78 p.2, 85 p.1), and how many months had income.
 */
export function windowAverage(bases: Bases, from: number, to: number, months: number): { sumShown: string; average: Exact; monthsWithIncome: number } {
  let sum = ZERO;
  let monthsWithIncome = 0;
  for (const mb of bases.values()) {
    if (mb.index < from || mb.index > to) continue;
    sum = sum.plus(mb.base);
    if (!mb.base.isZero()) monthsWithIncome++;
  }
  return { sumShown: shownMoney(sum), average: sum.dividedBy(months), monthsWithIncome };
}

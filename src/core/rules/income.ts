/**
 * The monthly income the Fund counts (Social Code art. 245; art. 78 p.2 and art. 85 for the windows): for each
 * month and each payer, the base on which social contributions were charged, within the per-payer cap and
 * floor of that month; the bases of several payers add up.
 */
import { firstDayOfMonthIndex, monthFromIndex, monthIndex } from '../dates';
import type { Case } from '../case/schema';
import type { Context } from '../context';
import { dec, shownMoney, ZERO, type Exact } from '../money';
import { BASE_CAP_MZP, BASE_FLOOR_RULE, OPV_SALARY_RATE, SO_RATE, SO_RATE_SPECIAL } from '../params/contributions';
import { MZP } from '../params/wages';
import type { MonthRow, PayerMonth } from '../result';

export interface MonthBase {
  index: number;
  /** Sum of the payers' bases (exact). */
  base: Exact;
  row: MonthRow;
}

/** Bases by month index; a month not listed counts as zero (arts. 78, 85). */
export type Bases = Map<number, MonthBase>;

const SPECIAL_PAYERS = new Set<Case['payer']>(['self_employed_special', 'platform_worker']);

/** One payer's base for one month. */
export function payerBase(ctx: Context, c: Case, index: number, amount: Exact): PayerMonth & { exact: Exact } {
  const date = firstDayOfMonthIndex(index);
  const mzp = ctx.param(MZP, date).value;
  const capMzp = ctx.param(BASE_CAP_MZP, date).value;
  if (mzp.eq(0) || capMzp.eq(0)) throw new RangeError('Parameter table broken: zero МЗП or cap');
  ctx.assume('cap_mzp_of_the_month');
  const cap = capMzp.times(mzp);
  const kind = c.income.kind;
  const special = SPECIAL_PAYERS.has(c.payer) ? ctx.param(SO_RATE_SPECIAL, date).value : null;

  let raw: Exact;
  let floor: Exact = ZERO;
  if (amount.isZero()) {
    raw = ZERO;
  } else if (special !== null) {
    // From 2026: СО at the special rate, base = СО ÷ the general rate (arts. 101-1, 102-1, 244).
    const general = ctx.param(SO_RATE, date).value;
    ctx.assume('special_regime_income');
    if (kind === 'salary') raw = amount.times(special).dividedBy(general);
    else if (kind === 'contributions') raw = amount.dividedBy(general);
    else raw = amount;
  } else if (kind === 'salary') {
    if (c.payer === 'employee') {
      raw = amount.times(dec(1).minus(ctx.param(OPV_SALARY_RATE, date).value));
    } else {
      ctx.assume('entrepreneur_declared_income');
      raw = amount;
    }
    ctx.param(BASE_FLOOR_RULE, date);
    floor = ctx.param(MZP, `${date.slice(0, 4)}-01-01`).value;
  } else {
    ctx.assume('statement_counts_as_recorded');
    raw = kind === 'contributions' ? amount.dividedBy(ctx.param(SO_RATE, date).value) : amount;
  }

  const floored = !raw.isZero() && raw.lessThan(floor);
  const lifted = floored ? floor : raw;
  const capped = lifted.greaterThan(cap);
  const exact = capped ? cap : lifted;
  return {
    amount: shownMoney(amount),
    base: shownMoney(exact),
    exact,
    capped,
    floored,
    cap: shownMoney(cap),
    floor: shownMoney(floor),
  };
}

/** The bases of every month the case lists, with the windows each belongs to. */
export function monthlyBases(ctx: Context, c: Case, windows: { maternity?: [number, number]; childcare?: [number, number] }): Bases {
  const out: Bases = new Map();
  const within = (w: [number, number] | undefined, i: number) => w !== undefined && i >= w[0] && i <= w[1];
  for (const m of c.income.months) {
    const index = monthIndex(m.month);
    const payers = m.amounts.map((a) => payerBase(ctx, c, index, dec(a)));
    let base = ZERO;
    for (const p of payers) base = base.plus(p.exact);
    out.set(index, {
      index,
      base,
      row: {
        month: monthFromIndex(index),
        inMaternityWindow: within(windows.maternity, index),
        inChildcareWindow: within(windows.childcare, index),
        payers: payers.map(({ exact: _exact, ...p }) => p),
        base: shownMoney(base),
      },
    });
  }
  return out;
}

/** The sum of bases over a window of month indices [from, to], and how many of its months had income. */
export function windowSum(bases: Bases, from: number, to: number): { sum: Exact; monthsWithIncome: number } {
  let sum = ZERO;
  let monthsWithIncome = 0;
  for (const mb of bases.values()) {
    if (mb.index < from || mb.index > to) continue;
    sum = sum.plus(mb.base);
    if (!mb.base.isZero()) monthsWithIncome++;
  }
  return { sum, monthsWithIncome };
}


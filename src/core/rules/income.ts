/**
 * The monthly income the Fund counts (Social Code art. 245; art. 78 p.2 and art. 85 for the windows): for each
 * month and each payer, the base on which social contributions were charged, within the per-payer cap and
 * floor of that month; the bases of several payers add up.
 *
 * Bases are computed exactly in whole units of 1/210 tiyn (money.ts): the factor from an amount to its base
 * (0.9 for an employee's salary, 1 ÷ the СО rate for contributions, …) times 210 is always a whole number.
 * The factors, caps and floors of a month depend only on the month, the payer and the kind of amounts, so
 * they are worked out once and kept.
 */
import type { AssumptionId } from '../assumptions';
import type { Case } from '../case/schema';
import { bundleOf, type Bundle, type Context } from '../context';
import { firstDayOfMonthIndex, monthIndex } from '../dates';
import { dec, shownUnits, tengeToUnits, tiynOf, tiynString, UNITS_PER_TENGE, unitsToTenge, type Exact } from '../money';
import { BASE_CAP_MZP, BASE_FLOOR_RULE, OPV_SALARY_RATE, SO_RATE, SO_RATE_SPECIAL } from '../params/contributions';
import { valueOn } from '../params/lookup';
import type { ParamValue } from '../params/types';
import { MZP } from '../params/wages';
import type { MonthRow, PayerMonth } from '../result';

export interface MonthBase {
  index: number;
  /** Sum of the payers' bases, in units of 1/210 tiyn. */
  units: number;
  row: MonthRow;
}

/** Bases by month index; a month not listed counts as zero (arts. 78, 85). */
export type Bases = Map<number, MonthBase>;

const SPECIAL_PAYERS = new Set<Case['payer']>(['self_employed_special', 'platform_worker']);

/** What turns one payer's amount of a month into its base. */
interface MonthRule {
  /** Base units per tiyn of the amount (a whole number). */
  unitsPerTiyn: number;
  capUnits: number;
  /** 0 where no floor applies. */
  floorUnits: number;
  cap: string;
  floor: string;
  /** The parameter values and readings the rule rests on. */
  bundle: Bundle;
}

/** The rules kept so far, by payer and kind of amounts, then by month index. */
const rules = new Map<string, Map<number, MonthRule>>();

function rulesFor(payer: Case['payer'], kind: Case['income']['kind']): Map<number, MonthRule> {
  const key = `${payer}|${kind}`;
  let byMonth = rules.get(key);
  if (!byMonth) {
    byMonth = new Map();
    rules.set(key, byMonth);
  }
  return byMonth;
}

function monthRule(payer: Case['payer'], kind: Case['income']['kind'], index: number, byMonth: Map<number, MonthRule>): MonthRule {
  const known = byMonth.get(index);
  if (known) return known;

  const date = firstDayOfMonthIndex(index);
  const params: ParamValue<unknown>[] = [];
  const use = <T>(p: ParamValue<T>): T => {
    params.push(p as ParamValue<unknown>);
    return p.value;
  };
  const assumptions: AssumptionId[] = ['cap_mzp_of_the_month'];
  const mzp = use(valueOn(MZP, date));
  const cap = use(valueOn(BASE_CAP_MZP, date)).times(mzp);
  const special = SPECIAL_PAYERS.has(payer) ? use(valueOn(SO_RATE_SPECIAL, date)) : null;

  // base = amount × num ÷ den; in units per tiyn: 210 × num ÷ den (multiplied before dividing, so it stays whole).
  let num = dec(1);
  let den = dec(1);
  let floor = dec(0);
  if (special !== null) {
    // From 2026: СО at the special rate, base = СО ÷ the general rate (arts. 101-1, 102-1, 244).
    const general = use(valueOn(SO_RATE, date));
    assumptions.push('special_regime_income');
    if (kind === 'salary') [num, den] = [special, general];
    else if (kind === 'contributions') den = general;
  } else if (kind === 'salary') {
    if (payer === 'employee') num = dec(1).minus(use(valueOn(OPV_SALARY_RATE, date)));
    else assumptions.push('entrepreneur_declared_income');
    use(valueOn(BASE_FLOOR_RULE, date));
    floor = use(valueOn(MZP, `${date.slice(0, 4)}-01-01`));
  } else {
    assumptions.push('statement_counts_as_recorded');
    if (kind === 'contributions') den = use(valueOn(SO_RATE, date));
  }

  const perTiyn = dec(UNITS_PER_TENGE / 100).times(num).dividedBy(den);
  const unitsPerTiyn = perTiyn.isInteger() ? perTiyn.toNumber() : null;
  const capUnits = tengeToUnits(cap);
  const floorUnits = tengeToUnits(floor);
  if (unitsPerTiyn === null || capUnits === null || floorUnits === null || capUnits === 0) {
    throw new RangeError(`Parameters of ${date} do not give whole units: ${perTiyn.toString()}, ${cap.toString()}, ${floor.toString()}`);
  }
  const rule: MonthRule = { unitsPerTiyn, capUnits, floorUnits, cap: shownUnits(capUnits), floor: shownUnits(floorUnits), bundle: bundleOf(params, assumptions) };
  byMonth.set(index, rule);
  return rule;
}

/** One payer's base for one month, in units, with what the interface shows of it. */
export function payerBase(rule: MonthRule, amount: string): { units: number; shown: PayerMonth } {
  const tiyn = tiynOf(amount);
  let units: number;
  let capped = false;
  let floored = false;
  if (tiyn === 0) units = 0;
  else if (tiyn > Math.floor(Number.MAX_SAFE_INTEGER / rule.unitsPerTiyn)) {
    units = rule.capUnits; // far above any cap
    capped = true;
  } else {
    units = tiyn * rule.unitsPerTiyn;
    if (units < rule.floorUnits) {
      units = rule.floorUnits;
      floored = true;
    }
    if (units > rule.capUnits) {
      units = rule.capUnits;
      capped = true;
    }
  }
  return { units, shown: { amount: tiynString(tiyn), base: shownUnits(units), capped, floored, cap: rule.cap, floor: rule.floor } };
}

/** The bases of every month the case lists, with the windows each belongs to. */
export function monthlyBases(ctx: Context, c: Case, windows: { maternity?: [number, number]; childcare?: [number, number] }): Bases {
  const out: Bases = new Map();
  const [mFrom, mTo] = windows.maternity ?? [1, 0];
  const [cFrom, cTo] = windows.childcare ?? [1, 0];
  const byMonth = rulesFor(c.payer, c.income.kind);
  for (const m of c.income.months) {
    const index = monthIndex(m.month);
    const rule = monthRule(c.payer, c.income.kind, index, byMonth);
    ctx.record(rule.bundle);
    let units = 0;
    const payers: PayerMonth[] = new Array(m.amounts.length);
    for (let i = 0; i < m.amounts.length; i++) {
      const base = payerBase(rule, m.amounts[i]);
      units += base.units;
      payers[i] = base.shown;
    }
    const row: MonthRow = { month: m.month, inMaternityWindow: index >= mFrom && index <= mTo, inChildcareWindow: index >= cFrom && index <= cTo, payers, base: shownUnits(units) };
    out.set(index, { index, units, row });
  }
  return out;
}

/**
 * Over a window of month indices [from, to]: the sum of the bases (shown), the average over `months` months
 * (exact: one division of whole units), and how many of the window's months had income.
 */
export function windowAverage(bases: Bases, from: number, to: number, months: number): { sumShown: string; average: Exact; monthsWithIncome: number } {
  let units = 0;
  let monthsWithIncome = 0;
  for (const mb of bases.values()) {
    if (mb.index < from || mb.index > to) continue;
    units += mb.units;
    if (mb.units !== 0) monthsWithIncome++;
  }
  return { sumShown: shownUnits(units), average: unitsToTenge(units, months), monthsWithIncome };
}

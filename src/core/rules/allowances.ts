/**
 * State allowances paid from the budget (not by the Fund), shown beside the Fund's payments:
 *
 *   birth allowance (art. 80)        once per child: 38 МРП for the 1st–3rd child, 63 МРП for the 4th and later
 *   childcare allowance (art. 82)    each month of the child's life until 1.5: 5.76 / 6.81 / 7.85 / 8.90 МРП by
 *                                    birth order, at the МРП of that month
 *
 * The childcare allowance is all that a parent who is not insured receives, and it is the floor of the Fund's
 * childcare payment (art. 85 p.2; childcare.ts uses it from here).
 */
import type { Case } from '../case/schema';
import type { Context } from '../context';
import type { IsoDate } from '../dates';
import { moneyString, roundPayable, shownMoney, ZERO, type Exact, type Payable } from '../money';
import { BIRTH_ALLOWANCE_MRP, CHILDCARE_ALLOWANCE_MRP } from '../params/benefits';
import { MRP } from '../params/wages';
import type { AllowanceChild, Allowances } from '../result';
import { childcarePayments, paymentPeriods } from './periods';

/** A table's value for a birth order: the last column serves every later child. */
export function byOrder<T>(table: readonly T[], birthOrder: number): T {
  return table[Math.min(birthOrder, table.length) - 1];
}

export interface MonthlyAllowance {
  exact: Exact;
  paid: Payable;
  /** The МРП of that month lies beyond the last budget law. */
  projected: boolean;
}

/**
 * Art. 82: the state childcare allowance for the month of the child's life that starts on `from`. The МРП and
 * the multiples change on the first day of a month (params.test.ts checks it), so the month's first day
 * decides (ASSUMED floor_mrp_by_period).
 */
export function childcareAllowance(ctx: Context, from: IsoDate, birthOrder: number): MonthlyAllowance {
  const first = `${from.slice(0, 7)}-01`;
  const mrp = ctx.param(MRP, first);
  const multiple = byOrder(ctx.param(CHILDCARE_ALLOWANCE_MRP, first).value, birthOrder);
  const exact = multiple.times(mrp.value);
  return { exact, paid: roundPayable(exact), projected: mrp.projected };
}

/** Art. 80: the one-off birth allowance (the table lists the 1st–3rd child, then the 4th and later). */
export function birthAllowance(ctx: Context, birthDate: IsoDate, birthOrder: number): Payable {
  const mrp = ctx.param(MRP, birthDate).value;
  const multiple = byOrder(ctx.param(BIRTH_ALLOWANCE_MRP, birthDate).value, birthOrder <= 3 ? 1 : 2);
  return roundPayable(multiple.times(mrp));
}

/** The allowances of every child born, with each child's monthly childcare allowances (the floor's basis). */
export interface AllowanceSchedule {
  result: Allowances;
  /** By child, then by payment period: the state childcare allowance of that month. */
  monthly: MonthlyAllowance[][];
}

export function allowances(ctx: Context, c: Case, birthDate: IsoDate): AllowanceSchedule {
  ctx.assume('rounding');
  ctx.assume('floor_mrp_by_period');
  const periods = paymentPeriods(birthDate, childcarePayments(ctx, birthDate));
  const children: AllowanceChild[] = [];
  const monthly: MonthlyAllowance[][] = [];
  let birthTotal = ZERO;
  let nonInsured = ZERO;
  for (let k = 0; k < c.childrenBorn; k++) {
    const birthOrder = c.birthOrder + k;
    const birth = birthAllowance(ctx, birthDate, birthOrder);
    const months = periods.map((p) => childcareAllowance(ctx, p.from, birthOrder));
    const childcareTotal = months.reduce((sum: Exact, m) => sum.plus(m.paid), ZERO);
    birthTotal = birthTotal.plus(birth);
    nonInsured = nonInsured.plus(birth).plus(childcareTotal);
    children.push({ birthOrder, birth: moneyString(birth), childcareMonthly: moneyString(months[0].paid), childcareTotal: shownMoney(childcareTotal) });
    monthly.push(months);
  }
  return { result: { children, birthTotal: shownMoney(birthTotal), nonInsuredTotal: shownMoney(nonInsured) }, monthly };
}

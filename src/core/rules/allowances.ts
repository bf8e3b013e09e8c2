/**
 * State allowances paid from the budget (not by the Fund), shown beside the Fund's payments: the one-off birth
 * allowance (Social Code art. 80) and the monthly childcare allowance (art. 82), which is all that a parent
 * who is not insured receives, and the floor of the Fund's childcare payment.
 */
import type { Case } from '../case/schema';
import type { Context } from '../context';
import { moneyString, roundPayable, shownMoney, ZERO } from '../money';
import { BIRTH_ALLOWANCE_MRP } from '../params/benefits';
import { MRP } from '../params/wages';
import type { AllowanceChild, Allowances } from '../result';
import { byOrder, childcarePayments, floorsOf, scheduleOf } from './childcare';

export function allowances(ctx: Context, c: Case, birthDate: string): Allowances {
  const mrp = ctx.param(MRP, birthDate).value;
  const birthTable = ctx.param(BIRTH_ALLOWANCE_MRP, birthDate).value;
  const payments = childcarePayments(ctx, birthDate);
  ctx.assume('rounding');
  ctx.assume('floor_mrp_by_period');

  const children: AllowanceChild[] = [];
  let birthTotal = ZERO;
  let nonInsured = ZERO;
  for (let k = 0; k < c.childrenBorn; k++) {
    const birthOrder = c.birthOrder + k;
    // The table lists the 1st–3rd child, then the 4th and later.
    const birth = roundPayable(byOrder(birthTable, birthOrder <= 3 ? 1 : 2).times(mrp));
    const { floors, bundle, allowanceTotal } = floorsOf(scheduleOf(birthDate, payments), birthOrder);
    ctx.record(bundle);
    birthTotal = birthTotal.plus(birth);
    nonInsured = nonInsured.plus(birth).plus(allowanceTotal);
    children.push({ birthOrder, birth: moneyString(birth), childcareMonthly: moneyString(floors[0].allowancePaid), childcareTotal: shownMoney(allowanceTotal) });
  }
  return { children, birthTotal: shownMoney(birthTotal), nonInsuredTotal: shownMoney(nonInsured) };
}

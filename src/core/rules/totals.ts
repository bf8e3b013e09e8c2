/**
 * Everything the family receives, added up — the figure a mother asks first — and the like-for-like comparison
 * with a parent who is not insured.
 *
 * - Insured: the Fund's one-off maternity payment (Social Code art. 78, net of ОПВ) + every monthly childcare
 *   payment of every child born (art. 85, net) + the state birth allowance (art. 80), which an insured mother
 *   receives as well. A parent with no income in the childcare window gets no payment from the Fund but the
 *   state childcare allowance (art. 82) instead: it is counted in the payment's place.
 * - Not insured: the birth allowance (art. 80) + the state childcare allowance (art. 82) for the same months.
 *   Both sides hold the birth allowance, so the difference is what social insurance adds.
 *
 * Each amount added here was rounded once where it was computed (money.ts): the sums are exact and nothing is
 * rounded again. The pension top-up (art. 89) is not cash and the maternity top-up depends on a second sheet:
 * neither is counted.
 */
import { dec, shownMoney, ZERO, type Exact } from '../money';
import type { CalcResult, Totals } from '../result';

export function totals(result: Pick<CalcResult, 'maternity' | 'childcare' | 'allowances'>): Totals | undefined {
  const m = result.maternity?.eligible ? dec(result.maternity.net) : ZERO;
  const c = result.childcare?.eligible ? dec(result.childcare.totalNet) : ZERO;
  const birth = result.allowances ? dec(result.allowances.birthTotal) : ZERO;
  const stateChildcare =
    result.allowances && !result.childcare?.eligible ? result.allowances.children.reduce((sum: Exact, child) => sum.plus(dec(child.childcareTotal)), ZERO) : ZERO;
  if (!result.maternity?.eligible && !result.childcare?.eligible && !result.allowances) return undefined;
  const grand: Exact = m.plus(c).plus(stateChildcare).plus(birth);
  const nonInsured = result.allowances ? dec(result.allowances.nonInsuredTotal) : null;
  return {
    grandNet: shownMoney(grand),
    maternityNet: shownMoney(m),
    childcareNet: shownMoney(c),
    childcareAllowances: shownMoney(stateChildcare),
    birthAllowances: shownMoney(birth),
    nonInsured: nonInsured === null ? null : shownMoney(nonInsured),
    insuranceAdds: nonInsured === null ? null : shownMoney(grand.minus(nonInsured)),
  };
}

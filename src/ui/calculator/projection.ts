/**
 * When a payment's amount is shown as a projection. The core marks a payment `projected` when any parameter
 * value it looked at lies beyond the last budget law (a future МРП for the floor, a future МЗП for the cap).
 * The amount itself depends on that value only when the limit decided it: a payment of 40 % of the average,
 * above the floor and under the cap, stays the same unless next year's МРП or МЗП moved the limit past it.
 * So the page marks a projection where the floor or the cap set the amount, and says the rest in a note.
 */
import type { Payment } from '../../core';

export function amountProjected(p: Pick<Payment, 'projected' | 'floorApplied' | 'capApplied'>): boolean {
  return p.projected && (p.floorApplied || p.capApplied);
}

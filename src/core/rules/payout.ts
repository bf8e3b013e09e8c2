/**
 * From an exact amount to what is paid: the gross rounded once (money.ts `roundPayable`), 10 % ОПВ withheld
 * from it (Social Code art. 76), and the net. RULES §7 (ASSUMED): ОПВ is taken from the rounded gross.
 */
import type { Context } from '../context';
import type { IsoDate } from '../dates';
import { moneyString, roundPayable, type Exact, type Payable } from '../money';
import { OPV_RATE } from '../params/contributions';

export interface Payout {
  gross: Payable;
  pension: Payable;
  net: Payable;
}

export function payout(ctx: Context, exactGross: Exact, on: IsoDate): Payout {
  ctx.assume('rounding');
  const gross = roundPayable(exactGross);
  const pension = roundPayable(gross.times(ctx.param(OPV_RATE, on).value));
  return { gross, pension, net: gross.minus(pension) as Payable };
}

/** A payout as the result writes it. */
export function shownPayout(p: Payout): { gross: string; pension: string; net: string } {
  return { gross: moneyString(p.gross), pension: moneyString(p.pension), net: moneyString(p.net) };
}

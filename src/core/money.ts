/**
 * Money and exact arithmetic.
 *
 * Every amount in the core is an exact decimal (decimal.js), never a binary float. Intermediate values
 * (`Exact`) keep all their digits; only a payable amount is rounded, and only by `roundPayable` below,
 * which is the single place where the rounding rule of RULES §7 (ASSUMED: half-up to the tiyn) lives.
 * A rounded amount has its own type (`Payable`) so that it is never rounded again by accident.
 */
import DecimalBase from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Decimal>;

declare const payableBrand: unique symbol;
/** An amount rounded to the tiyn by `roundPayable`: what is actually paid, withheld or shown as money. */
export type Payable = Exact & { readonly [payableBrand]: true };

export const ZERO: Exact = new Decimal(0);

export function dec(value: string | number | Exact): Exact {
  return new Decimal(value);
}

/**
 * The one rounding rule (ASSUMED, RULES §7 — no source gives the Fund's rounding): each payable amount is
 * rounded once, at the end, to the tiyn (0.01 ₸), half-up. Replace it here when a rule is found.
 */
export function roundPayable(value: Exact): Payable {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) as Payable;
}

/** Money as the case format writes it: a decimal string with two decimals. */
export function moneyString(value: Payable): string {
  return value.toFixed(2);
}

/** An intermediate amount shown to the user (an average, a base) is shown as it would be paid. */
export function shownMoney(value: Exact): string {
  return moneyString(roundPayable(value));
}

export function sum(values: readonly Exact[]): Exact {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

export function maxOf(a: Exact, b: Exact): Exact {
  return a.greaterThan(b) ? a : b;
}

export function minOf(a: Exact, b: Exact): Exact {
  return a.lessThan(b) ? a : b;
}

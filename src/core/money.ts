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
  return shownMoney(value);
}

/** An intermediate amount shown to the user (an average, a base) is shown as it would be paid: half-up to the tiyn. */
export function shownMoney(value: Exact): string {
  const tiyn = tiynHalfUp(value);
  return tiyn === null ? value.toFixed(2, Decimal.ROUND_HALF_UP) : tiynString(tiyn);
}

/** Largest whole-tenge part `tiynHalfUp` reads itself (so that tiyn stay safe integers). */
const READ_LIMIT = 9e12;
const WORD = 1e7;

/**
 * A non-negative Decimal, rounded half-up to the tiyn, as a whole number of tiyn; null for a negative or
 * very large value (the caller then asks decimal.js). The same rule as `roundPayable` and `toFixed(2, HALF_UP)`
 * (money.test.ts compares them), read from the Decimal's documented fields: its digits `d` in words of seven
 * decimal digits, aligned on the decimal point, and its decimal exponent `e`. Writing amounts out is the
 * commonest operation of a calculation; this avoids a rounded copy and a long string for each.
 */
function tiynHalfUp(value: Exact): number | null {
  const d = value.d;
  if (value.s !== 1 || !d) return null;
  const words = Math.floor(value.e / 7) + 1; // words before the decimal point (≤ 0: none)
  if (words < 0) return 0; // below 1e-7
  let whole = 0;
  for (let i = 0; i < words; i++) {
    whole = whole * WORD + (d[i] ?? 0);
    if (whole > READ_LIMIT) return null;
  }
  const fraction = d[words] ?? 0; // the first seven decimals
  const cents = Math.floor(fraction / 100_000);
  return whole * 100 + cents + (fraction - cents * 100_000 >= 50_000 ? 1 : 0);
}

export function maxOf(a: Exact, b: Exact): Exact {
  return a.greaterThan(b) ? a : b;
}

export function minOf(a: Exact, b: Exact): Exact {
  return a.lessThan(b) ? a : b;
}

/*
 * Whole units for the hot path of monthly bases. A base the law derives from an amount in tiyn — × 0.9 (ОПВ),
 * ÷ 2 %, 3 %, 3.5 %, 4 %, 5 %, × 1 % ÷ 5 % — is always a whole number of 1/210 tiyn, so bases are summed
 * exactly in safe integers and turned into a Decimal once per window.
 */
export const UNITS_PER_TENGE = 21_000;
const UNITS_PER_TIYN = 210;

/** "180000.5" → 18000050 tiyn. The case schema guarantees at most 12 integer digits and 2 decimals. */
export function tiynOf(amount: string): number {
  let whole = 0;
  let i = 0;
  for (; i < amount.length; i++) {
    const c = amount.charCodeAt(i);
    if (c === 46) break; // "."
    whole = whole * 10 + (c - 48);
  }
  const d1 = i + 1 < amount.length ? amount.charCodeAt(i + 1) - 48 : 0;
  const d2 = i + 2 < amount.length ? amount.charCodeAt(i + 2) - 48 : 0;
  return whole * 100 + d1 * 10 + d2;
}

/** An amount in tiyn as the case format writes money: "18000050" → "180000.50". */
export function tiynString(tiyn: number): string {
  const whole = Math.floor(tiyn / 100);
  const cents = tiyn - whole * 100;
  return `${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** Units as a Decimal in tenge, divided by `divisor` (exact: the one division terminates or keeps 40 digits). */
export function unitsToTenge(units: number, divisor = 1): Exact {
  return new Decimal(units).dividedBy(UNITS_PER_TENGE * divisor);
}

/** Units shown as money: half-up to the tiyn, the same rule as `roundPayable`. */
export function shownUnits(units: number): string {
  return tiynString(Math.floor((units + UNITS_PER_TIYN / 2) / UNITS_PER_TIYN));
}

/** A Decimal amount of tenge in units, or null when it is not a whole, safe number of them. */
export function tengeToUnits(tenge: Exact): number | null {
  const units = tenge.times(UNITS_PER_TENGE);
  return units.isInteger() && units.abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) ? units.toNumber() : null;
}

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

/**
 * An amount someone must reach, shown to the tiyn above: rounding down would show an income that falls a
 * fraction of a tiyn short (595 000 ÷ 0.9 = 661 111.111… is shown 661 111.12).
 */
export function shownAtLeast(value: Exact): string {
  return value.toFixed(2, Decimal.ROUND_UP);
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

/** An amount in tiyn as the case format writes money: "18000050" → "180000.50". */
export function tiynString(tiyn: number): string {
  const whole = Math.floor(tiyn / 100);
  const cents = tiyn - whole * 100;
  return `${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * An amount of the case format (digits, at most two decimals; the schema checks it) written as money, without a
 * Decimal: "180000" → "180000.00", "01.5" → "1.50".
 */
export function amountAsMoney(amount: string): string {
  const text = amount.replace(/^0+(?=\d)/, '');
  const dot = text.indexOf('.');
  if (dot === -1) return `${text}.00`;
  return text.length - dot === 2 ? `${text}0` : text;
}

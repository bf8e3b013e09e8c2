import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { amountAsMoney, Decimal, dec, moneyString, roundPayable, shownMoney } from './money';

describe('money', () => {
  test('payable amounts are rounded half-up to the tiyn, once (RULES §7, ASSUMED)', () => {
    expect(moneyString(roundPayable(dec('32725.833333')))).toBe('32725.83');
    expect(moneyString(roundPayable(dec('3272.585')))).toBe('3272.59');
    expect(moneyString(roundPayable(dec('0.005')))).toBe('0.01');
    expect(moneyString(roundPayable(dec('0.004999')))).toBe('0.00');
  });

  test('exact arithmetic: no binary float drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004.
    expect(dec('0.1').plus(dec('0.2')).toString()).toBe('0.3');
    // 29 453.25 ÷ 0.9 = 32 725.8333…: the floor of C5 (EXAMPLES.md) before rounding.
    expect(dec('29453.25').dividedBy('0.9').toFixed(6)).toBe('32725.833333');
  });

  test('intermediate amounts are shown with two decimals', () => {
    expect(shownMoney(dec('162000'))).toBe('162000.00');
    expect(shownMoney(dec('10625'))).toBe('10625.00');
  });

  test('shownMoney reads the digits itself and agrees with decimal.js toFixed(2, ROUND_HALF_UP) everywhere', () => {
    // Edges of the seven-digit words, of the third decimal, of the size limit, and a sign.
    for (const text of ['0', '0.004999999', '0.005', '0.0049999999999', '0.0000001', '0.00000001', '9999999.995', '10000000', '10000000.005', '12345678.994999', '1e-7', '0.9999999', '8999999999999.995', '9000000000000.01', '123456789012345678.125', '-0.005', '-12.345']) {
      expect(shownMoney(dec(text)), text).toBe(dec(text).toFixed(2, Decimal.ROUND_HALF_UP));
    }
    // Quotients that do not terminate (an average ÷ 12, ÷ 24, ÷ 0.9, ÷ 30), products and plain decimals.
    const amount = fc.bigInt({ min: 0n, max: 10n ** 16n }).map((n) => dec(n.toString()).dividedBy(100));
    const value = fc.oneof(
      amount,
      fc.tuple(amount, fc.constantFrom('12', '24', '0.9', '30', '21000', '7', '3')).map(([a, d]) => a.dividedBy(d)),
      fc.tuple(amount, fc.integer({ min: 1, max: 184 })).map(([a, days]) => a.times(days).dividedBy(30)),
      fc.tuple(fc.nat({ max: 10 ** 9 }), fc.integer({ min: -12, max: 6 })).map(([n, exp]) => dec(n).times(dec(10).pow(exp))),
    );
    fc.assert(fc.property(value, (v) => shownMoney(v) === v.toFixed(2, Decimal.ROUND_HALF_UP)), { numRuns: 5000 });
  });

  test('an amount of the case format is written as money as decimal.js would write it', () => {
    expect(amountAsMoney('180000')).toBe('180000.00');
    expect(amountAsMoney('0180000.5')).toBe('180000.50');
    expect(amountAsMoney('00.05')).toBe('0.05');
    const amount = fc
      .tuple(fc.stringMatching(/^\d{1,12}$/), fc.constantFrom('', '.', '..'), fc.nat({ max: 99 }))
      .map(([w, sep, f]) => (sep === '' ? w : sep === '.' ? `${w}.${f % 10}` : `${w}.${String(f).padStart(2, '0')}`));
    fc.assert(fc.property(amount, (a) => amountAsMoney(a) === dec(a).toFixed(2)), { numRuns: 3000 });
  });
});

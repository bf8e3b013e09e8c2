import { describe, expect, test } from 'vitest';
import { dec, moneyString, roundPayable, shownMoney } from './money';

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
});

/**
 * Tests written against the mutants StrykerJS left alive in money.ts (`npm run mutate`). Equivalent mutants of
 * this file are listed at the top of src/core/rules/mutants.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { dec, shownMoney } from './money';

describe('money', () => {
  test('intermediate amounts keep 40 significant digits (rounded half-up at the 40th)', () => {
    // 1 ÷ 3 = 0.333… (40 threes); 2 ÷ 3 = 0.666… whose 40th digit rounds up to 7.
    expect(dec(1).dividedBy(3).toString()).toBe(`0.${'3'.repeat(40)}`);
    expect(dec(2).dividedBy(3).toString()).toBe(`0.${'6'.repeat(39)}7`);
  });

  test('a value it cannot read as tiyn (not finite) is left to decimal.js', () => {
    expect(shownMoney(dec(Infinity))).toBe('Infinity');
  });
});

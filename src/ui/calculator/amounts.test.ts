import { describe, expect, test } from 'vitest';
import { asciiDigits, formatTyped, parseAmount, withoutZeroWidth } from './amounts';

describe('amounts as people type and paste them', () => {
  test.each([
    ['250000', '250000'],
    ['250 000', '250000'],
    ['250\u00a0000', '250000'],
    ['250\u202f000,50', '250000.50'],
    ['250\u2007000', '250000'],
    ['250\u2009000', '250000'],
    ["1'250'000", '1250000'],
    ['250000,50', '250000.50'],
    ['250000.5', '250000.50'],
    ['250 000 ₸', '250000'],
    ['250 000 тг', '250000'],
    ['250 000 тенге', '250000'],
    ['₸ 250 000', '250000'],
    ['  250 000  ', '250000'],
    ['180000\n', '180000'],
    ['1,250,000.50', '1250000.50'],
    ['1.250.000,50', '1250000.50'],
    ['1 250 000,50', '1250000.50'],
    ['1,250,000', '1250000'],
    ['1.250.000', '1250000'],
    ['1,250.5', '1250.50'],
    ['12,5', '12.50'],
    ['0', '0'],
    ['007', '7'],
    ['180000,00', '180000'],
    ['', ''],
    ['   ', ''],
    ['١٨٠٠٠٠', '180000'],
    ['۱۸۰۰۰۰', '180000'],
    ['１８００００', '180000'],
    ['-0', '0'],
    ['+180000', '180000'],
    ['+ 180 000 ₸', '180000'],
    ['180\u200b000', '180000'],
    ['\ufeff180000', '180000'],
    ['1\u200c8\u200d0\u2060000', '180000'],
  ])('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['abc', 'amount.format'],
    ['12a', 'amount.format'],
    ['1e5', 'amount.format'],
    ['1e309', 'amount.format'],
    ['<script>alert(1)</script>', 'amount.format'],
    ['100 200 300 abc', 'amount.format'],
    ['+', 'amount.format'],
    ['+-5', 'amount.format'],
    ['.', 'amount.format'],
    ['.5', 'amount.format'],
    ['180 000.', 'amount.format'],
    ['1 250.000.50', 'amount.format'],
    ['-5', 'amount.negative'],
    ['−180 000', 'amount.negative'],
    ['1,5,', 'amount.format'],
    ['1,', 'amount.format'],
    ['12,34,567', 'amount.format'],
    ['100.1234', 'amount.precision'],
    ['180000,505', 'amount.precision'],
    ['1 000,505', 'amount.precision'],
    ['1.250,505', 'amount.precision'],
    ['9999999999999', 'amount.too_large'],
  ])('%j is rejected with %s', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });

  test.each([
    ['180000 180000'],
    ['85 000 90 000'],
    ['180000\t90000'],
    ['85000 90000'],
    ['85000\n90000'],
    ['180 000\t000'],
    ['250 000 ₸ 260 000 ₸'],
    ['12 34'],
    ['100,50 200,50'],
  ])('two numbers in one cell, %j, are not joined', (input) => {
    expect(parseAmount(input)).toEqual({ ok: false, error: 'amount.two_amounts' });
  });

  test.each([['1,500'], ['250.000'], ['12,345'], ['250,000'], ['1.000'], ['0,500'], ['-1,500']])(
    '%j could be thousands or a fraction: asked, not guessed',
    (input) => {
      expect(parseAmount(input)).toEqual({ ok: false, error: 'amount.ambiguous' });
    },
  );

  test.each([
    ['١٢٣', '123'],
    ['०१२३४५६७८९', '0123456789'],
    ['abc 12', 'abc 12'],
  ])('digits of other scripts: %j → %j', (input, expected) => {
    expect(asciiDigits(input)).toBe(expected);
  });

  test('zero-width characters are dropped', () => {
    expect(withoutZeroWidth('\ufeff1\u200b2\u200c3\u200d4\u2060')).toBe('1234');
  });
});

describe('typed amounts written back grouped', () => {
  test.each([
    ['260000', '260 000'],
    ['45000.50', '45 000,50'],
    ['0', '0'],
    ['999', '999'],
    ['1000', '1 000'],
    ['999999999999.99', '999 999 999 999,99'],
  ])('%j → %j, and read back to the same value', (value, shown) => {
    expect(formatTyped(value)).toBe(shown);
    expect(parseAmount(shown)).toEqual({ ok: true, value });
  });
});

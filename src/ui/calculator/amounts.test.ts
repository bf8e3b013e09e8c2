import { describe, expect, test } from 'vitest';
import { parseAmount, splitPasted } from './amounts';

describe('amounts as people type and paste them', () => {
  test.each([
    ['250000', '250000'],
    ['250 000', '250000'],
    ['250\u00a0000', '250000'],
    ['250\u202f000,50', '250000.50'],
    ['250000,50', '250000.50'],
    ['250000.5', '250000.50'],
    ['250 000 ₸', '250000'],
    ['250 000 тг', '250000'],
    ['250 000 тенге', '250000'],
    ['1,250,000.50', '1250000.50'],
    ['1.250.000,50', '1250000.50'],
    ['250,000', '250000'],
    ['12,345', '12345'],
    ['1.250.000', '1250000'],
    ['12,5', '12.50'],
    ['0', '0'],
    ['007', '7'],
    ['180000,00', '180000'],
    ['', ''],
    ['   ', ''],
    ['١٨٠٠٠٠', '180000'],
    ['１８００００', '180000'],
    ['-0', '0'],
  ])('%j → %j', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['abc', 'amount.format'],
    ['12a', 'amount.format'],
    ['1e5', 'amount.format'],
    ['1e309', 'amount.format'],
    ['<script>alert(1)</script>', 'amount.format'],
    ['-5', 'amount.negative'],
    ['−180 000', 'amount.negative'],
    ['1,5,', 'amount.format'],
    ['1,', 'amount.format'],
    ['12,34,567', 'amount.format'],
    ['100.1234', 'amount.precision'],
    ['9999999999999', 'amount.too_large'],
  ])('%j is rejected with %s', (input, error) => {
    expect(parseAmount(input)).toEqual({ ok: false, error });
  });

  test('a pasted column splits into lines, first cell of each', () => {
    expect(splitPasted('250 000\r\n260 000\t x\n\n270 000\n')).toEqual(['250 000', '260 000', '', '270 000']);
  });
});

import { describe, expect, test } from 'vitest';
import { planPaste, type PasteTarget } from './paste';

const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];
const at = (over: Partial<PasteTarget> = {}): PasteTarget => ({ months, row: 0, payer: 0, payerCount: 1, maxPayers: 10, ...over });
const w = (month: string, payer: number, value: string) => ({ month, payer, value });

describe('pasting from spreadsheets', () => {
  test.each([['85000'], ['180 000 ₸'], [''], ['85 000 90 000']])('a single value %j is pasted by the browser', (text) => {
    expect(planPaste(text, at())).toBeNull();
  });

  test('a Google Sheets row: two payers', () => {
    expect(planPaste('85000\t90000', at())).toEqual({ writes: [w('2025-01', 0, '85000'), w('2025-01', 1, '90000')], payerCount: 2, skipped: [], cut: 0 });
  });

  test('an Excel row of three cells, with its line break', () => {
    expect(planPaste('85 000\t90 000\t100 000\r\n', at({ row: 2, payerCount: 2 }))).toEqual({
      writes: [w('2025-03', 0, '85 000'), w('2025-03', 1, '90 000'), w('2025-03', 2, '100 000')],
      payerCount: 3,
      skipped: [],
      cut: 0,
    });
  });

  test('one Excel cell (value and line break) is written into the cell', () => {
    expect(planPaste('85000\r\n', at({ row: 1 }))).toEqual({ writes: [w('2025-02', 0, '85000')], payerCount: 1, skipped: [], cut: 0 });
  });

  test('a column with a header: the header takes no month', () => {
    expect(planPaste('Оклад\n180 000\n185 000\n190 000', at({ row: 1 }))).toEqual({
      writes: [w('2025-02', 0, '180 000'), w('2025-03', 0, '185 000'), w('2025-04', 0, '190 000')],
      payerCount: 1,
      skipped: [{ line: 1, text: 'Оклад' }],
      cut: 0,
    });
  });

  test.each([
    ['Month\tSalary\n01.2025\t180000', { line: 1, text: 'Month Salary' }],
    ['  Жалақы  \n180000', { line: 1, text: 'Жалақы' }],
    ['180000\n—\n190000', { line: 2, text: '—' }],
  ])('a line without digits is skipped: %j', (text, skipped) => {
    expect(planPaste(text, at())?.skipped).toEqual([skipped]);
  });

  test('a long header is reported shortened to 40 characters', () => {
    const plan = planPaste(`${'Заработная плата по месяцам, тенге '.repeat(3)}\n180000`, at());
    expect(Array.from(plan?.skipped[0].text ?? '')).toHaveLength(40);
    expect(plan?.skipped[0].text.endsWith('…')).toBe(true);
  });

  test('a cell with text and digits is written as it is, for parseAmount to judge', () => {
    expect(planPaste('январь 2025\t180000\n', at())?.writes).toEqual([w('2025-01', 0, 'январь 2025'), w('2025-01', 1, '180000')]);
  });

  test('a two-column block with CRLF, into the second payer', () => {
    expect(planPaste('100\t200\r\n110\t210\r\n120\t220\r\n', at({ payer: 1, payerCount: 2 }))).toEqual({
      writes: [w('2025-01', 1, '100'), w('2025-01', 2, '200'), w('2025-02', 1, '110'), w('2025-02', 2, '210'), w('2025-03', 1, '120'), w('2025-03', 2, '220')],
      payerCount: 3,
      skipped: [],
      cut: 0,
    });
  });

  test('old Mac line breaks (CR) split lines too', () => {
    expect(planPaste('100\r200', at())?.writes).toEqual([w('2025-01', 0, '100'), w('2025-02', 0, '200')]);
  });

  test('blank cells and empty lines stay blank and take their month', () => {
    expect(planPaste('100\t\t300\n\n\t250\n400\t \t', at({ payerCount: 3 }))).toEqual({
      writes: [
        w('2025-01', 0, '100'),
        w('2025-01', 1, ''),
        w('2025-01', 2, '300'),
        w('2025-02', 0, ''),
        w('2025-03', 0, ''),
        w('2025-03', 1, '250'),
        w('2025-04', 0, '400'),
        w('2025-04', 1, ''),
        w('2025-04', 2, ''),
      ],
      payerCount: 3,
      skipped: [],
      cut: 0,
    });
  });

  test('only one trailing empty line is ignored', () => {
    expect(planPaste('100\n200\n', at())?.writes).toEqual([w('2025-01', 0, '100'), w('2025-02', 0, '200')]);
    expect(planPaste('100\n200\n\n', at())?.writes).toEqual([w('2025-01', 0, '100'), w('2025-02', 0, '200'), w('2025-03', 0, '')]);
  });

  test('blank columns do not add payers', () => {
    expect(planPaste('100\t\n200\t\n', at())).toEqual({ writes: [w('2025-01', 0, '100'), w('2025-02', 0, '200')], payerCount: 1, skipped: [], cut: 0 });
  });

  test('values are trimmed, not formatted', () => {
    expect(planPaste(' 180\u00a0000 ₸ \t 1,250.50\n', at())?.writes).toEqual([w('2025-01', 0, '180\u00a0000 ₸'), w('2025-01', 1, '1,250.50')]);
  });

  test('rows below the last month are cut, counting their non-blank cells', () => {
    expect(planPaste('1\n2\n3\n4\t44\n\n5\t\t55', at({ row: 3 }))).toEqual({
      writes: [w('2025-04', 0, '1'), w('2025-05', 0, '2'), w('2025-06', 0, '3')],
      payerCount: 1,
      skipped: [],
      cut: 4,
    });
  });

  test('columns beyond the last payer are cut; the payer count stops at the maximum', () => {
    expect(planPaste('1\t2\t3\t4\n5\t\t7\t8', at({ payer: 1, maxPayers: 3 }))).toEqual({
      writes: [w('2025-01', 1, '1'), w('2025-01', 2, '2'), w('2025-02', 1, '5'), w('2025-02', 2, '')],
      payerCount: 3,
      skipped: [],
      cut: 4,
    });
  });

  test('5 000 lines in well under 100 ms', () => {
    const many = Array.from({ length: 600 }, (_, i) => `2025-${i}`);
    const text = `${Array.from({ length: 5000 }, (_, i) => `${180000 + i}\t${90000 + i}`).join('\r\n')}\r\n`;
    const start = performance.now();
    const plan = planPaste(text, { months: many, row: 0, payer: 0, payerCount: 1, maxPayers: 10 });
    const took = performance.now() - start;
    expect(plan?.writes).toHaveLength(1200);
    expect(plan?.cut).toBe(8800);
    expect(plan?.payerCount).toBe(2);
    expect(took).toBeLessThan(100);
  });
});

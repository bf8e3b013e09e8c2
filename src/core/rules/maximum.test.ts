/**
 * "To reach the maximum", against hand calculations from EXAMPLES.md cases (RULES.md §3–4: the caps are 7 МЗП;
 * МЗП 85 000 in 2024–2026, so the cap is 595 000; ОПВ 10 %; СО 5 % from 2025; special regime 1 % of at most
 * 7 МЗП, counted ÷ 5 %).
 */
import { describe, expect, test } from 'vitest';
import { calculate } from '../calculate';
import { months } from '../../testing/cases';


function maximumOf(input: unknown) {
  const outcome = calculate(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result.maximum;
}

describe('to reach the maximum', () => {
  test('M1 (salary 180 000, leave 2026-03-02): cap 595 000; average 162 000, 433 000 short; a salary of 595 000 ÷ 0.9 = 661 111.11… → 661 111.12 every month', () => {
    expect(maximumOf({ leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2025-03', '2026-02', ['180000']) } })?.maternity).toEqual({
      average: '595000.00',
      current: '162000.00',
      shortfall: '433000.00',
      reached: false,
      monthly: '661111.12',
      payerMax: '595000.00',
      kind: 'salary',
      declared: false,
      windowFrom: '2025-03',
      windowTo: '2026-02',
      months: 12,
      monthsBelow: 12,
    });
  });

  test('M6 (salary 700 000): each month counts 595 000, the average is the cap: reached, nothing short, no month below', () => {
    const m = maximumOf({ leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2025-03', '2026-02', ['700000']) } })?.maternity;
    expect(m).toMatchObject({ average: '595000.00', current: '595000.00', shortfall: '0.00', reached: true, monthsBelow: 0 });
  });

  test('C1 (salary 180 000 2024-05…2026-02, birth 2026-05-11): 24 months; the two leave months are below too; average 148 500, 446 500 short', () => {
    const c = maximumOf({ birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', ['180000']) } })?.childcare;
    expect(c).toMatchObject({ average: '595000.00', current: '148500.00', shortfall: '446500.00', reached: false, monthly: '661111.12', windowFrom: '2024-05', windowTo: '2026-04', months: 24, monthsBelow: 24 });
  });

  test('M9 (contributions 8 100 at 5 %): the contributions needed are 595 000 × 5 % = 29 750 a month', () => {
    const m = maximumOf({ leaveStart: '2026-03-02', income: { kind: 'contributions', months: months('2025-03', '2026-02', ['8100']) } })?.maternity;
    expect(m).toMatchObject({ monthly: '29750.00', current: '162000.00', kind: 'contributions' });
  });

  test('an income from the statement (kind base) needs the cap itself; an entrepreneur’s declared income too (no ОПВ taken off)', () => {
    expect(maximumOf({ leaveStart: '2026-03-02', income: { kind: 'base', months: months('2025-03', '2026-02', ['100000']) } })?.maternity?.monthly).toBe('595000.00');
    expect(maximumOf({ payer: 'entrepreneur', leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2025-03', '2026-02', ['100000']) } })?.maternity).toMatchObject({ monthly: '595000.00', declared: true });
  });

  test('special tax regime (2026): a month counts at most 0.01 × 595 000 ÷ 0.05 = 119 000, so the maximum is out of reach', () => {
    // 1 000 000 a month in 2026-01…08 counts 119 000 each: 8 × 119 000 ÷ 12 = 79 333.33; 595 000 − 79 333.33 = 515 666.67.
    const m = maximumOf({ payer: 'self_employed_special', leaveStart: '2026-09-01', income: { kind: 'salary', months: months('2026-01', '2026-08', ['1000000']) } })?.maternity;
    expect(m).toMatchObject({ monthly: null, payerMax: '119000.00', current: '79333.33', shortfall: '515666.67', reached: false, monthsBelow: 12 });
  });

  test('no overall maternity cap before 2025-04-08 (M8: leave 2025-03-03): no single maximum; childcare has one', () => {
    const max = maximumOf({ leaveStart: '2025-03-03', birthDate: '2025-05-12', income: { kind: 'salary', months: months('2024-03', '2025-02', ['700000', '700000']) } });
    expect(max?.maternity).toBeUndefined();
    expect(max?.childcare?.average).toBe('595000.00');
  });
});

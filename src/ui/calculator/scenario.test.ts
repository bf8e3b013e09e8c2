/** The "what if" edits, checked on worked examples: an edit of one case gives the case of another example. */
import { describe, expect, test } from 'vitest';
import type { Case } from '../../core';
import { MAX_PAYERS } from '../../core/lists';
import { caseOf as parsed, months, resultOf } from '../../testing/cases';
import { changesOf, countedMonths, payersOf, withAnotherPayer, withEdit, withIncomeFrom, withoutPayer } from './scenario';

const C1 = parsed({ version: 1, payer: 'employee', birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } });
const M1 = parsed({ version: 1, payer: 'employee', leaveStart: '2026-03-02', income: { kind: 'salary', months: months('2025-03', '2026-02', '180000') } });

describe('countedMonths', () => {
  test("the union of the result's windows, in order", () => {
    expect(countedMonths([{ windowFrom: '2025-03', windowTo: '2026-02' }, { windowFrom: '2024-05', windowTo: '2026-04' }])).toEqual(months('2024-05', '2026-04', '0').map((m) => m.month));
    expect(countedMonths([])).toEqual([]);
  });
});

describe('a raise from a month', () => {
  test('C1 with 180 000 from 2026-03 is C2 (EXAMPLES.md): childcare 53 460 → 58 320', () => {
    const counted = countedMonths([resultOf(C1).childcare!]);
    const b = withIncomeFrom(C1, '2026-03', '180000', counted);
    expect(b.income.months.map((m) => m.month)).toEqual(months('2024-05', '2026-04', '0').map((m) => m.month));
    expect(resultOf(b).childcare!.monthlyNet).toBe('58320.00');
    expect(resultOf(b).childcare!.totalNet).toBe('1049760.00');
  });
  test('only the months from the chosen one change; months outside the windows are not added', () => {
    const b = withIncomeFrom(M1, '2026-01', '200000', countedMonths([resultOf(M1).maternity!]));
    expect(b.income.months.find((m) => m.month === '2025-12')!.amounts).toEqual(['180000']);
    expect(b.income.months.filter((m) => m.amounts[0] === '200000').map((m) => m.month)).toEqual(['2026-01', '2026-02']);
    // Hand: (10 × 162 000 + 2 × 180 000) ÷ 12 = 165 000; × 126 ÷ 30 = 693 000; ОПВ 69 300; net 623 700.
    expect(resultOf(b).maternity!.net).toBe('623700.00');
  });
});

describe('another employer', () => {
  test('M1 with a second employer paying 180 000: maternity net 1 224 720 (hand: 324 000 × 126 ÷ 30 × 0.9)', () => {
    const b = withAnotherPayer(M1, '2025-03', '180000', countedMonths([resultOf(M1).maternity!]))!;
    expect(payersOf(b)).toBe(2);
    expect(b.income.months.every((m) => m.amounts.length === 2)).toBe(true);
    expect(resultOf(b).maternity!.net).toBe('1224720.00');
  });
  test('from a later month: the earlier months have the new payer at 0', () => {
    const b = withAnotherPayer(M1, '2026-01', '180000', countedMonths([resultOf(M1).maternity!]))!;
    expect(b.income.months[0].amounts).toEqual(['180000', '0']);
    expect(b.income.months.at(-1)!.amounts).toEqual(['180000', '180000']);
    expect(changesOf(M1, b)).toMatchObject({ payers: [1, 2], months: ['2026-01', '2026-02'] });
  });
  test('the single payment flags keep one per payer', () => {
    const withFlag = parsed({ ...M1, income: { kind: 'contributions', singlePayment: [true], months: months('2025-03', '2026-02', '8100') } });
    expect(withAnotherPayer(withFlag, '2025-03', '5000', ['2025-03'])!.income.singlePayment).toEqual([true, false]);
  });
  test('no more than the case format allows', () => {
    let c: Case | null = M1;
    for (let i = 1; i < MAX_PAYERS; i++) c = withAnotherPayer(c!, '2025-03', '1000', ['2025-03']);
    expect(payersOf(c!)).toBe(MAX_PAYERS);
    expect(withAnotherPayer(c!, '2025-03', '1000', ['2025-03'])).toBeNull();
  });
  test('removing the payer gives the case back', () => {
    const b = withAnotherPayer(M1, '2025-03', '180000', months('2025-03', '2026-02', '0').map((m) => m.month))!;
    expect(withoutPayer(b, 1)).toEqual(M1);
    expect(withoutPayer(M1, 0)).toBe(M1);
  });
});

describe('changesOf', () => {
  test('nothing between a case and itself', () => {
    expect(changesOf(M1, M1)).toEqual({ months: [], other: false });
  });
  test('dates, payer kind and months', () => {
    const b = withEdit(withEdit(withEdit(M1, { field: 'leaveStart', value: '2026-04-01' }), { field: 'birthDate', value: '2026-05-11' }), { field: 'payer', value: 'entrepreneur' });
    expect(changesOf(M1, b)).toEqual({ leaveStart: ['2026-03-02', '2026-04-01'], birthDate: [undefined, '2026-05-11'], payer: ['employee', 'entrepreneur'], months: [], other: false });
    expect(withEdit(b, { field: 'birthDate', value: undefined })).not.toHaveProperty('birthDate');
  });
  test('an amount written another way, or a payer at 0, is no change', () => {
    const b = { ...M1, income: { ...M1.income, months: M1.income.months.map((m) => ({ month: m.month, amounts: ['180000.00', '0'] })) } };
    expect(changesOf(M1, b).months).toEqual([]);
    const c = { ...M1, income: { ...M1.income, months: M1.income.months.map((m, i) => ({ month: m.month, amounts: [i === 0 ? '180000.5' : '180000'] })) } };
    expect(changesOf(M1, c).months).toEqual(['2025-03']);
  });
});

describe('the leave case and the number of children', () => {
  test('M1 with a complicated birth is M2 (EXAMPLES.md): 140 days, net 680 400', () => {
    const b = withEdit(M1, { field: 'leaveCase', value: 'complicated' });
    expect(resultOf(b).maternity).toMatchObject({ days: 140, net: '680400.00' });
  });
  test('C2 with twins is C4 (EXAMPLES.md): 58 320 for each child, 2 099 520 in all', () => {
    const C2 = parsed({ version: 1, payer: 'employee', birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-04', '180000') } });
    const b = withEdit(C2, { field: 'childrenBorn', value: 2 });
    expect(resultOf(b).childcare).toMatchObject({ monthlyNet: '58320.00', totalNet: '2099520.00' });
  });
  test("a shorter sheet's days go with its leave case", () => {
    const shorter = parsed({ ...M1, leaveDays: 70 });
    expect(withEdit(shorter, { field: 'leaveCase', value: 'complicated' })).not.toHaveProperty('leaveDays');
    expect(withEdit(shorter, { field: 'leaveCase', value: 'normal' })).toHaveProperty('leaveDays', 70);
  });
});


/**
 * "What if" comparisons, each against worked examples (EXAMPLES.md, project case files) or a hand calculation
 * written beside it. A difference is the scenario's figure minus the current one.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { months, sideOf as side } from '../testing/cases';
import type { CaseInput } from '.';
import { compareResults, type Comparison, type Figure, type Reason } from './compare';
import { addDays } from './dates';

const compare = (a: CaseInput, b: CaseInput) => compareResults(side(a), side(b));
const figure = (c: Comparison, id: Figure['id']) => c.figures.find((f) => f.id === id)!;
const codes = (c: Comparison) => c.reasons.map((r) => ('payment' in r ? `${r.code}:${r.payment}` : r.code));
const reason = <C extends Reason['code']>(c: Comparison, code: C, payment?: string) =>
  c.reasons.find((r) => r.code === code && (payment === undefined || ('payment' in r && r.payment === payment))) as Extract<Reason, { code: C }>;

// EXAMPLES.md C1: salary 180 000 in 2024-05…2026-02, nothing in 2026-03…04, birth 2026-05-11, 1st child.
const C1: CaseInput = { version: 1, payer: 'employee', birthDate: '2026-05-11', income: { kind: 'salary', months: months('2024-05', '2026-02', '180000') } };
// EXAMPLES.md C2: as C1, and 180 000 in 2026-03…04 as well.
const C2: CaseInput = { ...C1, income: { kind: 'salary', months: months('2024-05', '2026-04', '180000') } };
// EXAMPLES.md M1: salary 180 000 in 2025-03…2026-02, leave 2026-03-02 (126 days).
const M1: CaseInput = { version: 1, payer: 'employee', leaveStart: '2026-03-02', leaveCase: 'normal', income: { kind: 'salary', months: months('2025-03', '2026-02', '180000') } };

describe('C1 against C2: the employer also paid 2026-03…04', () => {
  const c = compare(C1, C2);
  test('each payment and the grand total (EXAMPLES.md C1, C2)', () => {
    expect(figure(c, 'childcare_monthly_net')).toMatchObject({ a: '53460.00', b: '58320.00', diff: '4860.00' });
    expect(figure(c, 'childcare_total_net')).toMatchObject({ a: '962280.00', b: '1049760.00', diff: '87480.00' });
    // Grand total: childcare + the birth allowance 38 МРП × 4 325 = 164 350 (EXAMPLES.md, the Ministry's cross-check):
    // 962 280 + 164 350 = 1 126 630; 1 049 760 + 164 350 = 1 214 110.
    expect(figure(c, 'grand_total')).toMatchObject({ a: '1126630.00', b: '1214110.00', diff: '87480.00' });
    expect(figure(c, 'birth_allowances')).toMatchObject({ a: '164350.00', b: '164350.00', diff: '0.00' });
    // No leave start: no maternity payment on either side.
    expect(figure(c, 'maternity_net')).toMatchObject({ a: null, b: null, diff: '0.00' });
  });
  test('why: two months of the window now have income, and the average rose 148 500 → 162 000', () => {
    expect(codes(c)).toEqual(['income_changed:childcare', 'average:childcare']);
    expect(reason(c, 'income_changed').months).toEqual(['2026-03', '2026-04']);
    expect(reason(c, 'average')).toMatchObject({ a: '148500.00', b: '162000.00' });
  });
  test('the deadlines do not move (birth 2026-05-11: apply within 18 months, art. 84 p.5)', () => {
    expect(figure(c, 'childcare_deadline')).toMatchObject({ a: '2027-11-11', b: '2027-11-11', days: 0 });
    expect(c.same).toBe(false);
  });
});

describe('M1 with a second employer paying 180 000 as well', () => {
  const withSecond: CaseInput = { ...M1, income: { kind: 'salary', months: months('2025-03', '2026-02', ['180000', '180000']) } };
  const c = compare(M1, withSecond);
  test('maternity 612 360 → 1 224 720', () => {
    // Hand: each payer's base 180 000 × 0.9 = 162 000, so 324 000 a month (below 7 МЗП = 595 000); gross
    // 324 000 × 126 ÷ 30 = 1 360 800; ОПВ 136 080; net 1 224 720. M1's net 612 360 (EXAMPLES.md).
    expect(figure(c, 'maternity_net')).toMatchObject({ a: '612360.00', b: '1224720.00', diff: '612360.00' });
    expect(figure(c, 'grand_total')).toMatchObject({ a: '612360.00', b: '1224720.00' });
  });
  test('why: twelve months changed, the average doubled', () => {
    expect(codes(c)).toEqual(['income_changed:maternity', 'average:maternity']);
    expect(reason(c, 'income_changed').months).toHaveLength(12);
    expect(reason(c, 'average')).toMatchObject({ a: '162000.00', b: '324000.00' });
  });
});

describe('M6 with a second employer paying 700 000 (EXAMPLES.md M7): the cap', () => {
  const M6: CaseInput = { ...M1, income: { kind: 'salary', months: months('2025-03', '2026-02', '700000') } };
  const M7: CaseInput = { ...M1, income: { kind: 'salary', months: months('2025-03', '2026-02', ['700000', '700000']) } };
  const c = compare(M6, M7);
  test('the same 2 249 100 on both sides', () => {
    expect(figure(c, 'maternity_net')).toMatchObject({ a: '2249100.00', b: '2249100.00', diff: '0.00' });
  });
  test('why: the average before the cap doubled (595 000 → 1 190 000), and the overall cap now limits it', () => {
    // Each payer's base 700 000 × 0.9 = 630 000 is capped at 7 МЗП = 595 000 (M6's СМД); two payers 1 190 000
    // (EXAMPLES.md M7, "capped from 1 190 000"). M6 sits at the overall cap 595 000 without going over it, so
    // the cap changes nothing there; the scenario's 1 190 000 is cut to it.
    expect(reason(c, 'average', 'maternity')).toMatchObject({ a: '595000.00', b: '1190000.00' });
    expect(reason(c, 'cap', 'maternity')).toMatchObject({ a: false, b: true });
  });
  test('with the cap limiting both sides, the reason still says so', () => {
    const M7b: CaseInput = { ...M1, income: { kind: 'salary', months: months('2025-03', '2026-02', ['700000', '500000']) } };
    const both = compare(M7b, { ...M1, income: { kind: 'salary', months: months('2025-03', '2026-02', ['700000', '700000']) } });
    // 595 000 + 500 000 × 0.9 = 1 045 000 → 1 190 000: both above 595 000.
    expect(reason(both, 'average', 'maternity')).toMatchObject({ a: '1045000.00', b: '1190000.00' });
    expect(reason(both, 'cap', 'maternity')).toMatchObject({ a: true, b: true });
    expect(figure(both, 'maternity_net')).toMatchObject({ diff: '0.00' });
  });
});

describe('the leave starts a month later (M1, 2026-03-02 → 2026-04-01)', () => {
  const c = compare(M1, { ...M1, leaveStart: '2026-04-01' });
  test('the window moves: 2026-03 enters with no income, 2025-03 leaves', () => {
    expect(reason(c, 'window_moved', 'maternity')).toEqual({
      code: 'window_moved',
      payment: 'maternity',
      from: ['2025-03', '2026-02'],
      to: ['2025-04', '2026-03'],
      entered: ['2026-03'],
      left: ['2025-03'],
      enteredEmpty: ['2026-03'],
    });
  });
  test('maternity 612 360 → 561 330; the deadline 30 days later', () => {
    // Hand: 11 months × 162 000 ÷ 12 (always ÷ 12, art. 78) = 148 500; × 126 ÷ 30 = 623 700; ОПВ 62 370; net 561 330.
    expect(figure(c, 'maternity_net')).toMatchObject({ a: '612360.00', b: '561330.00', diff: '-51030.00' });
    // Apply within 12 months of the right (art. 77 p.4): 2027-03-02 → 2027-04-01.
    expect(figure(c, 'maternity_deadline')).toMatchObject({ a: '2027-03-02', b: '2027-04-01', days: 30 });
    expect(figure(c, 'leave_start')).toMatchObject({ a: '2026-03-02', b: '2026-04-01', days: 30 });
  });
});

describe('the birth a month later (C1, 2026-05-11 → 2026-06-11)', () => {
  const c = compare(C1, { ...C1, birthDate: '2026-06-11' });
  test('childcare 53 460 → 51 030 a month, the deadline a month later', () => {
    // Hand: window 2024-06…2026-05; income in 2024-06…2026-02, 21 × 162 000 = 3 402 000; ÷ 24 = 141 750;
    // 40 % = 56 700; ОПВ 5 670; net 51 030; 18 × 51 030 = 918 540.
    expect(figure(c, 'childcare_monthly_net')).toMatchObject({ a: '53460.00', b: '51030.00', diff: '-2430.00' });
    expect(figure(c, 'childcare_total_net')).toMatchObject({ b: '918540.00', diff: '-43740.00' });
    expect(figure(c, 'childcare_deadline')).toMatchObject({ a: '2027-11-11', b: '2027-12-11', days: 30 });
    expect(reason(c, 'window_moved', 'childcare')).toMatchObject({ entered: ['2026-05'], left: ['2024-05'], enteredEmpty: ['2026-05'] });
  });
});

describe('the birth moves into the next year: the МРП changes', () => {
  // 1st child: the birth allowance is 38 МРП of the birth's year: 38 × 4 325 = 164 350 (2026); 38 × 4 606
  // = 175 028 with the 2027 forecast МРП 4 606 (RULES §5).
  const late: CaseInput = { ...C2, birthDate: '2026-12-20', income: { kind: 'salary', months: months('2024-12', '2026-11', '180000') } };
  const c = compare(late, { ...late, birthDate: '2027-01-10' });
  test('the birth allowance 164 350 → 175 028', () => {
    expect(figure(c, 'birth_allowances')).toMatchObject({ a: '164350.00', b: '175028.00', diff: '10678.00' });
    expect(codes(c)).toContain('mrp');
  });
});

describe('the floor: C3 against a raise to 300 000 (base) in the same months', () => {
  const C3: CaseInput = { version: 1, payer: 'employee', birthDate: '2026-05-11', income: { kind: 'base', months: months('2025-11', '2026-04', '85000') } };
  const c = compare(C3, { ...C3, income: { kind: 'base', months: months('2025-11', '2026-04', '300000') } });
  test('the floor lifts the current payment and not the scenario', () => {
    // Hand: 6 × 300 000 ÷ 24 = 75 000; 40 % = 30 000, above the floors 27 680 (2026) and 29 478.40 (2027).
    expect(figure(c, 'childcare_monthly_net')).toMatchObject({ a: '24912.00', b: '27000.00' });
    expect(reason(c, 'floor')).toMatchObject({ a: true, b: false });
  });
});

describe('the payer kind: M1 as an entrepreneur (declared income, no ОПВ deduction from the base; RULES §income)', () => {
  const c = compare(M1, { ...M1, payer: 'entrepreneur' });
  test('maternity 612 360 → 680 400', () => {
    // Hand: declared 180 000 counts whole; 180 000 × 126 ÷ 30 = 756 000; ОПВ 75 600; net 680 400.
    expect(figure(c, 'maternity_net')).toMatchObject({ b: '680400.00', diff: '68040.00' });
    expect(codes(c)).toEqual(['payer', 'income_changed:maternity', 'average:maternity']);
  });
});

describe('a payment due in one only', () => {
  test('childcare with no income in its window is not due (art. 85)', () => {
    const none: CaseInput = { ...C1, income: { kind: 'salary', months: [] } };
    const c = compare(C1, none);
    expect(reason(c, 'due', 'childcare')).toMatchObject({ a: true, b: false });
    expect(figure(c, 'childcare_monthly_net')).toMatchObject({ a: '53460.00', b: null, diff: '-53460.00' });
    expect(figure(c, 'childcare_deadline')).toMatchObject({ b: null, days: null });
  });
  test('no leave start: the maternity payment is not asked for', () => {
    const c = compare({ ...M1, birthDate: '2026-05-11' }, { ...M1, leaveStart: undefined, birthDate: '2026-05-11' });
    expect(reason(c, 'asked', 'maternity')).toMatchObject({ a: true, b: false });
  });
});

describe('properties', () => {
  const arbitrary = fc.record({
    salary: fc.integer({ min: 0, max: 2_000_000 }),
    second: fc.integer({ min: 0, max: 900_000 }),
    birthDay: fc.integer({ min: 0, max: 700 }),
    leaveBefore: fc.integer({ min: 50, max: 120 }),
  });
  const build = (p: { salary: number; second: number; birthDay: number; leaveBefore: number }): CaseInput => {
    const birth = addDays('2025-01-01', p.birthDay);
    return { version: 1, payer: 'employee', birthDate: birth, leaveStart: addDays(birth, -p.leaveBefore), income: { kind: 'salary', months: months('2023-01', '2026-12', [String(p.salary), String(p.second)]) } };
  };
  test('a case compared with itself: nothing differs, no reason', () => {
    fc.assert(
      fc.property(arbitrary, (p) => {
        const c = compare(build(p), build(p));
        expect(c.same).toBe(true);
        expect(c.reasons).toEqual([]);
        for (const f of c.figures) expect(f.kind === 'money' ? f.diff : f.days ?? 0).toSatisfy((d: string | number) => Number(d) === 0);
      }),
      { numRuns: 40 },
    );
  });
  test('swapping the sides negates every difference and keeps the reasons', () => {
    fc.assert(
      fc.property(arbitrary, arbitrary, (p, q) => {
        const ab = compare(build(p), build(q));
        const ba = compare(build(q), build(p));
        ab.figures.forEach((f, i) => {
          const g = ba.figures[i];
          if (f.kind === 'money' && g.kind === 'money') expect(Number(f.diff) + Number(g.diff)).toBe(0);
          if (f.kind === 'date' && g.kind === 'date') {
            expect(f.days === null).toBe(g.days === null);
            expect((f.days ?? 0) + (g.days ?? 0)).toBe(0);
          }
        });
        expect(ab.reasons.map((r) => r.code).sort()).toEqual(ba.reasons.map((r) => r.code).sort());
        // A money figure differs only with a reason to say why.
        if (ab.figures.some((f) => f.kind === 'money' && Number(f.diff) !== 0)) expect(ab.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });
});

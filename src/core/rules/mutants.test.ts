/**
 * Tests written against the mutants StrykerJS left alive (`npm run mutate`, stryker.config.mjs). Each expected
 * figure is worked out by hand from the article the rule cites, in the comment beside it.
 *
 * Parameters used below (params/*.ts, each with its source there):
 *   МЗП 2023: 70 000, 2024–2026: 85 000; МРП 2013: 1 731, 2026: 4 325, 2027: 4 606 (forecast);
 *   ОПВ 10 % (Social Code art. 76; salary ОПВ art. 245); per-payer cap 7 МЗП (art. 245), 10 МЗП before 2020;
 *   maternity cap 7 МЗП from 2025-04-08 (Ministry), none before; childcare 40 % (art. 85), cap 40 % × 7 МЗП
 *   (10 МЗП before 2020); childcare allowance 5.76 МРП for the 1st child (art. 82); birth allowance 38 МРП
 *   (art. 80); leave days normal 126, complicated 140, adoption up to the 56th day (Labour Code art. 99 p.2–3);
 *   18 childcare payments from 2022-01-02, 12 before (Ministry); pension top-up 10 % from 2014 (arts. 87–89).
 *
 * EQUIVALENT MUTANTS: the 10 that survive (no test can tell them from the code; file:line at commit 749d2b3, and
 * for maternity.ts after its cap became one value, 2026-12-02):
 *   money.ts:40 `tiyn === null` → true — always asks decimal.js: toFixed(2, HALF_UP) is the same rule (a shortcut only).
 *   money.ts:56 `value.s !== 1 || !d` → true — same: falls back to the identical decimal.js rounding.
 *   money.ts:58 `words < 0` → false — below 1e-7 the loop reads nothing and d[words] is undefined: 0 tiyn either way.
 *   money.ts:62 `whole > READ_LIMIT` → true / `>=` / `<=` — each only moves work to the same decimal.js fallback.
 *   lookup.ts:53 `h.until !== undefined` → true — with no `until`, `date > undefined` is false anyway.
 *   maternity.ts:57 `cap !== null` → true — `capApplied` is already false when `cap` is null (the check is for the
 *     type checker).
 *   maternity.ts:135 `c.leaveCase === 'adoption'` → false, 'adoption' → "" — for an adoption the next guard
 *     returns null anyway (leaveDays is set and `standard.adoption` is undefined; `complicatedOf.adoption` too).
 */
import { describe, expect, test } from 'vitest';
import { calculate, type CalcResult, type CaseInput } from '../index';
import { Context } from '../context';
import { dec } from '../money';
import { parseCase } from '../case/schema';
import { allowances } from './allowances';
import { baseOf } from './income';
import { leaveDaysOf } from './maternity';
import { totals } from './totals';

// ---------------------------------------------------------------------------------------------------------
// Helpers of the test itself.

const law = (act: string, article?: string, point?: string) => ({ act, article, point });
const money = (value: string) => ({ kind: 'money', value });
const count = (value: string) => ({ kind: 'count', value });
const date = (value: string) => ({ kind: 'date', value });
const month = (value: string) => ({ kind: 'month', value });
const rate = (value: string) => ({ kind: 'rate', value });
const factor = (value: string) => ({ kind: 'factor', value });
const leave = (value: string) => ({ kind: 'leave_case', value });

/** Every month from `from` to `to` (inclusive), each with the same amounts. */
function monthsOf(from: string, to: string, amounts: string[]): { month: string; amounts: string[] }[] {
  const out: { month: string; amounts: string[] }[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const text = `${y}-${String(m).padStart(2, '0')}`;
    if (text > to) return out;
    out.push({ month: text, amounts });
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

function run(input: CaseInput): CalcResult {
  const outcome = calculate(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** A valid case with its defaults filled in, for the rule functions called directly. */
function parsed(input: CaseInput) {
  const p = parseCase(input);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.value;
}

// An employee with a salary of 180 000 from 2024-05 to 2026-04; leave from 2026-03-02 (normal case), birth on
// 2026-05-11, first child.
//   Art. 245: base = 180 000 − 10 % ОПВ = 162 000 (between 1 МЗП = 85 000 and 7 МЗП = 595 000).
//   Maternity (art. 78 p.2): window 2025-03…2026-02, 12 × 162 000 = 1 944 000; ÷ 12 = 162 000; cap 7 × 85 000 =
//     595 000 not reached; art. 78: 162 000 × 126 ÷ 30 = 680 400; ОПВ 68 040; net 612 360.
//   Childcare (art. 85): window 2024-05…2026-04, 24 × 162 000 = 3 888 000; ÷ 24 = 162 000; × 0.4 = 64 800;
//     cap 0.4 × 7 × 85 000 = 238 000; floor (art. 85 p.2, art. 82) 5.76 × 4 325 = 24 912 ÷ 0.9 = 27 680:
//     64 800 stays; ОПВ 6 480; net 58 320; 18 payments: net 18 × 58 320 = 1 049 760.
const SALARY_CASE: CaseInput = {
  payer: 'employee',
  leaveStart: '2026-03-02',
  birthDate: '2026-05-11',
  income: { kind: 'salary', months: monthsOf('2024-05', '2026-04', ['180000']) },
};

// ---------------------------------------------------------------------------------------------------------

describe('maternity steps (Social Code art. 78, Labour Code art. 99)', () => {
  test('the explanation of a standard sheet under the 7 МЗП cap, value by value', () => {
    const m = run(SALARY_CASE).maternity!;
    expect(m.steps).toStrictEqual([
      {
        id: 'maternity.window',
        variant: 'standard',
        formula: 'months [leave month − 12, leave month − 1]',
        values: { rightDate: date('2026-03-02'), from: month('2025-03'), to: month('2026-02') }, // 2026-03 − 12 … 2026-03 − 1
        result: count('12'),
        legal: [law('social_code', '78', '2')],
      },
      {
        id: 'maternity.sum',
        variant: 'standard',
        formula: 'Σ monthly bases',
        values: { monthsWithIncome: count('12') },
        result: money('1944000.00'), // 12 × 162 000
        legal: [law('social_code', '78', '2'), law('social_code', '245')],
      },
      {
        id: 'maternity.average',
        variant: 'standard',
        formula: 'Σ ÷ 12',
        values: { sum: money('1944000.00'), divisor: count('12') },
        result: money('162000.00'), // 1 944 000 ÷ 12
        legal: [law('social_code', '78', '2')],
      },
      {
        id: 'maternity.cap',
        variant: 'standard',
        formula: 'min(average, 7 × МЗП)',
        values: { cap: money('595000.00'), mzp: money('85000.00'), multiple: factor('7') }, // 7 × 85 000
        result: money('162000.00'), // 162 000 < 595 000
        legal: [law('ministry')],
        applied: false,
      },
      {
        id: 'maternity.days',
        variant: 'standard',
        formula: 'days of the leave case (normal: 126)',
        values: { leaveCase: leave('normal') },
        result: count('126'), // Labour Code art. 99 p.2: 70 + 56
        legal: [law('labour_code', '99', '2')],
      },
      {
        id: 'maternity.gross',
        variant: 'standard',
        formula: 'average × days ÷ 30',
        values: { average: money('162000.00'), days: count('126') },
        result: money('680400.00'), // 162 000 × 126 ÷ 30
        legal: [law('social_code', '78')],
      },
      {
        id: 'maternity.pension',
        variant: 'standard',
        formula: 'gross × 10 %',
        values: { gross: money('680400.00'), rate: rate('0.1') },
        result: money('68040.00'), // art. 76: 10 % of 680 400
        legal: [law('social_code', '76')],
      },
      {
        id: 'maternity.net',
        variant: 'standard',
        formula: 'gross − ОПВ',
        values: { gross: money('680400.00'), pension: money('68040.00') },
        result: money('612360.00'), // 680 400 − 68 040
        legal: [law('social_code', '76')],
      },
    ]);
    expect(m.eligible).toBe(true);
    expect('reason' in m).toBe(false); // an eligible result gives no reason
  });

  test('the cap step says it applied when the average exceeds 7 МЗП (two payers at 700 000)', () => {
    // Art. 245: each payer 700 000 × 0.9 = 630 000, capped at 7 × 85 000 = 595 000; two payers: 1 190 000 a month.
    // Art. 78 p.2: 12 × 1 190 000 ÷ 12 = 1 190 000 > 595 000 (7 МЗП, Ministry from 2025-04-08): 595 000 counts.
    // Art. 78: 595 000 × 126 ÷ 30 = 2 499 000; ОПВ 249 900; net 2 249 100 (the Ministry's maximum for 126 days).
    const m = run({ leaveStart: '2026-03-02', income: { kind: 'salary', months: monthsOf('2025-03', '2026-02', ['700000', '700000']) } }).maternity!;
    const byId = Object.fromEntries(m.steps.map((s) => [s.id, s]));
    expect(byId['maternity.average'].result).toStrictEqual(money('1190000.00'));
    expect(byId['maternity.cap']).toStrictEqual({
      id: 'maternity.cap',
      variant: 'standard',
      formula: 'min(average, 7 × МЗП)',
      values: { cap: money('595000.00'), mzp: money('85000.00'), multiple: factor('7') },
      result: money('595000.00'),
      legal: [law('ministry')],
      applied: true,
    });
    expect(byId['maternity.gross'].values).toStrictEqual({ average: money('595000.00'), days: count('126') });
    expect(byId['maternity.net'].result).toStrictEqual(money('2249100.00'));
  });

  test('before 2025-04-08 there is no overall cap: the cap step says so and no МЗП is looked up for it', () => {
    // Leave from 2024-09-02, salary 180 000 in 2023-09…2024-08: base 162 000 (art. 245; МЗП 70 000 in 2023 and
    // 85 000 in 2024 are below it); average 162 000; no overall cap before 2025-04-08.
    const m = run({ leaveStart: '2024-09-02', income: { kind: 'salary', months: monthsOf('2023-09', '2024-08', ['180000']) } }).maternity!;
    expect(m.steps.find((s) => s.id === 'maternity.cap')).toStrictEqual({
      id: 'maternity.cap',
      variant: 'none',
      formula: 'average (no cap on 2024-09-02)',
      values: {},
      result: money('162000.00'),
      legal: [law('ministry')],
    });
    expect(m.cap).toBeNull();
    // With no income at all, nothing needs the МЗП: no cap on the date, no per-payer cap or floor.
    const none = run({ leaveStart: '2024-09-02' });
    expect(none.parameters.map((p) => p.id)).not.toContain('mzp');
  });

  test('a shorter sheet (70 days instead of 126) is explained as such and has no complication top-up', () => {
    // Labour Code art. 99 p.2: a normal case's sheet may be 56 or 70 days; art. 78: 162 000 × 70 ÷ 30 = 378 000.
    // Art. 77 p.4 tops up a normal sheet to 140 days only: a shorter sheet has no such top-up.
    const m = run({ ...SALARY_CASE, birthDate: undefined, leaveDays: 70 }).maternity!;
    expect(m.steps.find((s) => s.id === 'maternity.days')).toStrictEqual({
      id: 'maternity.days',
      variant: 'shorter',
      formula: 'days on the sheet, shorter than the 126 of the leave case (normal)',
      values: { leaveCase: leave('normal') },
      result: count('70'),
      legal: [law('labour_code', '99', '2')],
    });
    expect(m.gross).toBe('378000.00');
    expect(m.topUp).toBeNull();
  });

  test('an adoption is explained by the days to the 56th day after the birth (art. 99 p.3)', () => {
    // 40 days on the sheet: art. 78: 162 000 × 40 ÷ 30 = 216 000.
    const m = run({ ...SALARY_CASE, birthDate: undefined, leaveCase: 'adoption', leaveDays: 40 }).maternity!;
    expect(m.steps.find((s) => s.id === 'maternity.days')).toStrictEqual({
      id: 'maternity.days',
      variant: 'adoption',
      formula: 'days from the adoption to the 56th day after the birth',
      values: { leaveCase: leave('adoption'), maxDays: count('56') },
      result: count('40'),
      legal: [law('labour_code', '99', '3')],
    });
    expect(m.gross).toBe('216000.00');
    expect(m.topUp).toBeNull();
  });

  test('leaveDaysOf: an adoption without days on the sheet counts 0 days, never a standard case', () => {
    const c = parsed({ birthDate: '2026-05-11', leaveCase: 'adoption' });
    expect(leaveDaysOf(new Context(), c, '2026-05-11')).toBe(0);
  });
});

describe('childcare steps and schedule (Social Code arts. 82, 84, 85, 87–89)', () => {
  test('the explanation of an eligible payment, value by value', () => {
    const cc = run(SALARY_CASE).childcare!;
    expect(cc.steps).toStrictEqual([
      {
        id: 'childcare.window',
        variant: 'standard',
        formula: 'months [birth month − 24, birth month − 1]',
        values: { rightDate: date('2026-05-11'), from: month('2024-05'), to: month('2026-04') }, // 2026-05 − 24 … − 1
        result: count('24'),
        legal: [law('social_code', '85')],
      },
      {
        id: 'childcare.sum',
        variant: 'standard',
        formula: 'Σ monthly bases',
        values: { monthsWithIncome: count('24') },
        result: money('3888000.00'), // 24 × 162 000
        legal: [law('social_code', '85'), law('social_code', '245')],
      },
      {
        id: 'childcare.average',
        variant: 'standard',
        formula: 'Σ ÷ 24',
        values: { sum: money('3888000.00'), divisor: count('24') },
        result: money('162000.00'), // 3 888 000 ÷ 24
        legal: [law('social_code', '85')],
      },
      {
        id: 'childcare.amount',
        variant: 'standard',
        formula: 'average × 0.4',
        values: { average: money('162000.00'), coefficient: rate('0.4') },
        result: money('64800.00'), // 0.4 × 162 000
        legal: [law('social_code', '85')],
      },
      {
        id: 'childcare.cap',
        variant: 'standard',
        formula: 'min(amount, 0.4 × 7 × МЗП)',
        values: { cap: money('238000.00'), mzp: money('85000.00'), multiple: factor('7'), coefficient: rate('0.4') }, // 0.4 × 7 × 85 000
        result: money('64800.00'),
        legal: [law('social_code', '85')],
        applied: false,
      },
      {
        id: 'childcare.floor',
        variant: 'standard',
        formula: 'max(amount, allowance ÷ 0.9)',
        values: { floor: money('27680.00'), divisor: factor('0.9') }, // 5.76 × 4 325 = 24 912; ÷ (1 − 0.1)
        result: money('64800.00'),
        legal: [law('social_code', '85', '2'), law('social_code', '82')],
        applied: false,
        assumptions: ['childcare_floor_gross_up', 'floor_mrp_by_period'],
      },
      {
        id: 'childcare.duration',
        variant: 'standard',
        formula: '18 monthly payments (until the age of 1.5)', // born after 2022-01-02: 18 payments = 1.5 years
        values: { payments: count('18'), children: count('1') },
        result: count('18'),
        legal: [law('social_code', '84'), law('ministry')],
      },
      {
        id: 'childcare.pension',
        variant: 'standard',
        formula: 'gross × 10 %',
        values: { gross: money('64800.00'), rate: rate('0.1') },
        result: money('6480.00'), // art. 76: 10 % of 64 800
        legal: [law('social_code', '76')],
      },
      {
        id: 'childcare.total',
        variant: 'standard',
        formula: 'Σ payments of every child',
        values: { children: count('1'), payments: count('18') },
        result: money('1049760.00'), // 18 × (64 800 − 6 480)
        legal: [law('social_code', '84', '1')],
      },
      {
        id: 'childcare.pension_topup',
        variant: 'standard',
        formula: '10 % × average − ОПВ withheld',
        values: { average: money('162000.00'), rate: rate('0.1') },
        result: money('9720.00'), // arts. 87–89: 0.1 × 162 000 − 6 480
        legal: [law('social_code', '87'), law('social_code', '89')],
      },
    ]);
    expect(cc.pensionTopUp).toStrictEqual({ monthly: '9720.00', total: '174960.00' }); // 18 × 9 720
    expect('reason' in cc).toBe(false);
  });

  test('each payment of the schedule: its number, dates, floor and flags', () => {
    const schedule = run(SALARY_CASE).childcare!.children[0].schedule;
    expect(schedule[0]).toStrictEqual({
      index: 1,
      from: '2026-05-11', // art. 84: from the birth
      to: '2026-06-10', // to the day before the same date a month later
      gross: '64800.00',
      pension: '6480.00',
      net: '58320.00',
      floor: '27680.00', // 5.76 × 4 325 ÷ 0.9
      floorApplied: false,
      capApplied: false, // 64 800 < 238 000
      projected: false, // МЗП and МРП of 2026 are law
    });
    // The 9th payment (from 2027-01-11) uses the 2027 МРП, a forecast: 5.76 × 4 606 = 26 530.56 ÷ 0.9 = 29 478.40.
    expect(schedule[8]).toMatchObject({ index: 9, from: '2027-01-11', floor: '29478.40', floorApplied: false, capApplied: false, projected: true });
    expect(schedule[17].index).toBe(18);
  });

  test('a payment held up by the floor is not reported as capped', () => {
    // Salary 180 000 in one month only: base 162 000; average 162 000 ÷ 24 = 6 750; × 0.4 = 2 700 < floor 27 680
    // (5.76 × 4 325 ÷ 0.9, art. 85 p.2): the floor is paid, and the cap (238 000) has nothing to do with it.
    const cc = run({ birthDate: '2026-05-11', income: { kind: 'salary', months: monthsOf('2026-04', '2026-04', ['180000']) } }).childcare!;
    expect(cc.floorApplied).toBe(true);
    expect(cc.capApplied).toBe(false);
    expect(cc.children[0].schedule[0]).toMatchObject({ gross: '27680.00', floorApplied: true, capApplied: false });
  });

  test('with no income in the window: no payment, no floor, no top-up step, and the reason', () => {
    const cc = run({ birthDate: '2026-05-11' }).childcare!;
    expect(cc.eligible).toBe(false);
    expect(cc.reason).toBe('no_income_in_window');
    expect(cc.floorApplied).toBe(false);
    expect(cc.children[0].schedule.every((p) => !p.floorApplied && !p.capApplied && p.gross === '0.00')).toBe(true);
    expect(cc.steps.find((s) => s.id === 'childcare.floor')).toStrictEqual({
      id: 'childcare.floor',
      variant: 'ineligible',
      formula: 'no income in the window: no payment, no floor',
      values: {},
      result: money('0.00'),
      legal: [law('social_code', '85', '2'), law('social_code', '82')],
    });
    expect(cc.steps.map((s) => s.id)).not.toContain('childcare.pension_topup');
    expect(cc.pensionTopUp).toBeNull();
  });

  test('a child born in 2013: 12 payments (until the age of 1), 10 МЗП cap, no pension top-up before 2014', () => {
    // Base (art. 245, 10 МЗП cap before 2020): 100 000 × 0.9 = 90 000 in 2011-06…2013-05 (24 months): average 90 000;
    // × 0.4 = 36 000; cap 0.4 × 10 × 18 660 = 74 640; floor 5.76 × 1 731 = 9 970.56 ÷ 0.9 = 11 078.40.
    const cc = run({ birthDate: '2013-06-15', income: { kind: 'salary', months: monthsOf('2011-06', '2013-05', ['100000']) } }).childcare!;
    const byId = Object.fromEntries(cc.steps.map((s) => [s.id, s]));
    expect(byId['childcare.duration'].formula).toBe('12 monthly payments (until the age of 1)');
    expect(byId['childcare.cap']).toMatchObject({ formula: 'min(amount, 0.4 × 10 × МЗП)', values: { cap: money('74640.00'), multiple: factor('10') } });
    expect(byId['childcare.floor'].values).toStrictEqual({ floor: money('11078.40'), divisor: factor('0.9') });
    expect(cc.monthlyGross).toBe('36000.00');
    expect(cc.steps.map((s) => s.id)).not.toContain('childcare.pension_topup');
    expect(cc.pensionTopUp).toBeNull();
  });
});

describe('the ASSUMED readings a calculation relies on are listed (assumptions.ts)', () => {
  test('a maternity payment alone: rounding, the month’s cap, the deadline by corresponding date', () => {
    // Payout (RULES §7 rounding), income (cap of the month's МЗП), maternity (deadline of 12 months).
    expect(run({ ...SALARY_CASE, birthDate: undefined }).assumptions).toEqual(['cap_mzp_of_the_month', 'deadline_corresponding_date', 'rounding']);
  });

  test('a birth with no income: the allowances’ rounding and monthly МРП, the deadline, no floor reading', () => {
    expect(run({ birthDate: '2026-05-11' }).assumptions).toEqual(['deadline_corresponding_date', 'floor_mrp_by_period', 'rounding']);
  });

  test('an eligible childcare payment adds the floor’s gross-up and the per-parent pension top-up', () => {
    expect(run({ ...SALARY_CASE, leaveStart: undefined }).assumptions).toEqual([
      'cap_mzp_of_the_month',
      'childcare_floor_gross_up',
      'deadline_corresponding_date',
      'floor_mrp_by_period',
      'pension_topup_per_parent',
      'rounding',
    ]);
  });

  test('the income readings: an entrepreneur’s declared income, a statement’s base, the special regime', () => {
    const entrepreneur = run({ payer: 'entrepreneur', leaveStart: '2026-03-02', income: { kind: 'salary', months: monthsOf('2025-03', '2025-03', ['180000']) } });
    expect(entrepreneur.assumptions).toContain('entrepreneur_declared_income');
    const statement = run({ leaveStart: '2026-03-02', income: { kind: 'base', months: monthsOf('2025-03', '2025-03', ['180000']) } });
    expect(statement.assumptions).toContain('statement_counts_as_recorded');
    expect(statement.assumptions).not.toContain('entrepreneur_declared_income');
    const special = run({ payer: 'self_employed_special', leaveStart: '2026-09-01', income: { kind: 'salary', months: monthsOf('2026-03', '2026-03', ['180000']) } });
    expect(special.assumptions).toContain('special_regime_income');
  });

  test('allowances() itself relies on the rounding and the monthly МРП readings', () => {
    const ctx = new Context();
    allowances(ctx, parsed({ birthDate: '2026-05-11' }), '2026-05-11');
    expect(ctx.assumptions()).toEqual(['floor_mrp_by_period', 'rounding']);
  });
});

describe('income (Social Code arts. 244–245)', () => {
  test('baseOf without the single-payment flag divides contributions by the general СО rate', () => {
    // Art. 244: 5 % from 2025; 5 000 ÷ 0.05 = 100 000 (the single payment's 4.5 % would give 111 111.11).
    const b = baseOf(new Context(), '2025-03', 'employee', 'contributions', dec('5000'));
    expect(b.base.toString()).toBe('100000');
  });

  test('an amount typed with leading zeros is written out without them', () => {
    // "00180000" is 180 000: base 162 000 (art. 245).
    const r = run({ leaveStart: '2026-03-02', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['00180000', '007.5'] }] } });
    expect(r.months[0].payers.map((p) => p.amount)).toEqual(['180000.00', '7.50']);
    expect(r.months[0].payers[0].base).toBe('162000.00');
  });
});

describe('totals', () => {
  test('with no payment and no allowance there is nothing to add up', () => {
    // A leave start with no income: the maternity payment is not due (art. 78 p.2) and there is no birth.
    expect(run({ leaveStart: '2026-03-02' }).totals).toBeUndefined();
  });

  test('a maternity payment alone is the whole total, with nothing to compare it with', () => {
    expect(run({ ...SALARY_CASE, birthDate: undefined }).totals).toStrictEqual({
      grandNet: '612360.00', // the maternity net above
      maternityNet: '612360.00',
      childcareNet: '0.00',
      childcareAllowances: '0.00',
      birthAllowances: '0.00',
      nonInsured: null,
      insuranceAdds: null,
    });
  });

  test('maternity, childcare and the birth allowance, against the allowances of a parent not insured', () => {
    // Birth allowance (art. 80): 38 × 4 325 = 164 350. Childcare allowance (art. 82), by the МРП of each month's
    // first day: 8 months in 2026 × 24 912 (5.76 × 4 325) = 199 296, 10 months in 2027 × 26 530.56 (5.76 × 4 606)
    // = 265 305.60; not insured: 164 350 + 199 296 + 265 305.60 = 628 951.60.
    // Insured: 612 360 + 1 049 760 + 164 350 = 1 826 470; insurance adds 1 826 470 − 628 951.60 = 1 197 518.40.
    expect(run(SALARY_CASE).totals).toStrictEqual({
      grandNet: '1826470.00',
      maternityNet: '612360.00',
      childcareNet: '1049760.00',
      childcareAllowances: '0.00',
      birthAllowances: '164350.00',
      nonInsured: '628951.60',
      insuranceAdds: '1197518.40',
    });
  });

  test('allowances without a childcare result: the state childcare allowance is counted', () => {
    // Birth allowance 164 350 and 18 × 24 912 = 448 416 of childcare allowance: 612 766 either way; adds 0.
    const allowancesOnly = { children: [{ birthOrder: 1, birth: '164350.00', childcareMonthly: '24912.00', childcareTotal: '448416.00' }], birthTotal: '164350.00', nonInsuredTotal: '612766.00' };
    expect(totals({ maternity: undefined, childcare: undefined, allowances: allowancesOnly })).toMatchObject({ grandNet: '612766.00', childcareAllowances: '448416.00', insuranceAdds: '0.00' });
  });
});

/**
 * The form's values (strings, as typed) against the core's case format (formModel.ts):
 * - case → form → case: a valid case shown in the form and sent back is the same case, up to the rules the
 *   form states (which months it shows, how many payers, standard sheet days, how an amount is written), and
 *   what those rules change changes no payment;
 * - form → case → form: what a person typed (dates as 11.05.2026, amounts as `180 000`) means the same after
 *   it has been turned into a case and back into form values;
 * - by hand: an empty form, a birth date alone, adoption without its days, amounts typed with spaces and commas.
 * Expectations are derived from the inputs here (month windows, padding, decimal values), not copied from runs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeCase, parseCase, type Case, type CaseInput } from '../../core';
import { addDays, daysBetween } from '../../core/dates';
import { LEAVE_DAYS, type StandardLeaveCase } from '../../core/params/leaveDays';
import { parseAmount } from './amounts';
import { validate } from './engine';
import { INCOME_KINDS as INCOME_KIND_OPTIONS, LEAVE_CASES as LEAVE_CASE_OPTIONS, MAX_PAYERS, PAYERS as PAYER_OPTIONS } from '../../core/light';
import { DEFAULT_VALUES, fieldOf, fromCase, tableMonths, toCase, type FormValues } from './formModel';
import { parseUserDate } from './userDate';

const RULE = LEAVE_DAYS.values[0].value;

// ---- Months and amounts, computed here independently of the code under test ----

/** `YYYY-MM` (or a date) → year × 12 + month − 1. */
const monthNo = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7)) - 1;
const monthOf = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
const FIRST_MONTH = monthNo('2006-01');
const LAST_MONTH = monthNo('2099-12');

/** Months whose income the dates call for: the 12 before the leave month, the 24 before the birth month. */
function shown(month: string, leaveStart: string | null | undefined, birthDate: string | null | undefined): boolean {
  const m = monthNo(month);
  const before = (date: string | null | undefined, n: number) => date != null && m >= monthNo(date) - n && m <= monthNo(date) - 1;
  return before(leaveStart, 12) || before(birthDate, 24);
}

/** An amount of the case format as a value in tiyn, written one way ("007.5" and "7.50" are both "750"). */
function tiyn(amount: string): string {
  const [int, frac = ''] = amount.split('.');
  return String(BigInt(int) * 100n + BigInt(frac.padEnd(2, '0')));
}
const withTiyn = (c: Case): Case => ({ ...c, income: { ...c.income, months: c.income.months.map((m) => ({ month: m.month, amounts: m.amounts.map(tiyn) })) } });

function parsed(input: CaseInput | null): Case {
  const r = parseCase(input);
  if (!r.ok) throw new Error(`not a case: ${JSON.stringify(r.errors)}`);
  return r.value;
}

// ---- Arbitraries: valid cases ----

const FIRST_DAY = '2008-01-01';
const LAST_DAY = '2099-12-31';
const anyDate = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: daysBetween(FIRST_DAY, LAST_DAY) }).map((n) => addDays(FIRST_DAY, n)), weight: 10 },
  { arbitrary: fc.constantFrom(FIRST_DAY, '2008-02-29', '2024-02-29', '2026-05-11', LAST_DAY), weight: 1 },
);

/** A leave start and/or a birth date; when both, the birth usually follows the leave by weeks or months. */
const dates: fc.Arbitrary<{ leaveStart?: string; birthDate?: string }> = fc.oneof(
  anyDate.map((leaveStart) => ({ leaveStart })),
  anyDate.map((birthDate) => ({ birthDate })),
  fc
    .tuple(fc.integer({ min: daysBetween(FIRST_DAY, '2008-03-01'), max: daysBetween(FIRST_DAY, '2099-06-01') }), fc.integer({ min: -60, max: 200 }))
    .map(([n, after]) => ({ leaveStart: addDays(FIRST_DAY, n), birthDate: addDays(FIRST_DAY, n + after) })),
  fc.tuple(anyDate, anyDate).map(([leaveStart, birthDate]) => ({ leaveStart, birthDate })),
);

/** Amounts of the case format: 0–2 decimals (a trailing zero sometimes), now and then leading zeros or the limit. */
const amount = fc.oneof(
  { arbitrary: fc.nat({ max: 99_999_999 }).map(String), weight: 10 },
  { arbitrary: fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`), weight: 10 },
  { arbitrary: fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}`), weight: 4 },
  { arbitrary: fc.constantFrom('0', '0.00', '0.5', '007', '000120.10', '999999999999.99', '100000000000'), weight: 1 },
);

/**
 * 0–30 distinct months from 2006-01 on, in any order: mostly around the dates (some shown, some not), some anywhere.
 * Each month has 1–3 payers.
 */
function incomeMonths(anchor: string) {
  const near = fc.integer({ min: -30, max: 4 }).map((d) => monthNo(anchor) + d);
  const anywhere = fc.integer({ min: FIRST_MONTH, max: LAST_MONTH });
  return fc
    .uniqueArray(fc.oneof({ arbitrary: near, weight: 6 }, { arbitrary: anywhere, weight: 1 }), { maxLength: 30 })
    .chain((nos) => {
      const months = nos.filter((n) => n >= FIRST_MONTH && n <= LAST_MONTH).map(monthOf);
      return fc.tuple(...months.map((month) => fc.array(amount, { minLength: 1, maxLength: 3 }).map((amounts) => ({ month, amounts }))));
    });
}

/** Leave days the case allows: for adoption 1–56 (required with a leave start); otherwise none, the standard or a shorter sheet. */
function leaveDaysFor(leaveCase: Case['leaveCase'], hasLeaveStart: boolean): fc.Arbitrary<number | undefined> {
  if (leaveCase === 'adoption') {
    const days = fc.integer({ min: 1, max: RULE.adoptionMaxDays });
    return hasLeaveStart ? days : fc.option(days, { nil: undefined });
  }
  return fc.constantFrom(undefined, RULE.standard[leaveCase], ...RULE.shorter[leaveCase]);
}

const validCase: fc.Arbitrary<Case> = fc
  .record({ dates, leaveCase: fc.constantFrom(...LEAVE_CASE_OPTIONS) })
  .chain(({ dates, leaveCase }) =>
    fc.record({
      version: fc.constantFrom(1 as const, undefined),
      payer: fc.constantFrom(...PAYER_OPTIONS),
      leaveCase: fc.constant(leaveCase),
      leaveDays: leaveDaysFor(leaveCase, dates.leaveStart !== undefined),
      birthOrder: fc.integer({ min: 1, max: 20 }),
      childrenBorn: fc.integer({ min: 1, max: 4 }),
      kind: fc.constantFrom(...INCOME_KIND_OPTIONS),
      months: incomeMonths(dates.leaveStart ?? dates.birthDate ?? FIRST_DAY),
    }).map(({ version, leaveDays, kind, months, ...rest }) => {
      const input: CaseInput = { ...rest, ...dates, income: { kind, months } };
      if (version !== undefined) input.version = version;
      if (leaveDays !== undefined) input.leaveDays = leaveDays;
      return parsed(input);
    }),
  );

/**
 * What the form sends back for a case, by the rules the form states:
 * - `version: 1` is always written;
 * - leave days go with a leave start only (a case without one is shown as "no sheet"), and the standard days of a
 *   leave case are the form's default (sent as no days at all);
 * - of the income, only the months the dates show are sent (the 12 before the leave month, the 24 before the
 *   birth month), oldest first; the others stay in the form's values but not in the case;
 * - every month sent has one amount per payer of the form: the most payers any month of the case had (shown or
 *   not, at most MAX_PAYERS), a missing amount sent as "0";
 * - amounts keep their value, written as the form writes them (compared in tiyn).
 */
function expectedBack(c: Case): Case {
  const payers = Math.min(MAX_PAYERS, Math.max(1, ...c.income.months.map((m) => m.amounts.length)));
  const months = c.income.months
    .filter((m) => shown(m.month, c.leaveStart, c.birthDate))
    .sort((a, b) => monthNo(a.month) - monthNo(b.month))
    .map((m) => ({ month: m.month, amounts: [...m.amounts, ...Array<string>(payers - m.amounts.length).fill('0')] }));
  const { leaveDays, ...rest } = c;
  const keepDays = c.leaveStart !== undefined && leaveDays !== undefined && (c.leaveCase === 'adoption' || leaveDays !== RULE.standard[c.leaveCase as StandardLeaveCase]);
  return { ...rest, version: 1, ...(keepDays ? { leaveDays } : {}), income: { kind: c.income.kind, months } };
}

describe('case → form → case', () => {
  test('a valid case comes back the same, up to the months, payers and days the form does not show', () => {
    let withMonthsSent = 0;
    let withMonthsDropped = 0;
    fc.assert(
      fc.property(validCase, (c) => {
        const form = fromCase(c);
        const { input, errors } = toCase(form);
        expect(errors).toEqual({});
        const back = parsed(input);
        const expected = expectedBack(c);
        expect(withTiyn(back)).toStrictEqual(withTiyn(expected));
        // The amounts sent are still in the case format, and the form as a whole validates.
        expect(validate(form).ok).toBe(true);
        if (expected.income.months.length > 0) withMonthsSent++;
        if (expected.income.months.length < c.income.months.length) withMonthsDropped++;
      }),
      { numRuns: 600 },
    );
    // Both sides of the month rule were exercised, not just empty incomes.
    expect(withMonthsSent).toBeGreaterThan(200);
    expect(withMonthsDropped).toBeGreaterThan(100);
  });

  test('what the form leaves out or pads changes no payment', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const back = parsed(toCase(fromCase(c)).input);
        const payments = (x: Case) => {
          const r = computeCase(x);
          return { maternity: r.maternity, childcare: r.childcare, allowances: r.allowances };
        };
        expect(payments(back)).toStrictEqual(payments(c));
      }),
      { numRuns: 150 },
    );
  });

  test('the form shows the case: dates as dd.mm.yyyy, days of a shorter or adoption sheet, every month as typed', () => {
    const c = parsed({
      leaveStart: '2026-03-02',
      birthDate: '2026-05-11',
      leaveCase: 'zone',
      leaveDays: 79,
      birthOrder: 3,
      childrenBorn: 2,
      income: { kind: 'base', months: [{ month: '2019-01', amounts: ['5', '6'] }, { month: '2026-02', amounts: ['180000.5'] }] },
    });
    const form = fromCase(c);
    expect(form).toMatchObject({ birthDate: '11.05.2026', leaveStart: '02.03.2026', leaveSource: 'sheet', leaveCase: 'zone', sheetDays: '79', adoptionDays: '' });
    expect(form).toMatchObject({ birthOrder: '3', childrenBorn: '2', incomeKind: 'base', payerCount: 2 });
    // Months the dates do not show are kept in the form's values (they come back if the dates change).
    expect(form.amounts).toEqual({ '2019-01': ['5', '6'], '2026-02': ['180000.5'] });
    expect(fromCase(parsed({ leaveStart: '2026-03-02', leaveCase: 'adoption', leaveDays: 40 }))).toMatchObject({ adoptionDays: '40', sheetDays: '' });
    expect(fromCase(parsed({ birthDate: '2026-05-11' }))).toMatchObject({ leaveSource: 'none', leaveStart: '' });
  });
});

// ---- form → case → form ----

/**
 * What a form means to the calculation, read here from the typed strings: the dates (ISO), the leave (an
 * estimate is 70 days before the birth, 91 in the zone; adoption has none), the days, the children, and the
 * amounts of the months shown with anything typed (an empty cell beside a typed one is 0).
 */
function meaning(v: FormValues) {
  const iso = (typed: string) => {
    const d = parseUserDate(typed);
    return d.ok && d.iso !== '' ? d.iso : null;
  };
  const birthDate = iso(v.birthDate);
  const zone = v.leaveCase === 'zone' || v.leaveCase === 'zone_complicated';
  const leaveStart =
    v.leaveSource === 'none' ? null : v.leaveSource === 'estimate' && v.leaveCase !== 'adoption' ? birthDate && addDays(birthDate, zone ? -91 : -70) : iso(v.leaveStart);
  const leaveDays = v.leaveSource === 'none' ? null : v.leaveCase === 'adoption' ? Number(v.adoptionDays.trim()) || null : Number(v.sheetDays) || null;
  const amounts: Record<string, string[]> = {};
  for (const [month, typed] of Object.entries(v.amounts)) {
    if (!shown(month, leaveStart, birthDate)) continue;
    const cells = Array.from({ length: v.payerCount }, (_, p) => parseAmount(typed[p] ?? ''));
    if (cells.every((a) => a.ok && a.value === '')) continue;
    amounts[month] = cells.map((a) => (a.ok && a.value !== '' ? tiyn(a.value) : '0'));
  }
  const { payer, leaveCase, incomeKind } = v;
  return { payer, leaveCase, incomeKind, birthDate, leaveStart, leaveDays, childrenBorn: Number(v.childrenBorn), birthOrder: Number(v.birthOrder), amounts };
}

const typedForms: [string, FormValues][] = [
  [
    'a sheet and a birth, amounts with spaces and commas, a month the dates do not show',
    {
      ...DEFAULT_VALUES,
      birthStatus: 'born',
      birthDate: '11.05.2026',
      leaveStart: '02.03.2026',
      amounts: {
        '2025-03': ['180 000'],
        '2025-04': ['180000,50'],
        '2025-05': ['1 250 000'],
        '2025-06': ['180\u00a0000 ₸'],
        '2025-07': [''],
        '2026-02': ['0'],
        '2019-01': ['5'],
      },
    },
  ],
  [
    'an estimate in the zone with a shorter sheet, two payers, dates typed short',
    {
      ...DEFAULT_VALUES,
      payer: 'entrepreneur',
      birthDate: '1.5.26',
      leaveSource: 'estimate',
      leaveCase: 'zone',
      sheetDays: '79',
      payerCount: 2,
      incomeKind: 'base',
      amounts: { '2025-01': ['85 000', ''], '2025-02': ['', '42 500,5'], '2025-03': ['', ''], '2025-12': ['1,250,000', '12,5'] },
    },
  ],
  [
    'adoption with its days, twins, the third child',
    {
      ...DEFAULT_VALUES,
      payer: 'self_employed_special',
      birthDate: '20/08/2025',
      leaveStart: '15.09.2025 г.',
      leaveCase: 'adoption',
      adoptionDays: ' 40 ',
      sheetDays: '56',
      childrenBorn: '2',
      birthOrder: '3',
      incomeKind: 'contributions',
      amounts: { '2024-09': ['21 000'], '2025-08': ['21000'] },
    },
  ],
  [
    'childcare only: a birth and no sheet, three payers',
    {
      ...DEFAULT_VALUES,
      payer: 'platform_worker',
      birthStatus: 'born',
      birthDate: '2026-01-31',
      leaveSource: 'none',
      leaveStart: '01.01.2030',
      payerCount: 3,
      amounts: { '2024-01': ['100 000', '200 000', '300 000'], '2025-12': ['1', '', '2,05'], '2023-12': ['7'] },
    },
  ],
];

describe('form → case → form', () => {
  test.each(typedForms)('%s', (_, v) => {
    const { input, errors } = toCase(v);
    expect(errors).toEqual({});
    const back = fromCase(parsed(input));
    expect(meaning(back)).toStrictEqual(meaning(v));
    // Dates typed the way the form writes them come back as typed.
    if (/^\d\d\.\d\d\.\d{4}$/.test(v.birthDate)) expect(back.birthDate).toBe(v.birthDate);
    if (v.leaveSource === 'sheet' && /^\d\d\.\d\d\.\d{4}$/.test(v.leaveStart)) expect(back.leaveStart).toBe(v.leaveStart);
    // The meaning is not empty: every form here has some income to carry.
    expect(Object.keys(meaning(v).amounts).length).toBeGreaterThan(0);
  });

  test('an estimated leave comes back as the sheet date it stood for', () => {
    const v: FormValues = { ...DEFAULT_VALUES, birthDate: '11.05.2026', leaveSource: 'estimate', leaveCase: 'complicated' };
    const back = fromCase(parsed(toCase(v).input));
    expect(back.leaveSource).toBe('sheet');
    expect(parseUserDate(back.leaveStart)).toEqual({ ok: true, iso: addDays('2026-05-11', -70) });
  });
});

// ---- Edge cases by hand ----

describe('edge cases', () => {
  test('an empty form makes no case, does not throw, and says which date is missing', () => {
    // The default: a sheet, with no date typed.
    const empty = toCase(DEFAULT_VALUES);
    expect(empty.errors).toEqual({ leaveStart: 'required' });
    expect(empty.input).not.toHaveProperty('leaveStart');
    expect(empty.input).not.toHaveProperty('birthDate');
    expect(empty.input?.income?.months).toEqual([]);
    expect(validate(DEFAULT_VALUES).ok).toBe(false);
    expect(tableMonths(DEFAULT_VALUES)).toEqual([]);

    // An estimate needs the birth date; with no sheet at all, the case has no date and the birth date field says so.
    expect(toCase({ ...DEFAULT_VALUES, leaveSource: 'estimate' }).errors).toEqual({ birthDate: 'required' });
    const none = validate({ ...DEFAULT_VALUES, leaveSource: 'none' });
    expect(none).toEqual({ ok: false, errors: { birthDate: 'case.no_dates' } });

    // Amounts typed before any date are kept in the form but sent nowhere.
    const typedFirst = { ...DEFAULT_VALUES, leaveSource: 'none' as const, amounts: { '2025-03': ['abc'] } };
    expect(toCase(typedFirst).errors).toEqual({});
  });

  test('a birth date alone: childcare only, with the 24 months before the birth month in the table', () => {
    const v: FormValues = { ...DEFAULT_VALUES, birthStatus: 'born', birthDate: '11.05.2026', leaveSource: 'none' };
    const { input, errors } = toCase(v);
    expect(errors).toEqual({});
    expect(input).not.toHaveProperty('leaveStart');
    expect(input).not.toHaveProperty('leaveDays');
    expect(input?.birthDate).toBe('2026-05-11');
    const months = tableMonths(v).map((m) => m.month);
    expect(months).toEqual(Array.from({ length: 24 }, (_, i) => monthOf(monthNo('2024-05') + i)));
    expect(tableMonths(v).every((m) => m.inChildcare && !m.inMaternity && !m.onLeave)).toBe(true);
    const r = validate(v);
    expect(r.ok && r.value.birthDate).toBe('2026-05-11');

    // With the default "I have a sheet" still chosen, the sheet's date is asked for.
    expect(validate({ ...v, leaveSource: 'sheet' })).toMatchObject({ ok: false, errors: { leaveStart: 'required' } });
  });

  test('adoption: days left out, out of range or not a number are errors of the adoption days field', () => {
    const adoption: FormValues = { ...DEFAULT_VALUES, leaveCase: 'adoption', leaveStart: '15.09.2025', birthDate: '01.09.2025' };
    // No days: the form sends none and the schema's error is put on the days field.
    const { input, errors } = toCase(adoption);
    expect(errors).toEqual({});
    const r = parseCase(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(['leave_days.required']);
      expect(fieldOf(r.errors[0], adoption, input!)).toBe('adoptionDays');
    }
    expect(validate(adoption)).toEqual({ ok: false, errors: { adoptionDays: 'leave_days.required' } });

    for (const days of ['0', String(RULE.adoptionMaxDays + 1), '999', 'abc', '4 0', '1.5', '-3']) {
      expect(validate({ ...adoption, adoptionDays: days }), days).toEqual({ ok: false, errors: { adoptionDays: 'leave_days.adoption_range' } });
    }
    for (const days of ['1', ` ${RULE.adoptionMaxDays} `]) {
      const ok = validate({ ...adoption, adoptionDays: days });
      expect(ok.ok && ok.value.leaveDays).toBe(Number(days));
    }
    // Adoption has no estimate: with "estimate" chosen, it is still the sheet's date that is asked for.
    expect(validate({ ...adoption, leaveSource: 'estimate', leaveStart: '', adoptionDays: '40' })).toEqual({ ok: false, errors: { leaveStart: 'required' } });
    // A shorter-sheet choice left over from another leave case does not count for adoption.
    const leftover = validate({ ...adoption, adoptionDays: '40', sheetDays: '56' });
    expect(leftover.ok && leftover.value.leaveDays).toBe(40);
  });

  test.each([
    ['180 000', '180000'],
    ['180\u00a0000', '180000'],
    ['180 000,50', '180000.50'],
    ['180000,5', '180000.50'],
    ['45 000.05', '45000.05'],
    ['1,250,000', '1250000'],
    ['1 250 000 ₸', '1250000'],
    ['  007 ', '7'],
    ['180000,00', '180000'],
  ])('amount typed %j is sent as %j', (typed, sent) => {
    const v: FormValues = { ...DEFAULT_VALUES, birthDate: '11.05.2026', leaveSource: 'none', amounts: { '2026-04': [typed] } };
    const { input, errors } = toCase(v);
    expect(errors).toEqual({});
    expect(input?.income?.months).toEqual([{ month: '2026-04', amounts: [sent] }]);
    expect(validate(v).ok).toBe(true);
  });

  test('any amount typed with grouped thousands and a decimal comma is sent as its decimal string', () => {
    const gap = fc.constantFrom(' ', '\u00a0', '\u202f');
    fc.assert(
      fc.property(fc.nat({ max: 999_999_999_999 }), fc.nat({ max: 99 }), fc.boolean(), gap, (int, cents, withCents, space) => {
        const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, space);
        const frac = String(cents).padStart(2, '0');
        const typed = withCents ? `${grouped},${frac}` : grouped;
        const v: FormValues = { ...DEFAULT_VALUES, birthDate: '11.05.2026', leaveSource: 'none', amounts: { '2025-06': [typed] } };
        const { input, errors } = toCase(v);
        expect(errors).toEqual({});
        const [sent] = input?.income?.months?.[0]?.amounts ?? [];
        expect(tiyn(sent)).toBe(String(BigInt(int) * 100n + BigInt(withCents ? cents : 0)));
        expect(sent).toMatch(/^\d{1,12}(\.\d{2})?$/);
      }),
      { numRuns: 300 },
    );
  });

  test('amounts: an empty cell beside a typed one is 0, an empty month is not sent, a bad cell is an error of that cell (sent as 0)', () => {
    const v: FormValues = {
      ...DEFAULT_VALUES,
      birthDate: '11.05.2026',
      leaveSource: 'none',
      payerCount: 2,
      amounts: { '2026-01': ['', '90 000'], '2026-02': ['', ''], '2026-03': ['1,500', '5'], '2026-04': ['−100', ''] },
    };
    const { input, errors } = toCase(v);
    expect(input?.income?.months).toEqual([
      { month: '2026-01', amounts: ['0', '90000'] },
      { month: '2026-03', amounts: ['0', '5'] },
    ]);
    expect(errors).toEqual({ 'amounts.2026-03.0': 'amount.ambiguous', 'amounts.2026-04.0': 'amount.negative' });
    expect(validate(v).ok).toBe(false);
  });
});

describe('the single payment (ЕП)', () => {
  const typed = (incomeKind: FormValues['incomeKind'], singlePayment: boolean[]): FormValues => ({
    ...DEFAULT_VALUES,
    leaveSource: 'sheet',
    leaveStart: '12.01.2026',
    incomeKind,
    payerCount: 2,
    singlePayment,
    amounts: { '2025-06': ['4500', '5000'] },
  });

  test('with contributions entered, the payers on the single payment are sent, and come back', () => {
    const { input } = toCase(typed('contributions', [true]));
    expect(input?.income?.singlePayment).toEqual([true, false]);
    const parsed = parseCase(input);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(fromCase(parsed.value).singlePayment).toEqual([true, false]);
  });

  test('with a salary entered, or no payer on it, nothing is sent: the single payment changes only how contributions are read', () => {
    expect(toCase(typed('salary', [true])).input?.income).not.toHaveProperty('singlePayment');
    expect(toCase(typed('contributions', [false, false])).input?.income).not.toHaveProperty('singlePayment');
  });
});

/**
 * Fuzzing the case schema and the core (issue: unbreakable). Whatever arrives — arbitrary JSON, hostile
 * strings in every field, valid cases with one field made odd — `calculate` answers with a result or with
 * validation errors, never an exception, and a result never holds NaN, Infinity or a negative amount.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { calculate } from './calculate';
import { addDays, daysBetween } from './dates';

const RUNS = 1000;

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '', ' ', '-0', '0', '-5', '1e309', '1e5', 'NaN', 'Infinity', '-Infinity', '0x10', '١٨٠٠٠٠', '１８００００', '180 000', '180000,50',
    '2026-02-29', '1900-01-01', '2100-01-01', '2026-13-01', '2026-00-10', '0000-00-00', '9999-12-31', '2026-03-02T00:00:00Z',
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '__proto__', 'constructor', 'toString', '\u0000', '\u202e', '💥'.repeat(50),
  ),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(null, true, false, -0, Number.MAX_SAFE_INTEGER, 1e308, -1e308),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

const month = fc.integer({ min: 2006 * 12, max: 2028 * 12 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const date = fc.integer({ min: 0, max: daysBetween('2008-01-01', '2028-12-31') }).map((n) => addDays('2008-01-01', n));
const amount = fc.oneof(fc.nat({ max: 99_999_999 }).map(String), fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`));
const validCase = fc.record({
  version: fc.constant(1),
  payer: fc.constantFrom('employee', 'entrepreneur', 'self_employed_special', 'platform_worker'),
  leaveStart: date,
  leaveCase: fc.constantFrom('normal', 'complicated', 'multiple', 'zone', 'zone_complicated'),
  birthDate: date,
  birthOrder: fc.integer({ min: 1, max: 20 }),
  childrenBorn: fc.integer({ min: 1, max: 4 }),
  income: fc.record({
    kind: fc.constantFrom('salary', 'base', 'contributions'),
    months: fc.uniqueArray(fc.record({ month, amounts: fc.array(amount, { minLength: 1, maxLength: 3 }) }), { selector: (m) => m.month, maxLength: 40 }),
  }),
});

/** The result's money fields (result.ts): decimal strings with two decimals. */
const MONEY = new Set([
  'gross', 'pension', 'net', 'averageMonthlyIncome', 'averageBeforeCap', 'sumOfBases', 'cap', 'floor', 'amount', 'base', 'monthlyGross',
  'monthlyNet', 'totalGross', 'totalNet', 'totalPension', 'amountBeforeLimits', 'birth', 'childcareMonthly', 'childcareTotal', 'birthTotal',
  'nonInsuredTotal', 'monthly', 'total',
]);

/** Money that is not two decimals, negative, NaN or infinite, and any number that is not finite. */
function moneyProblems(value: unknown, path = '', key = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === 'string') {
    if (MONEY.has(key) && !/^\d+\.\d{2}$/.test(value)) return [`${path}: ${value}`];
    return /NaN|Infinity/.test(value) ? [`${path}: ${value}`] : [];
  }
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => moneyProblems(v, `${path}.${k}`, Array.isArray(value) ? key : k));
  return [];
}

function expectWellBehaved(input: unknown) {
  const outcome = calculate(input);
  if (outcome.ok) expect(moneyProblems(outcome.result)).toEqual([]);
  else {
    expect(outcome.errors.length).toBeGreaterThan(0);
    for (const e of outcome.errors) expect(typeof e.message).toBe('string');
  }
}

describe(`fuzzing calculate (${RUNS} runs each)`, () => {
  test('arbitrary JSON never throws', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => expectWellBehaved(json)), { numRuns: RUNS });
  });

  test('a valid case with one field replaced by something hostile never throws', () => {
    const field = fc.constantFrom('version', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'income', 'extra');
    fc.assert(
      fc.property(validCase, field, hostileValue, (c, key, value) => expectWellBehaved({ ...c, [key]: value })),
      { numRuns: RUNS },
    );
  });

  test('hostile amounts and months inside the income never throw', () => {
    fc.assert(
      fc.property(validCase, fc.array(fc.record({ month: fc.oneof(month, hostileString), amounts: fc.array(fc.oneof(amount, hostileValue), { maxLength: 3 }) }), { maxLength: 6 }), (c, extra) =>
        expectWellBehaved({ ...c, income: { ...c.income, months: [...c.income.months, ...extra] } }),
      ),
      { numRuns: RUNS },
    );
  });

  test('valid cases, the whole range of dates and amounts: results are finite and never negative', () => {
    fc.assert(
      fc.property(validCase, (c) => {
        const outcome = calculate(c);
        expect(outcome.ok).toBe(true);
        if (outcome.ok) expect(moneyProblems(outcome.result)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

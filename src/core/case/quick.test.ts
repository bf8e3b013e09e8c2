/**
 * The shortcut (quick.ts) against the schema (schema.ts): whatever the shortcut accepts, the schema accepts
 * with an equal result (same fields, same values, same defaults, nothing extra); and ordinary valid cases do
 * take the shortcut, so that the comparison is not empty.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../dates';
import { quickCase } from './quick';
import { caseSchema } from './schema';

const month = fc.integer({ min: 2005 * 12, max: 2100 * 12 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const date = fc.integer({ min: -400, max: daysBetween('2008-01-01', '2100-02-01') }).map((n) => addDays('2008-01-01', n));
const amount = fc.oneof(
  { arbitrary: fc.nat({ max: 99_999_999 }).map(String), weight: 20 },
  { arbitrary: fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`), weight: 20 },
  { arbitrary: fc.tuple(fc.nat({ max: 9_999_999 }), fc.nat({ max: 9 })).map(([a, b]) => `${a}.${b}`), weight: 5 },
  { arbitrary: fc.constantFrom('0', '00012', '999999999999.99'), weight: 2 },
  { arbitrary: fc.constantFrom('1000000000000', '-5', '1e5', '12,5', ' 1', '1.', '.5'), weight: 1 },
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(undefined, null, true, 0, -0, 1, 1.5, 56, 70, 140, 184, 2, 4, 5, 20, 21, NaN, Infinity, '', '1', 'employee', 'salary', 'adoption', '__proto__', [], {}, new Map()),
  fc.double(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
);

/** Cases in the format, valid or nearly: every optional field sometimes left out, dates and amounts near the limits. */
const nearlyValid = fc.record(
  {
    version: fc.constantFrom(1, 1, 1, 2),
    payer: fc.constantFrom('employee', 'entrepreneur', 'self_employed_special', 'platform_worker'),
    leaveStart: date,
    leaveCase: fc.constantFrom('normal', 'complicated', 'multiple', 'zone', 'zone_complicated', 'adoption'),
    leaveDays: fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.constantFrom(1, 30, 56, 57, 70, 79, 93, 126, 140, 170, 184, 0, 2.5), weight: 4 }),
    birthDate: date,
    birthOrder: fc.integer({ min: 0, max: 21 }),
    childrenBorn: fc.integer({ min: 0, max: 5 }),
    income: fc.record({
      kind: fc.constantFrom('salary', 'base', 'contributions'),
      months: fc.oneof(
        { arbitrary: fc.uniqueArray(fc.record({ month, amounts: fc.array(amount, { minLength: 1, maxLength: 3 }) }), { selector: (m) => m.month, maxLength: 30 }), weight: 8 },
        { arbitrary: fc.array(fc.record({ month, amounts: fc.array(amount, { minLength: 0, maxLength: 11 }) }), { maxLength: 30 }), weight: 1 },
      ),
    }),
  },
  { requiredKeys: [] },
).map((c) => {
  // A leave-days field left undefined is left out (an explicit undefined is a case of its own, tested below).
  const { leaveDays, ...rest } = c;
  return leaveDays === undefined ? rest : { ...rest, leaveDays };
});

/** One field (at the top, in the income, in a month) replaced by something odd, or an extra field added. */
const broken = fc
  .tuple(nearlyValid, fc.constantFrom('top', 'income', 'month', 'amount', 'extra'), fc.string({ maxLength: 10 }), hostile, fc.nat())
  .map(([c, where, key, value, pick]) => {
    const copy = structuredClone(c) as Record<string, unknown> & { income?: { months: { amounts: unknown[] }[] } };
    const keys = ['version', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'income'];
    const months = copy.income?.months ?? [];
    if (where === 'top') copy[keys[pick % keys.length]] = value;
    else if (where === 'income' && copy.income) (copy.income as Record<string, unknown>)[pick % 2 === 0 ? 'kind' : 'months'] = value;
    else if (where === 'month' && months.length > 0) (months[pick % months.length] as Record<string, unknown>)[pick % 3 === 0 ? key : pick % 3 === 1 ? 'month' : 'amounts'] = value;
    else if (where === 'amount' && months.length > 0) months[pick % months.length].amounts[0] = value;
    else copy[key] = value;
    return copy;
  });

function agrees(input: unknown): boolean {
  const quick = quickCase(input);
  if (quick === null) return true;
  const parsed = caseSchema.safeParse(input);
  expect(parsed.success).toBe(true);
  expect(quick).toStrictEqual(parsed.data);
  return true;
}

describe('the shortcut past the schema', () => {
  test('whatever it accepts, the schema accepts with an equal result', () => {
    fc.assert(fc.property(nearlyValid, agrees), { numRuns: 2000 });
    fc.assert(fc.property(broken, agrees), { numRuns: 3000 });
    fc.assert(fc.property(fc.anything({ maxDepth: 3 }), agrees), { numRuns: 1000 });
  });

  test('valid cases take the shortcut, with the defaults filled in', () => {
    const c = { birthDate: '2026-05-11', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['180000', '45000.5'] }] } };
    expect(quickCase(c)).toStrictEqual({ payer: 'employee', leaveCase: 'normal', birthDate: '2026-05-11', birthOrder: 1, childrenBorn: 1, income: c.income });
    expect(quickCase({ leaveStart: '2026-03-02', leaveCase: 'adoption', leaveDays: 40 })).toStrictEqual(caseSchema.parse({ leaveStart: '2026-03-02', leaveCase: 'adoption', leaveDays: 40 }));
    // Of the nearly valid cases, the shortcut takes every one that the schema accepts.
    let accepted = 0;
    fc.assert(
      fc.property(nearlyValid, (input) => {
        const ok = caseSchema.safeParse(input).success;
        if (ok) accepted++;
        expect(quickCase(input) !== null).toBe(ok);
      }),
      // A fixed seed: the count below is a property of the generator, and an unseeded run fell under it once
      // (146 of 1 000 in CI). The other properties of this file stay unseeded.
      { numRuns: 1000, seed: 20261202 },
    );
    expect(accepted).toBeGreaterThan(150);
  });

  test('what the shortcut returns is a copy: changing the input afterwards changes nothing', () => {
    const input = { birthDate: '2026-05-11', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['180000'] }] } };
    const c = quickCase(input);
    input.income.months[0].amounts[0] = '1';
    input.income.months.push({ month: '2025-04', amounts: ['2'] });
    expect(c?.income.months).toEqual([{ month: '2025-03', amounts: ['180000'] }]);
  });

  test('the unusual goes to the schema: an explicit undefined, a class instance, an unknown or inherited key', () => {
    expect(quickCase({ birthDate: '2026-05-11', payer: undefined })).toBeNull();
    expect(quickCase(Object.assign(Object.create({ inherited: 1 }) as object, { birthDate: '2026-05-11' }))).toBeNull();
    expect(quickCase(JSON.parse('{"birthDate":"2026-05-11","__proto__":{"payer":"x"}}'))).toBeNull();
    expect(quickCase(new (class Odd {})())).toBeNull();
    expect(quickCase(new Map([['birthDate', '2026-05-11']]))).toBeNull();
    expect(quickCase([])).toBeNull();
  });
});

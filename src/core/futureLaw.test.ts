/**
 * A future law never breaks the core: with random dated values appended to the parameter tables from 2027 —
 * rates with three decimals, an odd МЗП or МРП with tiyn, other caps, multiples and coefficients — `calculate`
 * still answers every valid case with a result of well-formed amounts, and never throws. (Before issue 10, a
 * 12 % ОПВ made every 2027 case throw a RangeError in the monthly bases.)
 *
 * Each run loads the core afresh (vi.resetModules), so that the altered tables are the ones it reads.
 */
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { DatedValue, Parameter } from './params/types';

const rate = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => String(n / 1000));
const tenge = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 99 })).map(([t, c]) => `${t}.${String(c).padStart(2, '0')}`);
const multiple = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((n) => String(n / 100));

/** One future law: new values of the parameters a budget law or an amendment could change. */
const lawArb = fc.record({
  from: fc.constantFrom('2027-01-01', '2027-04-01', '2027-07-01', '2028-01-01'),
  mzp: tenge(50_001, 400_000),
  mrp: tenge(3_001, 9_999),
  opvSalary: rate(0.001, 0.3),
  opv: rate(0.001, 0.3),
  so: rate(0.001, 0.2),
  soSpecial: rate(0.001, 0.05),
  baseCap: multiple(1, 15),
  childcareCap: multiple(1, 15),
  coefficient: rate(0.1, 0.9),
  allowances: fc.array(multiple(1, 20), { minLength: 4, maxLength: 4 }),
  births: fc.array(multiple(1, 100), { minLength: 2, maxLength: 2 }),
});

const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const caseArb = fc
  .record({
    payer: fc.constantFrom('employee', 'entrepreneur', 'self_employed_special', 'platform_worker'),
    kind: fc.constantFrom('salary', 'base', 'contributions'),
    leaveMonth: fc.integer({ min: 2027 * 12, max: 2028 * 12 + 6 }),
    leaveDay: fc.integer({ min: 1, max: 28 }),
    gap: fc.integer({ min: 0, max: 3 }),
    birthOrder: fc.integer({ min: 1, max: 6 }),
    childrenBorn: fc.integer({ min: 1, max: 3 }),
    amounts: fc.array(fc.oneof(fc.constant('0'), tenge(0, 3_000_000)), { minLength: 1, maxLength: 2 }),
  })
  .map((c) => ({
    version: 1,
    payer: c.payer,
    leaveStart: `${monthOf(c.leaveMonth)}-${String(c.leaveDay).padStart(2, '0')}`,
    birthDate: `${monthOf(c.leaveMonth + c.gap)}-${String(c.leaveDay).padStart(2, '0')}`,
    birthOrder: c.birthOrder,
    childrenBorn: c.childrenBorn,
    income: { kind: c.kind, months: Array.from({ length: 28 }, (_, i) => ({ month: monthOf(c.leaveMonth + c.gap - 28 + i), amounts: c.amounts })) },
  }));

type Law = typeof lawArb extends fc.Arbitrary<infer L> ? L : never;

/** Loads a fresh core whose tables hold `law` from its date on, and returns its `calculate`. */
async function coreUnder(law: Law) {
  vi.resetModules();
  const { dec } = await import('./money');
  const wages = await import('./params/wages');
  const contributions = await import('./params/contributions');
  const benefits = await import('./params/benefits');
  const add = <T>(param: Parameter<T>, value: T) => {
    const values = param.values as DatedValue<T>[];
    const at = values.findIndex((v) => v.from >= law.from);
    if (at !== -1) values.splice(at); // the new law replaces what the tables held from its date
    values.push({ from: law.from, value, status: 'law', source: { act: 'budget_law', note: 'a future law (test)' } });
  };
  add(wages.MZP, dec(law.mzp));
  add(wages.MRP, dec(law.mrp));
  add(contributions.OPV_SALARY_RATE, dec(law.opvSalary));
  add(contributions.OPV_RATE, dec(law.opv));
  add(contributions.SO_RATE, dec(law.so));
  add(contributions.SO_RATE_SPECIAL, dec(law.soSpecial));
  add(contributions.BASE_CAP_MZP, dec(law.baseCap));
  add(benefits.CHILDCARE_CAP_MZP, dec(law.childcareCap));
  add(benefits.REPLACEMENT_COEFFICIENT, dec(law.coefficient));
  add(benefits.CHILDCARE_ALLOWANCE_MRP, law.allowances.map(dec));
  add(benefits.BIRTH_ALLOWANCE_MRP, law.births.map(dec));
  return (await import('./calculate')).calculate;
}

const MONEY = /^\d+\.\d{2}$/;
function amounts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$|NaN|Infinity/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) amounts(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) amounts(v, out);
  return out;
}

describe('a future law', () => {
  test('any new values of the tables from 2027: every valid case still gets a result, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(lawArb, fc.array(caseArb, { minLength: 3, maxLength: 3 }), async (law, cases) => {
        const calculate = await coreUnder(law);
        for (const c of cases) {
          const outcome = calculate(c);
          expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
          if (!outcome.ok) return;
          const r = outcome.result;
          for (const m of [r.maternity?.gross, r.maternity?.net, r.childcare?.totalNet, r.childcare?.monthlyGross, r.totals?.grandNet]) {
            if (m !== undefined) expect(m).toMatch(MONEY);
          }
          // What insurance adds is a difference of two sums rounded month by month: under an odd ОПВ rate the floor's
          // rounding can leave a payment a tiyn under the allowance, so it may dip below zero by tiyn, never more.
          const { totals, ...rest } = r;
          expect(amounts(rest).filter((a) => /NaN|Infinity|^-/.test(a))).toEqual([]);
          if (totals) {
            const { insuranceAdds, ...others } = totals;
            expect(amounts(others).filter((a) => /NaN|Infinity|^-/.test(a))).toEqual([]);
            const payments = (r.childcare?.months ?? 0) * (r.childcare?.children.length ?? 0);
            if (insuranceAdds !== null) expect(Number(insuranceAdds)).toBeGreaterThanOrEqual(-0.01 * payments);
          }
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

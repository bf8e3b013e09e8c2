/**
 * Tests written against the mutants StrykerJS left alive in lookup.ts (`npm run mutate`). The tables here are
 * small made-up ones where the rule of lookup.ts is the point; МЗП and МРП are read from params/wages.ts.
 * Equivalent mutants of this file are listed at the top of src/core/rules/mutants.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { knownUntil, valueOn } from './lookup';
import { OPV_RATE } from './contributions';
import { src } from './sources';
import { CoverageError, type Parameter, type Status } from './types';
import { MRP, MZP } from './wages';

const entry = (from: string, value: number, status: Status = 'law') => ({ from, value, status, source: src('budget_law', { note: 'test' }) });

describe('knownUntil', () => {
  test('a yearly table is known to the end of the year of its last value that is not a forecast', () => {
    // МЗП and МРП: budget laws up to 2026 (2027 is a forecast, МРП 2028–2029 too): known until 2026-12-31.
    expect(knownUntil(MZP as Parameter<unknown>)).toBe('2026-12-31');
    expect(knownUntil(MRP as Parameter<unknown>)).toBe('2026-12-31');
    // A statutory rate is not yearly: it has no such end.
    expect(knownUntil(OPV_RATE as Parameter<unknown>)).toBeUndefined();
  });
});

describe('valueOn', () => {
  test('an empty table covers no date', () => {
    const empty: Parameter<number> = { id: 'empty', description: 'test', unit: 'KZT', values: [] };
    expect(() => valueOn(empty, '2024-01-01')).toThrow(CoverageError);
  });

  test('a yearly value past the last budget law is carried forward, marked as a projection', () => {
    const p: Parameter<number> = { id: 'carried', description: 'test', unit: 'KZT', yearly: true, values: [entry('2020-01-01', 100)] };
    // Known until 2020-12-31: the last day of the year is known, the next is a projection of the same value.
    expect(valueOn(p, '2020-12-31')).toMatchObject({ value: 100, projected: false, status: 'law' });
    expect(valueOn(p, '2021-01-01')).toMatchObject({ value: 100, projected: true, status: 'law' });
  });

  test('a forecast value is a projection even before the table’s last known year', () => {
    // 2021 is a forecast between two budget laws: known until 2022-12-31, yet 2021 is still a forecast.
    const p: Parameter<number> = { id: 'middle', description: 'test', unit: 'KZT', yearly: true, values: [entry('2020-01-01', 1), entry('2021-01-01', 2, 'forecast'), entry('2022-01-01', 3)] };
    expect(valueOn(p, '2021-06-01')).toMatchObject({ value: 2, projected: true });
    expect(valueOn(p, '2022-06-01')).toMatchObject({ value: 3, projected: false });
  });

  test('unconfirmed values are flagged, others are not', () => {
    // МЗП 2006 (9 200) is marked unconfirmed in wages.ts; 2024 (85 000) is not.
    expect(valueOn(MZP, '2006-06-01').unconfirmed).toBe(true);
    expect(valueOn(MZP, '2024-06-01').unconfirmed).toBe(false);
  });

  test('the same entry looked up on any date is the same object (the context describes each value once)', () => {
    expect(valueOn(MZP, '2024-02-01')).toBe(valueOn(MZP, '2024-11-30'));
  });
});

import { describe, expect, test } from 'vitest';
import { BIRTH_ALLOWANCE_MRP, CHILDCARE_ALLOWANCE_MRP, CHILDCARE_PAYMENTS, MATERNITY_CAP_MZP } from './benefits';
import { BASE_CAP_MZP, OPV_RATE, SO_RATE } from './contributions';
import { knownUntil, valueOn } from './lookup';
import { ACTS } from './sources';
import { lawKnownUntil } from './known';
import { CoverageError, type Parameter } from './types';
import { MRP, MZP } from './wages';
import * as benefits from './benefits';
import * as contributions from './contributions';
import * as wages from './wages';

const ALL = ([...Object.values(benefits), ...Object.values(contributions), ...Object.values(wages)] as unknown[]).filter(
  (v): v is Parameter<unknown> => typeof v === 'object' && v !== null && 'values' in v,
);

describe('parameter tables', () => {
  test('every value has a source and a status, and the dates ascend', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(14);
    for (const p of ALL) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (let i = 0; i < p.values.length; i++) {
        const v = p.values[i];
        // A structured source: a known act (linked where it has an official text), an article or a note saying what it says.
        expect(Object.keys(ACTS), `${p.id}@${v.from}`).toContain(v.source.act);
        expect(Boolean(v.source.article) || (v.source.note ?? '').length > 3, `${p.id}@${v.from}`).toBe(true);
        // An act's article is only cited for acts that have articles.
        if (v.source.article) expect(['social_code', 'labour_code'], `${p.id}@${v.from}`).toContain(v.source.act);
        expect(['law', 'official', 'secondary', 'assumed', 'forecast']).toContain(v.status);
        // A forecast stands only for years after the last budget law: no known value follows it.
        if (v.status === 'forecast') expect(p.values.slice(p.values.indexOf(v)).every((later) => later.status === 'forecast')).toBe(true);
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (i > 0) expect(v.from > p.values[i - 1].from, `${p.id} dates ascend`).toBe(true);
      }
    }
  });

  test('the lookup picks the value in force on the date (RULES §5)', () => {
    expect(valueOn(MZP, '2008-06-30').value.toString()).toBe('10515');
    expect(valueOn(MZP, '2008-07-01').value.toString()).toBe('12025');
    expect(valueOn(MRP, '2020-03-31').value.toString()).toBe('2651');
    expect(valueOn(MRP, '2020-04-01').value.toString()).toBe('2778');
    expect(valueOn(MRP, '2022-04-01').value.toString()).toBe('3180');
    expect(valueOn(MRP, '2026-12-31').value.toString()).toBe('4325');
    expect(valueOn(SO_RATE, '2017-12-31').value.toString()).toBe('0.05');
    expect(valueOn(SO_RATE, '2018-01-01').value.toString()).toBe('0.035');
    expect(valueOn(SO_RATE, '2025-01-01').value.toString()).toBe('0.05');
    expect(valueOn(BASE_CAP_MZP, '2019-12-31').value.toString()).toBe('10');
    expect(valueOn(BASE_CAP_MZP, '2020-01-01').value.toString()).toBe('7');
    expect(valueOn(MATERNITY_CAP_MZP, '2025-04-07').value).toBeNull();
    expect(valueOn(MATERNITY_CAP_MZP, '2025-04-08').value?.toString()).toBe('7');
    expect(valueOn(CHILDCARE_PAYMENTS, '2022-01-01').value).toBe(12);
    expect(valueOn(CHILDCARE_PAYMENTS, '2022-01-02').value).toBe(18);
    expect(valueOn(CHILDCARE_ALLOWANCE_MRP, '2026-05-11').value.map(String)).toEqual(['5.76', '6.81', '7.85', '8.9']);
    expect(valueOn(BIRTH_ALLOWANCE_MRP, '2017-06-30').value.map(String)).toEqual(['31.41', '52.35']);
    expect(valueOn(BIRTH_ALLOWANCE_MRP, '2017-07-01').value.map(String)).toEqual(['38', '63']);
  });

  test('published values: 2026 allowances 24 912 (1st child) and 38 МРП = 164 350 (Ministry, 2026)', () => {
    const mrp = valueOn(MRP, '2026-01-01').value;
    expect(valueOn(CHILDCARE_ALLOWANCE_MRP, '2026-01-01').value[0].times(mrp).toString()).toBe('24912');
    expect(valueOn(BIRTH_ALLOWANCE_MRP, '2026-01-01').value[0].times(mrp).toString()).toBe('164350');
  });

  test('the values the childcare floor reads change only on the first day of a month (childcare.ts looks them up by month)', () => {
    for (const p of [MRP, CHILDCARE_ALLOWANCE_MRP, OPV_RATE] as Parameter<unknown>[]) {
      for (const v of p.values) expect(v.from.endsWith('-01'), `${p.id}@${v.from}`).toBe(true);
    }
  });

  test('dates nobody coded are refused, not guessed', () => {
    expect(() => valueOn(MZP, '2005-12-31')).toThrow(CoverageError);
    expect(() => valueOn(MATERNITY_CAP_MZP, '2007-12-31')).toThrow(CoverageError);
  });

  test('after the last budget law: the official forecast where there is one, else the last value, marked as a projection either way', () => {
    // The tables say how far they are known: the end of the year of their last value that is not a forecast.
    expect(knownUntil(MRP)).toBe('2026-12-31');
    expect(knownUntil(MZP)).toBe('2026-12-31');
    expect(lawKnownUntil).toBe('2026-12-31');
    expect(valueOn(MRP, '2026-12-31').projected).toBe(false);
    // 2027–2029: the Ministry of Labour's forecast (February 2026): МРП 4 606, 4 882, 5 126.
    const in2027 = valueOn(MRP, '2027-01-01');
    expect([in2027.value.toString(), in2027.status, in2027.projected]).toEqual(['4606', 'forecast', true]);
    expect(valueOn(MRP, '2028-06-01').value.toString()).toBe('4882');
    // After the forecast: its last value carried forward, still a projection.
    const in2031 = valueOn(MRP, '2031-01-01');
    expect([in2031.value.toString(), in2031.projected]).toEqual(['5126', true]);
    // No МЗП change was announced for 2027: 85 000, as a forecast.
    expect([valueOn(MZP, '2027-03-01').value.toString(), valueOn(MZP, '2027-03-01').status]).toEqual(['85000', 'forecast']);
    // Statutory values stay in force until the statute changes: no projection.
    expect(valueOn(CHILDCARE_PAYMENTS, '2030-01-01').projected).toBe(false);
  });

  test('adding a year takes one dated line: the known range follows the table', () => {
    const trial: Parameter<string> = { id: 'trial', description: 'trial', unit: 'KZT', yearly: true, values: [
      { from: '2026-01-01', value: '4325', status: 'law', source: { act: 'budget_law', note: '2026' } },
      { from: '2027-01-01', value: '4700', status: 'law', source: { act: 'budget_law', note: '2027' } },
      { from: '2028-01-01', value: '4900', status: 'forecast', source: { act: 'ministry', note: 'forecast' } },
    ] };
    expect(knownUntil(trial)).toBe('2027-12-31');
    expect(valueOn(trial, '2027-12-31')).toMatchObject({ value: '4700', projected: false });
    expect(valueOn(trial, '2028-01-01')).toMatchObject({ value: '4900', projected: true });
  });

  test('unconfirmed values are flagged', () => {
    expect(valueOn(MZP, '2006-05-01').unconfirmed).toBe(true);
    expect(valueOn(MRP, '2009-03-01').unconfirmed).toBe(true);
    expect(valueOn(MRP, '2009-07-01').unconfirmed).toBe(false);
  });
});

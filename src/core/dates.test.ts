import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, monthFromIndex, monthIndex, parseIsoDate, parseIsoMonth } from './dates';

describe('calendar dates', () => {
  test('only real calendar dates parse', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull(); // 1900 is not a leap year
    expect(parseIsoDate('2000-02-29')).not.toBeNull(); // 2000 is
    expect(parseIsoDate('2026-04-31')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-1-01')).toBeNull();
    expect(parseIsoMonth('2026-00')).toBeNull();
    expect(parseIsoMonth('2026-12')).toEqual({ year: 2026, month: 12 });
    for (const odd of ['2026-03-0a', '2026/03/02', '２０２６-03-02', ' 2026-03-02', '2026-03-02 ', '2026-03-2', '+026-03-02', '2026-03--2', '']) expect(parseIsoDate(odd), odd).toBeNull();
    for (const odd of ['2026-3', '2026/03', '2026-0a', '-026-03', '2026-03 ', '2026-١٢']) expect(parseIsoMonth(odd), odd).toBeNull();
  });

  // (Leap years are checked above; here the reading of the digits.)
  test('dates and months are read digit by digit exactly as a strict pattern would read them', () => {
    const char = fc.constantFrom('0', '1', '2', '9', '-', '/', ' ', 'a', '٣', '３');
    const text = (length: number) => fc.oneof(fc.array(char, { minLength: length, maxLength: length }).map((c) => c.join('')), fc.string({ maxLength: length + 1 }));
    const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
    const monthRe = /^(\d{4})-(\d{2})$/;
    fc.assert(
      fc.property(text(10), text(7), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (d, m, y, mo, day) => {
        const p = (n: number, w: number) => String(n).padStart(w, '0');
        for (const t of [d, `${p(y, 4)}-${p(mo, 2)}-${p(day, 2)}`]) {
          const r = dateRe.exec(t);
          const ok = r !== null && Number(r[2]) >= 1 && Number(r[2]) <= 12 && Number(r[3]) >= 1 && Number(r[3]) <= daysInMonth(Number(r[1]), Number(r[2]));
          expect(parseIsoDate(t) !== null, t).toBe(ok);
        }
        for (const t of [m, `${p(y, 4)}-${p(mo, 2)}`]) {
          const r = monthRe.exec(t);
          expect(parseIsoMonth(t) !== null, t).toBe(r !== null && Number(r[2]) >= 1 && Number(r[2]) <= 12);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('months as indices round-trip', () => {
    expect(monthIndex('2026-03-02')).toBe(2026 * 12 + 2);
    expect(monthFromIndex(monthIndex('2026-01') - 1)).toBe('2025-12');
  });

  test('adding months keeps the day, or the month\u2019s last day when it has fewer', () => {
    expect(addMonths('2026-05-11', 18)).toBe('2027-11-11');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });

  test('day arithmetic crosses months, years and leap days', () => {
    expect(addDays('2026-03-02', 125)).toBe('2026-07-05'); // 126 days of leave end on the 126th day
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-02', '2026-05-11')).toBe(70);
    expect(daysBetween('2008-01-01', '2027-01-01')).toBe(6940);
  });
});

import { describe, expect, test } from 'vitest';
import { addDays, addMonths, daysBetween, monthFromIndex, monthIndex, parseIsoDate, parseIsoMonth } from './dates';

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

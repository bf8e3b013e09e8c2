import { describe, expect, test } from 'vitest';
import { formatDate, formatMoney, formatMonth } from './format';

// Node has full ICU; the same strings are produced by the fallback where a browser lacks Kazakh data.
describe('formatting with Intl (kk-KZ, ru-KZ)', () => {
  test('money in tenge, tiyn only when there are any', () => {
    expect(formatMoney('680400.00', 'ru')).toBe('680\u00a0400\u00a0₸');
    expect(formatMoney('32725.83', 'kk')).toBe('32\u00a0725,83\u00a0₸');
    expect(formatMoney('1190000.50', 'kk')).toBe('1\u00a0190\u00a0000,50\u00a0₸');
  });
  test('dates and months', () => {
    // The year and its mark never part at a line end: a no-break space (U+00A0) joins them.
    expect(formatDate('2026-03-02', 'ru')).toBe('2 марта 2026\u00a0г.');
    expect(formatDate('2026-03-02', 'kk')).toBe('2026\u00a0ж. 2 наурыз');
    expect(formatMonth('2026-12', 'kk')).toBe('2026\u00a0ж. желтоқсан');
    expect(formatMonth('2026-12', 'ru')).toBe('декабрь 2026\u00a0г.');
  });
});

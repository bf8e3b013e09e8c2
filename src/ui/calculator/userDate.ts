/**
 * Dates as people in Kazakhstan write them: 02.03.2026 (also 2.3.2026, 02/03/2026, 02-03-2026, 2 3 26,
 * 02032026, 020326, 02.03.2026 г., 02.03.2026 ж.), or ISO 2026-03-02. Returns the ISO date, or why it is
 * not one. `typeDate` puts the dots in while a date is typed digit by digit.
 */
import { parseIsoDate } from '../../core/light';
import { asciiDigits, withoutZeroWidth } from './amounts';

export type UserDate = { ok: true; iso: string } | { ok: false; error: 'date.format' | 'date.impossible' } | { ok: true; iso: '' };

/** «г.», «года» (Russian), «ж.», «жыл» (Kazakh) after the year. */
const YEAR_WORD = /(\d)\s*(?:года|жыл|г|ж)\.?$/iu;
/** Day, month and year between any separators: `11.05.2026`, `11/05/26`, `11 - 05 - 2026`, `11,05,2026`, `11\05\2026`. */
const DAY_MONTH_YEAR = /^(\d{1,2})[./\-\s,\\]+(\d{1,2})[./\-\s,\\]+(\d{4}|\d{2})$/;

export function parseUserDate(raw: string): UserDate {
  const text = asciiDigits(withoutZeroWidth(raw)).trim().replace(YEAR_WORD, '$1');
  if (text === '') return { ok: true, iso: '' };
  let m = DAY_MONTH_YEAR.exec(text) ?? /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(text);
  let year: string, month: string, day: string;
  if (m) [, day, month, year] = m;
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [, year, month, day] = m;
  else return { ok: false, error: 'date.format' };
  // A two-digit year is of this century: nobody born or on leave in 19xx is counted here.
  if (year.length === 2) year = `20${year}`;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseIsoDate(iso) ? { ok: true, iso } : { ok: false, error: 'date.impossible' };
}

/**
 * The dots of dd.mm.yyyy, put in as the day and the month are complete: `11` → `11.`, `110` → `11.0`,
 * `11052026` → `11.05.2026`. Only while characters are added at the end and the text is digits and dots:
 * deleting, editing in the middle, or writing another form (`/`, ISO, letters) is left as it is.
 */
export function typeDate(previous: string, next: string): string {
  if (next.length <= previous.length || !next.startsWith(previous) || !/^[\d.]+$/.test(next)) return next;
  let out = '';
  let part = 0; // 0 day, 1 month, 2 year
  let digits = 0; // of the part
  for (const ch of next) {
    if (ch === '.') {
      // A typed dot ends a day or month of one digit; no dot at the start, after a dot, or in the year.
      if (digits > 0 && part < 2) {
        out += '.';
        part++;
        digits = 0;
      }
      continue;
    }
    if (part === 2 && digits === 4) break;
    out += ch;
    digits++;
    if (part < 2 && digits === 2) {
      out += '.';
      part++;
      digits = 0;
    }
  }
  return out;
}

/** 2026-03-02 → 02.03.2026, as the form shows it. */
export function toUserDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

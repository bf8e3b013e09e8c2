/**
 * Dates as people in Kazakhstan write them: 02.03.2026 (also 2.3.2026, 02/03/2026, 02-03-2026), or ISO
 * 2026-03-02. Returns the ISO date, or why it is not one.
 */
import { parseIsoDate } from '../../core/dates';

export type UserDate = { ok: true; iso: string } | { ok: false; error: 'date.format' | 'date.impossible' } | { ok: true; iso: '' };

export function parseUserDate(raw: string): UserDate {
  const text = raw.trim();
  if (text === '') return { ok: true, iso: '' };
  let m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
  let year: string, month: string, day: string;
  if (m) [, day, month, year] = m;
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [, year, month, day] = m;
  else return { ok: false, error: 'date.format' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseIsoDate(iso) ? { ok: true, iso } : { ok: false, error: 'date.impossible' };
}

/** 2026-03-02 → 02.03.2026, as the form shows it. */
export function toUserDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

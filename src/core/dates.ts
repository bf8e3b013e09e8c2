/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`), without time zones and without a
 * clock: every date comes in as an input. A month is handled as an integer index (year × 12 + month − 1)
 * so that windows are simple ranges.
 */

export type IsoDate = string;
export type IsoMonth = string;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The number written by the ASCII digits of `text` from `start` to `end` (exclusive), or -1 if any is not one. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Parses a real calendar date (no 2026-02-29, no 2026-13-01), or returns null. */
export function parseIsoDate(text: string): DateParts | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function parseIsoMonth(text: string): { year: number; month: number } | null {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  if (year < 0 || month < 1 || month > 12) return null;
  return { year, month };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatDate(p: DateParts): IsoDate {
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

function partsOf(date: IsoDate): DateParts {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a calendar date: ${date}`);
  return p;
}

/** Month index of a date or a month: year × 12 + (month − 1). */
export function monthIndex(dateOrMonth: string): number {
  return digits(dateOrMonth, 0, 4) * 12 + digits(dateOrMonth, 5, 7) - 1;
}

export function monthFromIndex(index: number): IsoMonth {
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/** The first day of a month given by its index. */
export function firstDayOfMonthIndex(index: number): IsoDate {
  return `${monthFromIndex(index)}-01`;
}

/**
 * The same day `months` months later; a day that the target month lacks becomes its last day
 * (2024-01-31 + 1 month = 2024-02-29), as a period counted in months ends on the corresponding date.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = partsOf(date);
  const index = p.year * 12 + p.month - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/** Days since 1970-01-01 (proleptic Gregorian), for day arithmetic without Date objects. */
function dayNumber(p: DateParts): number {
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (p.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + p.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatDate(fromDayNumber(dayNumber(partsOf(date)) + days));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(partsOf(b)) - dayNumber(partsOf(a));
}

/**
 * CSV in and out, as Excel and 1C write and read it in a Kazakh or Russian locale: `;` (or `,`, or a tab)
 * between fields, quoted fields, UTF-8 with or without a byte order mark, or Windows-1251. Parsing and writing
 * are papaparse's; this module only decides the encoding and how typed cells are written.
 */
import Papa from 'papaparse';
import { toUserDate } from '../ui/calculator/userDate';
import type { TypedCell } from './export';
import { readTable, type Table } from './table';

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1251' | 'utf-16' } | { ok: false; key: 'file.utf16' | 'file.binary' };

/**
 * Text from a file's bytes. UTF-8 (a BOM is dropped); bytes that are not UTF-8 are Windows-1251, the 8-bit
 * Cyrillic code page of Excel and 1C. UTF-16 ("Unicode text" in Excel) is read where `utf16` is allowed
 * (the page) and refused otherwise (the command line's output is UTF-8 only).
 */
export function decodeBytes(bytes: Uint8Array, { utf16 = true } = {}): Decoded {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    if (!utf16) return { ok: false, key: 'file.utf16' };
    return { ok: true, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'utf-16' };
  }
  // Zero bytes: UTF-16 without a mark, or not text at all (an XLSX chosen as CSV is a zip and starts with PK).
  if (bytes.subarray(0, 4096).includes(0)) return { ok: false, key: 'file.binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // A UTF-8 file with a stray byte or two (a cell pasted from a Windows-1251 file) stays UTF-8: its Cyrillic letters,
    // two bytes each in UTF-8, far outnumber the bytes that are not UTF-8. A Windows-1251 file has no such letters.
    const loose = new TextDecoder('utf-8').decode(bytes);
    const broken = loose.split('\uFFFD').length - 1;
    const cyrillic = (loose.match(/[\u0400-\u04ff]/g) ?? []).length;
    if (cyrillic > 20 * broken) return { ok: true, text: loose, encoding: 'utf-8' };
    return { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/**
 * The separator of a CSV: of tab, `;` and `,`, the one a single line (among the first twenty) holds most of,
 * outside quotes. The header has the most separators of any line; a title line above it («Список сотрудников,
 * ТОО …») holds a stray comma, and amounts with decimal commas hold fewer commas than the line has separators.
 */
export function csvDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '').slice(0, 20);
  let best = { d: ';', n: 0 };
  for (const line of lines) {
    const outside = line.replace(/"(?:[^"]|"")*"/g, '');
    for (const d of ['\t', ';', ',']) {
      const n = outside.split(d).length - 1;
      if (n > best.n) best = { d, n };
    }
  }
  return best.d;
}

export interface CsvRead {
  rows: string[][];
  /** The row (from 1) where a quoted field is not closed, or closed in the middle of text: the rest cannot be trusted. */
  quoteError: number | null;
}

/**
 * The rows of a CSV text (or of tab-separated text pasted from a spreadsheet), each a list of cells. Line ends
 * are made one kind first: a file with both CRLF and a bare LF (edited by hand, or joined from two exports) would
 * otherwise keep the odd line end inside a field and run two employees together.
 */
export function readCsv(text: string): CsvRead {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(clean, { delimiter: csvDelimiter(clean), newline: '\n', skipEmptyLines: false });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  return { rows: parsed.data, quoteError: quote ? (quote.row ?? 0) + 1 : null };
}

/** The rows of a CSV text (see readCsv), its quote errors aside. */
export function parseCsv(text: string): string[][] {
  return readCsv(text).rows;
}

/** A CSV's table; an unclosed quote stops it (the rows after it would be read wrong). */
export function csvTable(text: string): Table {
  const csv = readCsv(text);
  const table = readTable(csv.rows);
  if (csv.quoteError === null) return table;
  return { ...table, rows: [], blocking: [{ row: csv.quoteError, column: '', key: 'table.quote' }, ...table.blocking] };
}

export type CsvStyle = 'excel' | 'plain';

/**
 * A typed cell as CSV text. `excel` writes what a Kazakh or Russian Excel reads as a number or a date: a
 * decimal comma and no thousands separator (612360,00), dates dd.mm.yyyy. `plain` (the command line) writes
 * the case format's forms: 612360.00 and 2026-06-05.
 */
export function csvText(cell: TypedCell, style: CsvStyle): string {
  if (cell === null) return '';
  switch (cell.type) {
    case 'text':
      return cell.value;
    case 'count':
    case 'number':
      return style === 'excel' ? String(cell.value).replace('.', ',') : String(cell.value);
    case 'money':
      return style === 'excel' ? cell.value.replace('.', ',') : cell.value;
    case 'date':
      return style === 'excel' ? toUserDate(cell.value) : cell.value;
  }
}

// Text starting like a formula gets an apostrophe, also when it holds a line break (papaparse's own `true`
// pattern, /^[=+\-@\t\r].*$/, does not span one, so "=HYPERLINK(…,\n…)" would pass).
const options = (style: CsvStyle) => ({ delimiter: style === 'excel' ? ';' : ',', newline: style === 'excel' ? '\r\n' : '\n', escapeFormulae: /^[=+\-@\t\r]/ });

/** One line of a CSV file, with its line break: for writing a long file line by line. */
export function csvLine(cells: readonly (TypedCell | string)[], style: CsvStyle): string {
  const texts = cells.map((c) => (typeof c === 'string' ? c : csvText(c, style)));
  return `${Papa.unparse([texts], options(style))}${options(style).newline}`;
}

/**
 * A whole CSV file. `excel`: `;` between fields, CRLF, and a UTF-8 byte order mark, which is how Excel knows the
 * file is UTF-8 (without it, a Cyrillic name opens as mojibake). Text that starts like a formula (= + - @) is
 * written with a leading apostrophe, so that opening the file runs nothing.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly TypedCell[])[], style: CsvStyle): string {
  const body = [csvLine(header, style), ...rows.map((r) => csvLine(r, style))].join('');
  return style === 'excel' ? `\uFEFF${body}` : body;
}

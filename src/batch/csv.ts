/**
 * CSV in and out, as Excel and 1C write and read it in a Kazakh or Russian locale: `;` (or `,`, or a tab)
 * between fields, quoted fields, UTF-8 with or without a byte order mark, or Windows-1251. Parsing and writing
 * are papaparse's; this module only decides the encoding and how typed cells are written.
 */
import Papa from 'papaparse';
import type { TypedCell } from './export';

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
    return { ok: true, text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/**
 * The separator of a CSV, judged by its first line with any text (the header, whose names rarely hold one):
 * the most frequent of tab, `;` and `,` outside quotes. Amounts with decimal commas further down would mislead
 * a guess made from the data rows.
 */
export function csvDelimiter(text: string): string {
  const first = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const outside = first.replace(/"(?:[^"]|"")*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  const best = ['\t', ';', ','].map((d) => ({ d, n: count(d) })).sort((a, b) => b.n - a.n)[0];
  return best.n > 0 ? best.d : ';';
}

/** The rows of a CSV text (or of tab-separated text pasted from a spreadsheet), each a list of cells. */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(clean, { delimiter: csvDelimiter(clean), skipEmptyLines: false }).data;
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
      return style === 'excel' ? cell.value.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1') : cell.value;
  }
}

const options = (style: CsvStyle) => ({ delimiter: style === 'excel' ? ';' : ',', newline: style === 'excel' ? '\r\n' : '\n', escapeFormulae: true });

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

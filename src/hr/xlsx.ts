/**
 * .xlsx in and out for the HR workbench, in the browser (and in Node for the tests).
 *
 * - Reading: read-excel-file (catamphetamine; maintained, small, no dependencies with known advisories, unlike
 *   npm's `xlsx` 0.18.5, which has unfixed ones) through its `/universal` entry: it runs in both places and,
 *   unlike `/browser`, does not bring in `worker-f`.
 * - Both libraries zip with fflate's asynchronous `unzip`/`zip`, which start a Worker from a `blob:` URL for a
 *   big part (read: over 512 kB inflated; write: over 160 kB). The page's CSP (`worker-src 'self'`) blocks that
 *   worker and the promise never settles. So the file is unzipped here with the synchronous `unzipSync` and
 *   handed on as a *stored* (uncompressed) zip, which read-excel-file copies without inflating: never a worker.
 * - Writing: write-excel-file has no way around its asynchronous `zip` (under the CSP it hangs on a sheet of a
 *   few thousand cells), so the few XML parts of a workbook are written here and zipped with `zipSync`.
 *   fflate is what both libraries use already; nothing here uses eval or `new Function`.
 */
import { unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';

/** A cell as read from the first sheet: text, a number, a boolean, a date (a JS Date at UTC midnight for a date cell), or null for an empty cell. */
export type SheetCell = string | number | boolean | Date | null;

/** Thrown by `readFirstSheet` for a file that is not an .xlsx workbook. */
export class NotXlsxError extends Error {
  /** 'XLS_OR_ENCRYPTED': an old binary .xls, or a password-protected workbook (both are OLE2 files). */
  readonly code: 'NOT_XLSX' | 'XLS_OR_ENCRYPTED';
  constructor(code: NotXlsxError['code'], options?: ErrorOptions) {
    super(code === 'NOT_XLSX' ? 'Not an .xlsx file' : 'An .xls or password-protected file: save it as a plain .xlsx', options);
    this.name = 'NotXlsxError';
    this.code = code;
  }
}

/**
 * Formula cells of the first sheet that hold no value. Excel always stores a formula's last value; files written by
 * scripts (openpyxl, some generators) may not, and such a cell would read as empty — a month without income.
 */
export class FormulasWithoutValuesError extends Error {
  constructor(readonly cells: string[]) {
    super(`formulas without a stored value: ${cells.slice(0, 5).join(', ')}`);
    this.name = 'FormulasWithoutValuesError';
  }
}

function formulasWithoutValues(parts: Record<string, Uint8Array>): string[] {
  const text = (name: string) => (parts[name] ? new TextDecoder().decode(parts[name]) : '');
  const firstSheetId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(text('xl/workbook.xml'))?.[1];
  const rels = text('xl/_rels/workbook.xml.rels');
  const target = firstSheetId ? new RegExp(`<Relationship\\b[^>]*Id="${firstSheetId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${firstSheetId}"`).exec(rels)?.[1] : undefined;
  if (!target) return [];
  const sheet = text(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  const out: string[] = [];
  for (const m of sheet.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
    if (/<f[\s>/]/.test(m[2]) && !/<v[\s>]/.test(m[2])) out.push(/\br="([A-Z]+\d+)"/.exec(m[1])?.[1] ?? '?');
  }
  return out;
}

/** The workbook's sheets in order, and whether the first is hidden (the first is the one read, hidden or not). */
export function sheetsOf(data: ArrayBuffer): { names: string[]; firstHidden: boolean } {
  try {
    const parts = unzipSync(new Uint8Array(data), { filter: ({ name }) => name === 'xl/workbook.xml' });
    const xml = parts['xl/workbook.xml'] ? new TextDecoder().decode(parts['xl/workbook.xml']) : '';
    const sheets = [...xml.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => m[1]);
    const names = sheets.map((attrs) => unescapeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? ''));
    return { names, firstHidden: sheets.length > 0 && /\bstate="(?:hidden|veryHidden)"/.test(sheets[0]) };
  } catch {
    return { names: [], firstHidden: false };
  }
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Reads the FIRST sheet of an .xlsx file into rows of cells (header row included), as Excel stores them: numbers as numbers, date cells as Dates. */
export async function readFirstSheet(data: ArrayBuffer | Blob): Promise<SheetCell[][]> {
  const bytes = new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: ({ name }) => name.endsWith('.xml') || name.endsWith('.rels') });
  } catch (cause) {
    const ole2 = [0xd0, 0xcf, 0x11, 0xe0].every((b, i) => bytes[i] === b);
    throw new NotXlsxError(ole2 ? 'XLS_OR_ENCRYPTED' : 'NOT_XLSX', { cause });
  }
  if (!parts['[Content_Types].xml'] || !parts['_rels/.rels']) throw new NotXlsxError('NOT_XLSX');
  const missing = formulasWithoutValues(parts);
  if (missing.length > 0) throw new FormulasWithoutValuesError(missing);
  const stored = zipSync(parts, { level: 0 });
  // `trim: false`: text comes back as stored (the caller trims). The library's type says `typeof Date` for a date cell; it is a Date.
  const rows = await readSheet(stored.slice().buffer, 1, { trim: false });
  return rows as unknown as SheetCell[][];
}

export type OutCell =
  | { type: 'text'; value: string }
  | { type: 'money'; value: string } // a decimal string like "612360.00": written as a NUMBER cell with number format '#,##0.00'
  | { type: 'count'; value: number } // a whole number, number format '0'
  | { type: 'date'; value: string } // ISO 'YYYY-MM-DD': written as a real Excel DATE cell, format 'dd.mm.yyyy'
  | null; // empty cell
export interface OutSheet {
  name: string;
  columns: { header: string; width?: number }[];
  rows: OutCell[][];
}

const MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Indexes into cellXfs of styles.xml below. */
const S = { bold: 1, money: 2, count: 3, date: 4 } as const;
const STYLES = `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="0"/><numFmt numFmtId="166" formatCode="dd.mm.yyyy"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** An .xlsx workbook with the given sheets (first sheet first); header row bold; returns a Blob of type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet. */
export async function writeWorkbook(sheets: OutSheet[]): Promise<Blob> {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  checkSheetNames(sheets.map((s) => s.name));
  const n = sheets.map((_, i) => i + 1);
  const utf8 = new TextEncoder();
  const files: Record<string, string> = {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${n.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="${PKG_REL}">${n.map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')}<Relationship Id="rId${n.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet)));
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, utf8.encode(xml)])));
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: MIME });
}

function sheetXml({ columns, rows }: OutSheet): string {
  const cols = columns
    .map((c, i) => (c.width && c.width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>` : ''))
    .join('');
  const header = `<row r="1">${columns.map((c, i) => textCell(ref(i, 0), c.header, S.bold)).join('')}</row>`;
  const body = rows.map((row, r) => `<row r="${r + 2}">${row.map((cell, c) => cellXml(cell, ref(c, r + 1))).join('')}</row>`);
  return `${XML}<worksheet xmlns="${MAIN}">${cols && `<cols>${cols}</cols>`}<sheetData>${header}${body.join('')}</sheetData></worksheet>`;
}

function cellXml(cell: OutCell, at: string): string {
  switch (cell?.type) {
    case undefined:
      return '';
    case 'text':
      return textCell(at, cell.value);
    case 'money':
      if (!/^-?\d+(\.\d+)?$/.test(cell.value)) throw new Error(`${at}: not a money amount: "${cell.value}"`);
      return `<c r="${at}" s="${S.money}"><v>${Number(cell.value)}</v></c>`;
    case 'count':
      if (!Number.isSafeInteger(cell.value)) throw new Error(`${at}: not a whole number: ${cell.value}`);
      return `<c r="${at}" s="${S.count}"><v>${cell.value}</v></c>`;
    case 'date':
      return `<c r="${at}" s="${S.date}"><v>${excelDay(cell.value, at)}</v></c>`;
  }
}

function textCell(at: string, text: string, style?: number): string {
  // `_xHHHH_` is Excel's escape for characters XML 1.0 cannot hold (and CR, which XML turns into LF); a literal one is escaped in turn.
  const escaped = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\0-\x08\x0B-\x1F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return `<c r="${at}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(escaped)}</t></is></c>`;
}

/** The Excel serial day of an ISO date: days since 1899-12-30 (right from 1900-03-01, after Excel's phantom 1900-02-29). */
function excelDay(iso: string, at: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const time = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || new Date(time).toISOString().slice(0, 10) !== iso || iso < '1900-03-01') throw new Error(`${at}: not a date: "${iso}"`);
  return time / 86_400_000 + 25_569;
}

/** "A1"-style reference of a zero-based column and row. */
function ref(column: number, row: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Excel's rules: 1 to 31 characters, none of []:*?/\, no apostrophe at either end, unique regardless of case. */
function checkSheetNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLocaleLowerCase();
    if (!/^[^[\]:*?/\\]{1,31}$/.test(name) || name.startsWith("'") || name.endsWith("'") || seen.has(key)) {
      throw new Error(`Not a usable sheet name: "${name}"`);
    }
    seen.add(key);
  }
}

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

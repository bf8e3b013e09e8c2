/**
 * A file or a paste as a table (src/batch/table.ts): CSV (any encoding Excel or 1C writes), XLSX (the first
 * sheet, loaded only when an XLSX comes), or JSON in the case format — a case or an array, as the command line
 * takes it, each case a row whose problems name the case format's fields.
 */
import { csvTable, decodeBytes } from '../batch/csv';
import { readTable, type Cell, type Table, type TableRow } from '../batch/table';
import type { InputKind } from './protocol';

export type ReadOutcome = { ok: true; table: Table; encoding?: string } | { ok: false; key: string; detail?: string };

/** The kind of a file by its name, then by its first bytes (a zip is an XLSX; `{` or `[` is JSON). */
export function kindOf(name: string, head: Uint8Array): InputKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  // An old .xls (or a password-protected .xlsx) goes the XLSX way too, to be told so precisely.
  const zipOrOle2 = (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
  // A web or 1C «.xls» is often text (HTML, CSV) under that name: read as text unless it is a zip or an old workbook.
  if (zipOrOle2 || ext === 'xlsx') return 'xlsx';
  if (ext === 'json' || ext === 'ndjson') return 'json';
  const first = new TextDecoder().decode(head.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

export function jsonTable(text: string): ReadOutcome {
  const clean = text.replace(/^\uFEFF/, '');
  let list: unknown[];
  try {
    const input: unknown = JSON.parse(clean);
    list = Array.isArray(input) ? input : [input];
  } catch (e) {
    // NDJSON, as the command line's --ndjson reads it: one case per line.
    const lines = clean.split(/\r?\n/).filter((l) => l.trim() !== '');
    try {
      if (lines.length < 2) throw e;
      list = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      return { ok: false, key: 'file.json', detail: (e as Error).message };
    }
  }
  const rows: TableRow[] = list.map((one, i) => ({
    row: i + 1,
    id: `#${i + 1}`,
    input: one as TableRow['input'],
    problems: [],
    cells: [JSON.stringify(one)],
  }));
  // The schema's paths are the columns: `leaveStart`, `income.months[3].amounts[0]` (src/batch/batch.ts).
  return { ok: true, table: { header: ['case'], rows, blocking: rows.length === 0 ? [{ row: 1, column: '', key: 'table.empty' }] : [], notices: [], columns: [] } };
}

export async function readInput(kind: InputKind, data: ArrayBuffer | string): Promise<ReadOutcome> {
  if (kind === 'xlsx') {
    try {
      const { readFirstSheet, sheetsOf } = await import('./xlsx');
      const sheet: Cell[][] = await readFirstSheet(data as ArrayBuffer);
      const table = readTable(sheet);
      // Only the first sheet is read: when it holds no table and others exist, say so (a hidden or empty first sheet).
      const sheets = sheetsOf(data as ArrayBuffer);
      const noTable = table.blocking.some((p) => p.key === 'table.empty' || p.key === 'table.no_header');
      if (noTable && (sheets.names.length > 1 || sheets.firstHidden)) {
        const key = sheets.firstHidden ? 'file.first_sheet_hidden' : 'file.first_sheet';
        return { ok: true, table: { ...table, blocking: [{ row: 1, column: '', key, params: { name: sheets.names[0] ?? '' } }, ...table.blocking] } };
      }
      return { ok: true, table };
    } catch (e) {
      if (e instanceof Error && e.name === 'FormulasWithoutValuesError') {
        const cells = (e as Error & { cells: string[] }).cells;
        return { ok: false, key: 'file.formulas', detail: `${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ` (+${cells.length - 5})` : ''}` };
      }
      if (e instanceof Error && e.name === 'NotXlsxError') return { ok: false, key: (e as Error & { code: string }).code === 'NOT_XLSX' ? 'file.not_xlsx' : 'file.xls' };
      return { ok: false, key: 'file.xlsx', detail: (e as Error).message };
    }
  }
  let text: string;
  let encoding: string | undefined;
  if (typeof data === 'string') text = data;
  else {
    const decoded = decodeBytes(new Uint8Array(data));
    if (!decoded.ok) return { ok: false, key: decoded.key };
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (kind === 'json') return jsonTable(text);
  return { ok: true, table: csvTable(text), encoding };
}

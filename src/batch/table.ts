/**
 * An HR table (rows of cells from a CSV, an XLSX sheet or a paste) read into cases of the case format, one per
 * employee. Cells are read as people write them (`180 000,50`, `02.03.2026`, the Kazakh or Russian word for a
 * value); what cannot be read is a problem of its row and column, never a guess. The case is then checked by
 * the core's schema like any other (./batch.ts).
 */
import type { CaseInput } from '../core';
import { parseAmount, type AmountError } from '../ui/calculator/amounts';
import { parseUserDate, toUserDate } from '../ui/calculator/userDate';
import { booleanValue, enumValue, FIXED_COLUMNS, headerMeaning, normalName, type FixedColumn, type HeaderMeaning } from './columns';

/** A cell as a file gives it: text (CSV, paste), or a number, a boolean or a date (XLSX); null when empty. */
export type Cell = string | number | boolean | Date | null;

/** The keys of the table's own messages (the case format's are the core's CASE_MESSAGES). */
export type TableMessageKey =
  | 'table.empty'
  | 'table.no_header'
  | 'table.column_twice'
  | 'table.month_column'
  | 'table.ignored_column'
  | 'table.no_id'
  | 'table.too_many_rows'
  | 'table.value'
  | 'table.whole_number'
  | 'table.boolean'
  | 'table.date_number'
  | 'table.blank_header'
  | 'table.no_months'
  | 'table.extra_cells'
  | 'table.quote'
  | 'table.date_slash'
  | 'table.totals_row'
  | AmountError;

export interface TableProblem {
  /** The row in the file, counted from 1 as a spreadsheet shows it (the header is usually row 1). */
  row: number;
  /** The column's header as the file writes it; empty for the row as a whole. */
  column: string;
  /** A message key: the table's (TableMessageKey) or the case format's (CaseMessageKey). */
  key: string;
  params?: Record<string, string>;
}

export interface TableRow {
  row: number;
  /** The employee's name or personnel number as written (may be empty). */
  id: string;
  /** The case read from the row; valid only when `problems` is empty and the schema agrees. */
  input: CaseInput;
  problems: TableProblem[];
  /** The row's cells as read, for the export's input columns. */
  cells: Cell[];
}

export interface Table {
  /** The header cells as written. */
  header: string[];
  rows: TableRow[];
  /** Problems of the file as a whole that stop every row from being computed (a month column misnamed…). */
  blocking: TableProblem[];
  /** What was noticed and left out, said so (a column that is not read…). */
  notices: TableProblem[];
  /** Which column is which, by index, for mapping the schema's paths back to columns. */
  columns: HeaderMeaning[];
}

/** The words of a totals line. */
const TOTALS = new Set(['итого', 'итого:', 'всего', 'барлығы', 'жиыны', 'барлыгы', 'total'].map((w) => normalName(w)));

/** The most employees one file may hold (the page and the command line alike). */
export const MAX_ROWS = 100_000;

const isBlank = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A cell as text, as the file shows it (a date cell as dd.mm.yyyy). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : toUserDate(cell.toISOString().slice(0, 10));
  return String(cell).trim();
}

type Read<T> = { ok: true; value: T } | { ok: false; key: TableMessageKey | 'date.format' | 'date.impossible'; params?: Record<string, string> };

/** An amount: text as people write it, or an XLSX number (a binary float, taken to the tiyn it stands for). */
export function readAmount(cell: Cell): Read<string> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, key: 'amount.format' };
    if (cell < 0) return { ok: false, key: 'amount.negative' };
    const tiyn = Math.round(cell * 100);
    // A float that is not a whole number of tiyn (45000.123) is not rounded silently.
    if (Math.abs(cell * 100 - tiyn) > 1e-6 * Math.max(1, Math.abs(cell))) return { ok: false, key: 'amount.precision' };
    if (tiyn >= 1e14) return { ok: false, key: 'amount.too_large' };
    const text = (tiyn / 100).toFixed(2);
    return { ok: true, value: text.endsWith('.00') ? text.slice(0, -3) : text };
  }
  if (typeof cell === 'boolean' || cell instanceof Date) return { ok: false, key: 'amount.format' };
  const parsed = parseAmount(cell ?? '');
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, key: parsed.error };
}

/** A date: dd.mm.yyyy, ISO or the other ways the form reads, or an XLSX date cell (a Date at UTC midnight). */
export function readDate(cell: Cell): Read<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, key: 'date.impossible' };
    return { ok: true, value: cell.toISOString().slice(0, 10) };
  }
  // A number in a date column is a date cell whose format was lost (Excel's serial 46082): not guessed.
  if (typeof cell === 'number') return { ok: false, key: 'table.date_number' };
  // 1C writes a date as text with its (midnight) time: «02.03.2026 0:00:00».
  const text = String(cell ?? '').trim().replace(/\s+\d{1,2}:\d{2}(?::\d{2})?$/, '');
  // 3/2/2026 is 3 February here and 2 March in an Excel set to the US: with both parts 12 or less it is not guessed.
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text);
  if (slash && +slash[1] <= 12 && +slash[2] <= 12 && slash[1] !== slash[2]) return { ok: false, key: 'table.date_slash' };
  const parsed = parseUserDate(text);
  return parsed.ok ? { ok: true, value: parsed.iso } : { ok: false, key: parsed.error };
}

export function readWhole(cell: Cell): Read<number> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,4}$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, key: 'table.whole_number' };
}

/**
 * The header row: the first of the first twenty rows with text that names a column of the layout (a 1C export
 * puts a title line above it: «Список сотрудников на 01.12.2026»), else the first row with any text.
 */
function headerIndex(rows: readonly (readonly Cell[])[]): number {
  const first = rows.findIndex((cells) => cells.some((c) => !isBlank(c)));
  if (first < 0) return first;
  for (let r = first, seen = 0; r < rows.length && seen < 20; r++) {
    if (rows[r].every(isBlank)) continue;
    seen++;
    if (rows[r].some((c) => !isBlank(c) && headerMeaning(c instanceof Date ? c : cellText(c)).kind !== 'unknown')) return r;
  }
  return first;
}

/** Reads a table of cells. `rows[0]` is the file's first row. */
export function readTable(rows: readonly (readonly Cell[])[]): Table {
  const blocking: TableProblem[] = [];
  const notices: TableProblem[] = [];
  const at = headerIndex(rows);
  if (at < 0) return { header: [], rows: [], blocking: [{ row: 1, column: '', key: 'table.empty' }], notices, columns: [] };
  const headerCells = rows[at];
  // A date cell heading a month column is written as the month it names, so that an export reads back the same.
  const header = headerCells.map((c) => (c instanceof Date && !Number.isNaN(c.getTime()) ? c.toISOString().slice(0, 7) : cellText(c)));
  const headerRow = at + 1;
  const columns = headerCells.map((c) => (isBlank(c) ? ({ kind: 'unknown', looksLikeMonth: false } as const) : headerMeaning(c instanceof Date ? c : cellText(c))));

  const seen = new Map<string, number>();
  columns.forEach((meaning, i) => {
    // Several name columns (a personnel number and a full name, as 1C exports them) together name the employee.
    if (meaning.kind === 'fixed' && meaning.column === 'id') {
      seen.set('id', seen.get('id') ?? i);
      return;
    }
    const key = meaning.kind === 'fixed' ? meaning.column : meaning.kind === 'month' ? `${meaning.month}#${meaning.payer}` : meaning.kind === 'singlePayment' ? `sp#${meaning.payer}` : null;
    if (key !== null) {
      if (seen.has(key)) blocking.push({ row: headerRow, column: header[i], key: 'table.column_twice', params: { first: header[seen.get(key) as number] } });
      else seen.set(key, i);
    } else if (meaning.kind === 'unknown' && !isBlank(headerCells[i])) {
      // A misnamed month would drop that month's income: it stops the file. Any other column is only not read.
      if (meaning.looksLikeMonth) blocking.push({ row: headerRow, column: header[i], key: 'table.month_column' });
      else notices.push({ row: headerRow, column: header[i], key: 'table.ignored_column' });
    }
  });
  const known = columns.filter((m) => m.kind !== 'unknown').length;
  if (known === 0) blocking.push({ row: headerRow, column: '', key: 'table.no_header' });
  else if (!columns.some((m) => m.kind === 'month' || (m.kind === 'unknown' && m.looksLikeMonth))) blocking.push({ row: headerRow, column: '', key: 'table.no_months' });
  // Values under a blank header (a merged or two-row header, a name cleared): whose month are they? Not guessed.
  // (Values right of the header's last cell are each row's own problem: extra_cells, in readRow.)
  for (let i = 0; i < headerCells.length; i++) {
    if (!isBlank(headerCells[i])) continue;
    const under = rows.slice(at + 1).findIndex((r) => !isBlank(r[i] ?? null));
    if (under >= 0) blocking.push({ row: headerRow, column: '', key: 'table.blank_header', params: { n: String(i + 1), row: String(headerRow + 1 + under) } });
  }
  let dataRows = 0;
  for (let r = at + 1; r < rows.length && dataRows <= MAX_ROWS; r++) if (!rows[r].every(isBlank)) dataRows++;
  if (dataRows > MAX_ROWS) blocking.push({ row: headerRow + MAX_ROWS + 1, column: '', key: 'table.too_many_rows', params: { max: String(MAX_ROWS) } });
  if (known > 0 && !seen.has('id')) notices.push({ row: headerRow, column: '', key: 'table.no_id' });
  if (blocking.length > 0) return { header, rows: [], blocking, notices, columns };

  const out: TableRow[] = [];
  const idColumns = columns.flatMap((m, i) => (m.kind === 'fixed' && m.column === 'id' ? [i] : []));
  for (let r = at + 1; r < rows.length; r++) {
    const cells = rows[r];
    if (cells.every(isBlank)) continue;
    // A totals line under the table («Итого», «Барлығы») is not an employee: said, and left out.
    if ([0, ...idColumns].some((i) => TOTALS.has(normalName(cellText(cells[i] ?? null))))) {
      notices.push({ row: r + 1, column: '', key: 'table.totals_row' });
      continue;
    }
    out.push(readRow(cells, r + 1, header, columns));
  }
  if (out.length === 0) blocking.push({ row: headerRow + 1, column: '', key: 'table.empty' });
  return { header, rows: out, blocking, notices, columns };
}

function readRow(cells: readonly Cell[], row: number, header: readonly string[], columns: readonly HeaderMeaning[]): TableRow {
  const problems: TableProblem[] = [];
  const input: Record<string, unknown> = {};
  const ids: string[] = [];
  const months = new Map<string, Map<number, string>>();
  const singlePayment = new Map<number, boolean>();
  let payers = 0;

  const fail = (i: number, read: { key: string; params?: Record<string, string> }) => problems.push({ row, column: header[i], key: read.key, ...(read.params ? { params: read.params } : {}) });

  // Cells right of the last header: a line end inside a field joined two lines, or a column without a name.
  if (cells.slice(columns.length).some((c) => !isBlank(c))) problems.push({ row, column: '', key: 'table.extra_cells', params: { n: String(columns.length) } });
  columns.forEach((meaning, i) => {
    const cell = cells[i] ?? null;
    if (meaning.kind === 'month') payers = Math.max(payers, meaning.payer + 1);
    if (meaning.kind === 'unknown' || isBlank(cell)) return;
    if (meaning.kind === 'month') {
      const amount = readAmount(cell);
      if (!amount.ok) return fail(i, amount);
      const byPayer = months.get(meaning.month) ?? new Map<number, string>();
      byPayer.set(meaning.payer, amount.value);
      months.set(meaning.month, byPayer);
      return;
    }
    if (meaning.kind === 'singlePayment') {
      const flag = booleanValue(cellText(cell));
      if (flag === null) return fail(i, { key: 'table.boolean' });
      singlePayment.set(meaning.payer, flag);
      return;
    }
    readFixed(meaning.column, cell, input, (read) => fail(i, read), (text) => ids.push(text));
  });

  const kind = input.incomeKind;
  delete input.incomeKind;
  const monthList = [...months.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    // A payer's blank cell in a month another payer has is zero: the case lists one amount per payer.
    .map(([month, byPayer]) => ({ month, amounts: Array.from({ length: Math.max(1, payers) }, (_, p) => byPayer.get(p) ?? '0') }));
  const income: Record<string, unknown> = { kind: kind ?? 'salary', months: monthList };
  if ([...singlePayment.values()].some(Boolean)) income.singlePayment = Array.from({ length: Math.max(1, payers) }, (_, p) => singlePayment.get(p) ?? false);
  input.income = income;
  return { row, id: ids.join(', '), input: input as CaseInput, problems, cells: [...cells] };
}

function readFixed(column: FixedColumn, cell: Cell, input: Record<string, unknown>, fail: (r: { key: string; params?: Record<string, string> }) => void, setId: (id: string) => void): void {
  switch (column) {
    case 'id':
      setId(cellText(cell));
      return;
    case 'payer':
    case 'leaveCase':
    case 'incomeKind': {
      const value = enumValue(column, cellText(cell));
      if (value === null) return fail({ key: 'table.value', params: { value: cellText(cell), column } });
      input[column] = value;
      return;
    }
    case 'leaveStart':
    case 'birthDate': {
      const date = readDate(cell);
      if (!date.ok) return fail(date);
      input[column] = date.value;
      return;
    }
    case 'leaveDays':
    case 'birthOrder':
    case 'childrenBorn': {
      const n = readWhole(cell);
      if (!n.ok) return fail(n);
      input[column] = n.value;
      return;
    }
  }
}

export { FIXED_COLUMNS };

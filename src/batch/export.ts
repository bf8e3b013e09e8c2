/**
 * The results as a sheet: the row's input columns as the file had them, then the result's columns, each cell
 * typed (money, date, count, text) so that an XLSX gets numbers and dates, and a CSV writes them the way the
 * reader's Excel expects (./csv.ts).
 */
import { cellText, type Cell } from './table';
import type { RowSummary } from './summary';

export type TypedCell = { type: 'text'; value: string } | { type: 'number'; value: number } | { type: 'money'; value: string } | { type: 'count'; value: number } | { type: 'date'; value: string } | null;

export const RESULT_COLUMNS = [
  'status',
  'problems',
  'maternityGross',
  'maternityPension',
  'maternityNet',
  'maternityFrom',
  'maternityTo',
  'maternityDeadline',
  'childcareMonthlyNet',
  'childcareChanges',
  'childcareChildren',
  'childcarePayments',
  'childcareFrom',
  'childcareTo',
  'childcareTotalNet',
  'childcareDeadline',
  'childcareAllowances',
  'grandNet',
  'notes',
] as const;
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

export interface ExportRow {
  cells: readonly Cell[];
  summary: RowSummary | null;
  /** The row's problems, as text in the output's language. */
  problems: string[];
}

export interface ExportWords {
  column: (c: ResultColumn) => string;
  ok: string;
  rejected: string;
  /** A change of the monthly amount: "36157.10 from 2027-01-15" in the output's language. */
  change: (net: string, from: string) => string;
  notes: (s: RowSummary) => string[];
}

const money = (value: string | null | undefined): TypedCell => (value == null ? null : { type: 'money', value });
const date = (value: string | null | undefined): TypedCell => (value == null ? null : { type: 'date', value });
const count = (value: number | null | undefined): TypedCell => (value == null ? null : { type: 'count', value });
const text = (value: string): TypedCell => (value === '' ? null : { type: 'text', value });

export function resultCells(row: ExportRow, words: ExportWords): TypedCell[] {
  const s = row.summary;
  const m = s?.maternity;
  const c = s?.childcare;
  const byColumn: Record<ResultColumn, TypedCell> = {
    status: text(s ? words.ok : words.rejected),
    problems: text(row.problems.join('; ')),
    maternityGross: money(m?.gross),
    maternityPension: money(m?.pension),
    maternityNet: money(m?.net),
    maternityFrom: date(m?.eligible ? m.from : null),
    maternityTo: date(m?.eligible ? m.to : null),
    maternityDeadline: date(m?.eligible ? m.deadline : null),
    childcareMonthlyNet: money(c ? (c.monthly[0]?.net ?? '0.00') : null),
    childcareChanges: text(c ? c.monthly.slice(1).map((a) => words.change(a.net, a.from)).join('; ') : ''),
    childcareChildren: count(c?.eligible ? c.children : null),
    childcarePayments: count(c?.eligible ? c.payments : null),
    childcareFrom: date(c?.eligible ? c.from : null),
    childcareTo: date(c?.eligible ? c.to : null),
    childcareTotalNet: money(c?.totalNet),
    childcareDeadline: date(c?.eligible ? c.deadline : null),
    childcareAllowances: money(s?.childcareAllowances),
    grandNet: money(s?.grandNet),
    notes: text(s ? words.notes(s).join('; ') : ''),
  };
  return RESULT_COLUMNS.map((col) => byColumn[col]);
}

/** The sheet: the input header and the result columns, then one line per row. */
export function exportSheet(header: readonly string[], rows: readonly ExportRow[], words: ExportWords): { header: string[]; rows: TypedCell[][] } {
  return {
    header: [...header, ...RESULT_COLUMNS.map(words.column)],
    rows: rows.map((row) => [...header.map((_, i) => inputCell(row.cells[i] ?? null)), ...resultCells(row, words)]),
  };
}

/** An input cell as it was read: a date cell stays a date, a number a number, text as written. */
function inputCell(cell: Cell): TypedCell {
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : { type: 'date', value: cell.toISOString().slice(0, 10) };
  if (typeof cell === 'number') return { type: 'number', value: cell };
  return text(cellText(cell));
}

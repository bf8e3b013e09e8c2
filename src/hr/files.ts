/**
 * The files the page writes: the results as CSV (for a Kazakh or Russian Excel) or XLSX (numbers and dates as
 * such), everyone's answers as text, and the template to fill in, each in the page's language.
 */
import type { TFunction } from 'i18next';
import { columnName, FIXED_COLUMNS, SINGLE_PAYMENT, valueName } from '../batch/columns';
import { writeCsv } from '../batch/csv';
import { exportSheet, type ExportRow, type ExportWords, type TypedCell } from '../batch/export';
import type { TableProblem } from '../batch/table';
import type { Language } from '../i18n/languages';
import { toUserDate } from '../ui/calculator/userDate';
import { formatDate, formatMoney } from '../ui/format';
import type { HrRow } from './protocol';
import type { OutCell } from './xlsx';

const CSV_TYPE = 'text/csv;charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A problem as text: where it is, then what is wrong, in the page's language. */
export function problemText(p: TableProblem, t: TFunction, allowed: (column: string) => string): string {
  const where = p.column ? t('hr:problems.at_cell', { row: p.row, column: p.column }) : t('hr:problems.at_row', { row: p.row });
  return `${where}: ${problemMessage(p, t, allowed)}`;
}

/** The message of a problem: the table's own (hr namespace) or the case format's (errors namespace). */
export function problemMessage(p: TableProblem, t: TFunction, allowed: (column: string) => string): string {
  const params = { ...p.params, allowed: p.params?.column ? allowed(p.params.column) : '' };
  return p.key.startsWith('table.') || p.key.startsWith('file.') ? t(`hr:errors.${p.key}`, params) : t(`errors:${p.key}`, params);
}

export function exportWords(t: TFunction, lang: Language): ExportWords {
  return {
    column: (c) => t(`hr:export.${c}`),
    ok: t('hr:export.ok'),
    rejected: t('hr:export.rejected'),
    change: (net, from) => t('hr:export.change', { amount: formatMoney(net, lang), date: formatDate(from, lang) }),
    notes: (s) => [
      ...(s.maternity?.capApplied || s.childcare?.capApplied ? [t('hr:export.cap')] : []),
      ...(s.childcare?.floorApplied ? [t('hr:export.floor')] : []),
      ...(s.warnings.includes('projection') ? [t('hr:export.forecast')] : []),
    ],
  };
}

function exportRows(rows: readonly HrRow[], t: TFunction, allowed: (column: string) => string): ExportRow[] {
  return rows.map((r) => ({ cells: r.cells, summary: r.summary, problems: r.problems.map((p) => problemText(p, t, allowed)) }));
}

export function resultsCsv(header: readonly string[], rows: readonly HrRow[], t: TFunction, lang: Language, allowed: (column: string) => string): Blob {
  const sheet = exportSheet(header, exportRows(rows, t, allowed), exportWords(t, lang));
  return new Blob([writeCsv(sheet.header, sheet.rows, 'excel')], { type: CSV_TYPE });
}

/** Excel's most characters in a cell. */
const XLSX_CELL_LIMIT = 32_767;

/**
 * A typed cell as the XLSX writer takes it. What Excel cannot hold as such is written as text rather than
 * changed: a number beyond 2^53 or with more than two decimals (0.125 stays 0.125), a date before 1900-03-01
 * (Excel's calendar starts there; a time-only cell reads as 1899-12-30), text beyond Excel's 32 767 characters
 * (cut, with an ellipsis).
 */
export function outCell(cell: TypedCell): OutCell {
  if (cell === null) return null;
  switch (cell.type) {
    case 'number':
      if (Number.isSafeInteger(cell.value)) return { type: 'count', value: cell.value };
      return Number.isFinite(cell.value) && Math.abs(cell.value) < 1e15 && Math.round(cell.value * 100) / 100 === cell.value ? { type: 'money', value: cell.value.toFixed(2) } : { type: 'text', value: String(cell.value) };
    case 'date':
      return cell.value >= '1900-03-01' ? cell : { type: 'text', value: toUserDate(cell.value) };
    case 'text':
      return cell.value.length > XLSX_CELL_LIMIT ? { type: 'text', value: `${cell.value.slice(0, XLSX_CELL_LIMIT - 1)}…` } : cell;
    default:
      return cell;
  }
}

export async function resultsXlsx(header: readonly string[], rows: readonly HrRow[], t: TFunction, lang: Language, allowed: (column: string) => string): Promise<Blob> {
  const sheet = exportSheet(header, exportRows(rows, t, allowed), exportWords(t, lang));
  const { writeWorkbook } = await import('./xlsx');
  return writeWorkbook([{ name: t('hr:export.sheet'), columns: sheet.header.map((h) => ({ header: h, width: Math.min(40, Math.max(10, h.length + 2)) })), rows: sheet.rows.map((r) => r.map(outCell)) }]);
}

/** The template's months: the 24 before a birth in May 2026, for the first payer and a second one. */
const TEMPLATE_MONTHS = Array.from({ length: 24 }, (_, i) => {
  const m = 2024 * 12 + 4 + i; // 2024-05 …
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});

/**
 * The template: every column, with two worked examples of EXAMPLES.md as rows. The first is M1 and C1 (salary
 * 180 000 from 2024-05 to 2026-02, leave 2026-03-02, birth 2026-05-11: maternity 612 360 net, childcare
 * 53 460 a month, 962 280 in all); the second is C6 (income 595 000 from each of two payers, 2024-05 to
 * 2026-04, birth 2026-05-11: childcare 214 200 a month, 3 855 600 in all).
 */
export function templateSheet(t: TFunction, lang: Language): { header: string[]; rows: TypedCell[][] } {
  const header = [...FIXED_COLUMNS.map((c) => columnName(c, lang)), columnName(SINGLE_PAYMENT, lang), `${columnName(SINGLE_PAYMENT, lang)}#2`, ...TEMPLATE_MONTHS, ...TEMPLATE_MONTHS.map((m) => `${m}#2`)];
  const text = (value: string): TypedCell => ({ type: 'text', value });
  const money = (value: string): TypedCell => ({ type: 'money', value });
  const date = (value: string): TypedCell => ({ type: 'date', value });
  const count = (value: number): TypedCell => ({ type: 'count', value });
  const no = text(lang === 'kk' ? 'жоқ' : 'нет');
  const first = [
    text(t('hr:template.id1')), text(valueName('payer', 'employee', lang)), date('2026-03-02'), text(valueName('leaveCase', 'normal', lang)), null,
    date('2026-05-11'), count(1), count(1), text(valueName('incomeKind', 'salary', lang)), no, no,
    ...TEMPLATE_MONTHS.map((m) => (m <= '2026-02' ? money('180000') : null)), ...TEMPLATE_MONTHS.map(() => null),
  ];
  const second = [
    text(t('hr:template.id2')), text(valueName('payer', 'employee', lang)), null, null, null,
    date('2026-05-11'), count(1), count(1), text(valueName('incomeKind', 'base', lang)), no, no,
    ...TEMPLATE_MONTHS.map(() => money('595000')), ...TEMPLATE_MONTHS.map(() => money('595000')),
  ];
  return { header, rows: [first, second] };
}

export function templateCsv(t: TFunction, lang: Language): Blob {
  const sheet = templateSheet(t, lang);
  return new Blob([writeCsv(sheet.header, sheet.rows, 'excel')], { type: CSV_TYPE });
}

export async function templateXlsx(t: TFunction, lang: Language): Promise<Blob> {
  const sheet = templateSheet(t, lang);
  const { writeWorkbook } = await import('./xlsx');
  return writeWorkbook([{ name: t('hr:export.sheet'), columns: sheet.header.map((h) => ({ header: h, width: Math.max(10, h.length + 2) })), rows: sheet.rows.map((r) => r.map(outCell)) }]);
}

export function textsFile(texts: string[], t: TFunction): Blob {
  return new Blob([`\uFEFF${texts.join(`\n\n${t('hr:text.separator')}\n\n`)}\n`], { type: 'text/plain;charset=utf-8' });
}

export { XLSX_TYPE };

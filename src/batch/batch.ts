/**
 * One employee's row, checked and computed: the table's own problems first (./table.ts), then the case format's
 * schema, whose errors are put back on the row's columns, then the core. Used by the HR page's worker and by
 * the command line's `--csv`, so both give the same answer for the same file.
 */
import { calculate, type CalcResult, type CaseError } from '../core';
import type { HeaderMeaning } from './columns';
import type { Table, TableProblem, TableRow } from './table';

export type RowOutcome = { ok: true; result: CalcResult } | { ok: false; problems: TableProblem[] };

/** The column (as written in the file) that a schema error's path names, or '' for the case as a whole. */
export function columnOf(error: CaseError, row: TableRow, header: readonly string[], columns: readonly HeaderMeaning[]): string {
  const find = (test: (m: HeaderMeaning) => boolean) => {
    const i = columns.findIndex(test);
    return i < 0 ? '' : header[i];
  };
  const path = error.path;
  const amount = /^income\.months\[(\d+)\](?:\.amounts\[(\d+)\])?/.exec(path);
  if (amount) {
    const month = row.input.income?.months?.[Number(amount[1])]?.month;
    const payer = amount[2] === undefined ? 0 : Number(amount[2]);
    return find((m) => m.kind === 'month' && m.month === month && m.payer === payer);
  }
  const flag = /^income\.singlePayment\[(\d+)\]/.exec(path);
  if (flag) return find((m) => m.kind === 'singlePayment' && m.payer === Number(flag[1]));
  const field = path === 'income.kind' ? 'incomeKind' : path.split(/[.[]/)[0];
  return field === '' ? '' : find((m) => m.kind === 'fixed' && m.column === field);
}

/** Checks and computes one row (with the core's `calculate`, or the caller's: the command line counts them). */
export function computeRow(row: TableRow, table: Pick<Table, 'header' | 'columns'>, calc: typeof calculate = calculate): RowOutcome {
  if (row.problems.length > 0) return { ok: false, problems: row.problems };
  const outcome = calc(row.input);
  if (!outcome.ok) {
    return {
      ok: false,
      // A JSON case has no columns: the field's path is its place.
      problems: outcome.errors.map((e) => ({ row: row.row, column: table.columns.length === 0 ? e.path : columnOf(e, row, table.header, table.columns), key: e.code })),
    };
  }
  return { ok: true, result: outcome.result };
}

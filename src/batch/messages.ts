/**
 * The table's messages in English, for the command line (the HR page has them in Kazakh and Russian, in the
 * errors namespace under the same keys). The case format's own messages are the core's CASE_MESSAGES.
 */
import { CASE_MESSAGES, isCaseMessageKey } from '../core/light';
import type { TableProblem } from './table';

export const TABLE_MESSAGES: Record<string, string> = {
  'table.empty': 'the table has no rows of employees',
  'table.no_header': 'the first row names no column of the table layout (id, payer, leaveStart, …, YYYY-MM)',
  'table.column_twice': 'is the same column as "{{first}}"',
  'table.month_column': 'looks like a month but is not written YYYY-MM (YYYY-MM#2 for a second payer): rename it, or its income would be lost',
  'table.ignored_column': 'is not a column of the table layout and is not read',
  'table.no_id': 'there is no id column: employees are named by their row',
  'table.too_many_rows': 'the table has more than {{max}} employees: split it',
  'table.value': '"{{value}}" is not one of: {{allowed}}',
  'table.whole_number': 'must be a whole number',
  'table.boolean': 'must be yes or no',
  'table.date_number': 'is a number, not a date: format the cell as a date, or write dd.mm.yyyy',
  'table.blank_header': 'column {{n}} has no header but holds values (first in row {{row}}): name it (YYYY-MM for a month) or delete it',
  'table.no_months': 'no column is a month of income (YYYY-MM, MM.YYYY or мар.25): without them every employee would count as having no income',
  'table.extra_cells': 'has values right of the last header (column {{n}}): a line break inside a field, or a column without a name',
  'table.date_slash': 'is ambiguous: 3/2/2026 is 3 February here and 2 March in an Excel set to the US; write 03.02.2026',
  'table.totals_row': 'a totals line (Итого, Барлығы): not an employee, left out',
  'table.quote': 'a quoted field is not closed (or closed in the middle of text) on this row: the rows after it cannot be read safely',
  'amount.precision': 'has more than two decimals (tiyn)',
  'amount.two_amounts': 'holds two amounts: one amount a cell; add a column YYYY-MM#2 for a second payer',
  'amount.ambiguous': 'is ambiguous: is 1,500 one thousand five hundred or one and a half? Write 1500 or 1.5',
  'file.utf16': 'is UTF-16: save it as UTF-8 (in Excel: "CSV UTF-8")',
  'file.binary': 'is not a text file (an XLSX? the command line reads CSV: save the sheet as CSV)',
};

/** A problem's message in English, with its placeholders filled. */
export function englishMessage(p: Pick<TableProblem, 'key' | 'params'>, allowed: (column: string) => string): string {
  const template = isCaseMessageKey(p.key) ? CASE_MESSAGES[p.key] : (TABLE_MESSAGES[p.key] ?? p.key);
  const params = { ...p.params, ...(p.params?.column ? { allowed: allowed(p.params.column) } : {}) };
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name as keyof typeof params] ?? '');
}

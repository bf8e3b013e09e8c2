/**
 * What a spreadsheet (Google Sheets, Excel, LibreOffice) or a PDF puts on the clipboard, laid onto the income
 * table: lines are months, tab-separated cells are payers, starting at the cell pasted into. Header lines
 * («Оклад», «Жалақы», `Month\tSalary`) are skipped and reported; what does not fit is counted, not lost
 * silently. Values are written as pasted: parseAmount judges them later, like typed ones.
 */

export interface PasteTarget {
  /** The months of the table, top to bottom (`YYYY-MM`). */
  months: string[];
  /** Index in `months` of the cell pasted into. */
  row: number;
  /** Payer (column) of the cell pasted into. */
  payer: number;
  payerCount: number;
  maxPayers: number;
}

export interface PastePlan {
  writes: { month: string; payer: number; value: string }[];
  /** The table's payer count after the paste: raised for pasted columns, never above maxPayers. */
  payerCount: number;
  /** Lines without a digit (headers), by 1-based line number, with their text shortened to 40 characters. */
  skipped: { line: number; text: string }[];
  /** Non-blank cells below the last month or right of the last payer, which were not written. */
  cut: number;
}

const MAX_SKIPPED_TEXT = 40;

/** The plan of a paste, or null for a single value (no tab, no line break): the browser pastes that itself. */
export function planPaste(text: string, target: PasteTarget): PastePlan | null {
  if (!/[\t\r\n]/.test(text)) return null;
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();

  const rows: string[][] = []; // the lines that take a month, from target.row on
  const skipped: PastePlan['skipped'] = [];
  let cut = 0;
  let widest = 0; // columns up to the last non-blank cell that has a payer
  lines.forEach((line, i) => {
    const cells = line.split('\t').map((cell) => cell.trim());
    if (!/\d/.test(line) && cells.some((cell) => cell !== '')) {
      skipped.push({ line: i + 1, text: shorten(line.replace(/\s+/g, ' ').trim()) });
      return;
    }
    if (target.row + rows.length >= target.months.length) {
      cut += cells.filter((cell) => cell !== '').length;
      return;
    }
    cells.forEach((cell, j) => {
      if (cell === '') return;
      if (target.payer + j >= target.maxPayers) cut++;
      else widest = Math.max(widest, j + 1);
    });
    rows.push(cells);
  });

  const payerCount = Math.min(target.maxPayers, Math.max(target.payerCount, target.payer + widest));
  const writes: PastePlan['writes'] = [];
  rows.forEach((cells, k) => {
    const month = target.months[target.row + k];
    cells.forEach((value, j) => {
      // Blank cells are written (a blank cell stays blank) where the table has a column for them.
      if (target.payer + j < payerCount) writes.push({ month, payer: target.payer + j, value });
    });
  });
  return { writes, payerCount, skipped, cut };
}

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_SKIPPED_TEXT ? text : `${chars.slice(0, MAX_SKIPPED_TEXT - 1).join('')}…`;
}

/**
 * The HR workbench (hr.html), files in and out: a 1C CSV in Windows-1251, a UTF-8 CSV with Kazakh headers, an
 * XLSX with date and number cells, JSON in the case format, a paste from Excel, the page's own templates sent
 * back unchanged, the CSV/XLSX/text exports read back, and files the page must refuse clearly. Every file is
 * built here, byte by byte where the bytes matter; every figure is a worked example of EXAMPLES.md (the
 * project's copy: src/core/rules/cases/examples-*.cases.json), checked through `data-testid` + `data-value`.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import kkHr from '../locales/kk/hr.json' with { type: 'json' };
import ruHr from '../locales/ru/hr.json' with { type: 'json' };
import { allowedValues, COLUMN_NAMES, valueName, type EnumColumn } from '../src/batch/columns';
import { RESULT_COLUMNS } from '../src/batch/export';
import { readFirstSheet, writeWorkbook, type OutCell } from '../src/hr/xlsx';
import { formatMoney } from '../src/ui/format';
import { errorLocales, expect, test, type Lang } from './fixtures';

const hrLocales = { kk: kkHr, ru: ruHr } as const;

// ---------------------------------------------------------------------------------------------------------------
// Expected figures (EXAMPLES.md)

/**
 * EXAMPLES.md M1 + C1: employee, salary 180 000 every month 2024-05…2026-02, nothing in 2026-03/04, leave
 * 2026-03-02 (normal, 126 days), birth 2026-05-11, first child. M1: gross 680 400, net 612 360; C1: 53 460 a
 * month net × 18 = 962 280; grand total 1 738 990 (with the birth allowance 164 350); deadlines a year after the
 * leave and six months after childcare ends.
 */
const M1C1 = {
  'maternity-gross': '680400.00',
  'maternity-net': '612360.00',
  'childcare-monthly-net': '53460.00',
  'childcare-total-net': '962280.00',
  'grand-total': '1738990.00',
  'maternity-deadline': '2027-03-02',
  'childcare-deadline': '2027-11-11',
};
/** EXAMPLES.md M1 alone: salary 180 000 for 2025-03…2026-02, leave 2026-03-02, no birth date: net 612 360. */
const M1 = { 'maternity-gross': '680400.00', 'maternity-net': '612360.00', 'maternity-deadline': '2027-03-02' };
/** EXAMPLES.md C6: base 595 000 from each of two payers 2024-05…2026-04, birth 2026-05-11: capped 214 200 × 18 = 3 855 600. */
const C6 = { 'childcare-monthly-net': '214200.00', 'childcare-total-net': '3855600.00', 'childcare-deadline': '2027-11-11' };
/** EXAMPLES.md M7: two employers, salary 700 000 each 2025-03…2026-02, leave 2026-03-02: capped, net 2 249 100. */
const M7 = { 'maternity-gross': '2499000.00', 'maternity-net': '2249100.00', 'maternity-deadline': '2027-03-02' };

// ---------------------------------------------------------------------------------------------------------------
// Building files

/** The months from `from` to `to`, both included, as YYYY-MM. */
function months(from: string, to: string): string[] {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  return Array.from({ length: index(to) - index(from) + 1 }, (_, i) => {
    const n = index(from) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/** 2025-03 as 03.2025, the way Russian and Kazakh spreadsheets head a month. */
const dotted = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

/** CSV text: a field with the separator, a comma, a quote or a line break is quoted, as Excel and 1C quote it. */
function csv(rows: readonly (readonly string[])[], separator: ';' | ',' | '\t', eol = '\r\n'): string {
  const field = (f: string) => (/[;,"\r\n]/.test(f) && separator !== '\t' ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(field).join(separator)).join(eol) + eol;
}

/** Text as Windows-1251 bytes (1C's and a Russian Excel's 8-bit code page): А–я → C0–FF, Ё A8, ё B8, no-break space A0. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    if (c === 0xa0 || c === 0xab || c === 0xbb) return c; // no-break space, « and » sit where Latin-1 has them
    throw new Error(`not written here in Windows-1251: ${ch}`);
  });
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

/** The same bytes every run: a file of "random" bytes must not make the test flaky. */
function noise(length: number, seed = 20260302): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  });
}

/** "A1"-style reference of a zero-based column and row. */
function cellRef(column: number, row: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/**
 * An XLSX written by the page's own writer, whose header cells for the months in `dateHeaders` are then made
 * DATE cells (1st of the month), as Excel stores a header typed as `2025-03`. The date style is the one the
 * writer gave the date cell at `dateCell` (a data cell written as `{ type: 'date' }`).
 */
async function xlsxWithDateHeaders(header: string[], rows: OutCell[][], dateHeaders: ReadonlySet<string>, dateCell: string): Promise<Uint8Array> {
  const blob = await writeWorkbook([{ name: 'Лист1', columns: header.map((h) => ({ header: h })), rows }]);
  const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  let sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
  const dateStyle = new RegExp(`<c r="${dateCell}" s="(\\d+)"><v>\\d+</v></c>`).exec(sheet)?.[1];
  if (!dateStyle) throw new Error(`${dateCell} is not a date cell`);
  header.forEach((h, i) => {
    if (!dateHeaders.has(h)) return;
    const serial = Date.UTC(Number(h.slice(0, 4)), Number(h.slice(5, 7)) - 1, 1) / 86_400_000 + 25_569;
    const at = cellRef(i, 0);
    const before = sheet;
    sheet = sheet.replace(new RegExp(`<c r="${at}"[^>]*>.*?</c>`), `<c r="${at}" s="${dateStyle}"><v>${serial}</v></c>`);
    if (sheet === before) throw new Error(`no header cell ${at}`);
  });
  parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(sheet);
  return zipSync(parts);
}

const text = (value: string): OutCell => ({ type: 'text', value });
const money = (value: string): OutCell => ({ type: 'money', value });
const count = (value: number): OutCell => ({ type: 'count', value });
const date = (value: string): OutCell => ({ type: 'date', value });

/** The allowed values of a column as the page lists them in a message: "работник по найму (employee), …". */
const allowedText = (column: EnumColumn, lang: Lang) => allowedValues(column).map((v) => `${valueName(column, v, lang)} (${v})`).join(', ');

/** A locale text with its {{placeholders}} filled. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? `{{${k}}}`);

/** One run of white space of any kind (Intl writes no-break and narrow no-break spaces) as one plain space. */
const plainSpaces = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

// ---------------------------------------------------------------------------------------------------------------
// The page

class HrPage {
  readonly t: (typeof hrLocales)[Lang];

  constructor(
    readonly page: Page,
    readonly lang: Lang,
  ) {
    this.t = hrLocales[lang];
  }

  async open() {
    await this.page.goto(`/hr.html?lang=${this.lang}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(this.t.title);
  }

  /** Chooses a file through the labelled file input, as a person does. */
  async upload(name: string, bytes: Uint8Array, mimeType = '') {
    await this.page.getByLabel(this.t.input.file_label, { exact: true }).setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  }

  /** The live status line: reading, computing, done (with the file's encoding when not UTF-8), or why the file was not read. */
  status(): Locator {
    return this.page.locator('.hr-status');
  }

  row(fileRow: number): Locator {
    return this.page.locator(`[data-testid="hr-row"][data-row="${fileRow}"]`);
  }

  /** Waits for the whole file to be computed (the export is offered only then), then checks the counts. */
  async expectCounts(computed: number, rejected: number) {
    await expect(this.page.getByTestId('export-csv')).toBeEnabled();
    await expect(this.page.getByTestId('hr-count')).toHaveAttribute('data-value', String(computed));
    await expect(this.page.getByTestId('hr-errors')).toHaveAttribute('data-value', String(rejected));
    await expect(this.page.getByTestId('hr-row')).toHaveCount(computed);
  }

  async expectFigures(fileRow: number, figures: Record<string, string>, label: string) {
    const row = this.row(fileRow);
    for (const [testId, value] of Object.entries(figures)) await expect(row.getByTestId(testId), `${label}: ${testId}`).toHaveAttribute('data-value', value);
  }

  /** The row asked for no maternity result (no leave start): it says so, and shows no maternity figure. */
  async expectNoMaternity(fileRow: number) {
    await expect(this.row(fileRow).getByRole('cell').first()).toHaveText(this.t.results.not_asked);
    await expect(this.row(fileRow).getByTestId('maternity-net')).toHaveCount(0);
  }

  async expectNoChildcare(fileRow: number) {
    await expect(this.row(fileRow).getByRole('cell').nth(1)).toHaveText(this.t.results.not_asked);
    await expect(this.row(fileRow).getByTestId('childcare-total-net')).toHaveCount(0);
  }

  /** The employee's name as the results table shows it (the button that opens the full result). */
  name(fileRow: number): Locator {
    return this.row(fileRow).getByRole('rowheader');
  }

  /** The problem listed for a rejected row: its row, its column and the message. */
  problem(fileRow: number, column: string): Locator {
    return this.page.locator(`[data-testid="row-problem"][data-row="${fileRow}"][data-column="${column}"]`);
  }

  /** Clicks a button that downloads a file, and returns the file. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Files in

test('1C CSV in Windows-1251 with «;», quotes, «180 000», decimal commas and dd.mm.yyyy: figures, bad rows listed, encoding said (ru)', async ({ page, axe }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const span = months('2024-05', '2026-02');
  // What 1C writes: spaces and no-break spaces between thousands, decimal commas (quoted, as 1C quotes text).
  const written = ['180 000', '180000,00', '180\u00a0000', '180 000,00'];
  const amounts = span.map((_, i) => written[i % written.length]);
  const header = ['Сотрудник', 'Плательщик', 'Начало отпуска', 'Дата рождения ребёнка', 'Вид дохода', ...span.map(dotted)];
  const bytes = windows1251(
    csv(
      [
        header,
        ['Ёлкина; Анна', 'работник по найму', '02.03.2026', '11.05.2026', 'Зарплата', ...amounts],
        ['Петрова Мария', 'работник по найму', '31.02.2026', '11.05.2026', 'зарплата', ...amounts],
        ['Сидорова Ольга', 'пенсионер', '02.03.2026', '11.05.2026', 'зарплата', ...amounts],
      ],
      ';',
    ),
  );
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the file must not be UTF-8').toThrow();
  await hr.upload('сотрудники-1с.csv', bytes, 'text/csv');

  await hr.expectCounts(1, 2);
  await expect(hr.name(2)).toHaveText('Ёлкина; Анна');
  await hr.expectFigures(2, M1C1, 'M1+C1');
  // The page says which encoding it read.
  await expect(hr.status()).toContainText(fill(hr.t.status.encoding, { encoding: 'windows-1251' }));
  // The rejected rows: row, column and message, in Russian.
  await expect(page.getByTestId('row-problem')).toHaveCount(2);
  await expect(hr.problem(3, 'Начало отпуска').getByRole('cell')).toHaveText(['3', 'Начало отпуска', errorLocales.ru.date.impossible]);
  await expect(hr.problem(4, 'Плательщик').getByRole('cell')).toHaveText(['4', 'Плательщик', fill(hr.t.errors.table.value, { value: 'пенсионер', allowed: allowedText('payer', 'ru') })]);
  await expect(page.getByTestId('file-problem')).toHaveCount(0);
  await axe(page);
});

test('UTF-8 CSV with a BOM, «,» separators, Kazakh headers and values, no-break and narrow no-break spaces, ISO dates (kk)', async ({ page }) => {
  const hr = new HrPage(page, 'kk');
  await hr.open();
  const span = months('2024-05', '2026-04');
  // The Kazakh names the template writes (src/batch/columns.ts).
  const named = (['id', 'payer', 'leaveStart', 'leaveCase', 'birthDate', 'birthOrder', 'childrenBorn', 'incomeKind', 'singlePayment'] as const).map((c) => COLUMN_NAMES[c].kk);
  const header = [...named, `${COLUMN_NAMES.singlePayment.kk}#2`, ...span, ...span.map((m) => `${m}#2`)];
  const thousands = ['180\u00a0000', '180\u202f000', '180\u00a0000,00', '180\u202f000,00'];
  const m1c1 = span.map((m, i) => (m <= '2026-02' ? thousands[i % thousands.length] : ''));
  const c6 = span.map((_, i) => (i % 2 === 0 ? '595\u00a0000' : '595\u202f000'));
  const file = BOM + csv(
    [
      header,
      ['Сәрсенова Айгерім', 'жалдамалы қызметкер', '2026-03-02', 'қалыпты босану', '2026-05-11', '1', '1', 'жалақы', 'жоқ', 'жоқ', ...m1c1, ...span.map(() => '')],
      ['Ким Елена', 'жалдамалы', '', '', '2026-05-11', '1', '1', 'аударымдар төленген табыс', 'жоқ', 'жоқ', ...c6, ...c6],
    ],
    ',',
  );
  await hr.upload('қызметкерлер.csv', utf8(file), 'text/csv');

  await hr.expectCounts(2, 0);
  await expect(page.getByTestId('file-problem')).toHaveCount(0);
  await expect(hr.name(2)).toHaveText('Сәрсенова Айгерім');
  await hr.expectFigures(2, M1C1, 'M1+C1');
  await hr.expectFigures(3, C6, 'C6');
  await hr.expectNoMaternity(3);
  // In Kazakh: the amount written the Kazakh way, and no encoding remark for UTF-8.
  await expect(hr.row(2).getByTestId('maternity-net')).toHaveText(formatMoney('612360.00', 'kk'));
  await expect(hr.status()).toContainText(hr.t.status.done_other.split(':')[0]);
  await expect(hr.status()).not.toContainText(hr.t.status.encoding.split(':')[0]);
});

test('XLSX with date cells, number cells and a month header stored as a date (as Excel does for a typed 2025-03): C6 and M7 (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const span = months('2024-05', '2026-04');
  const m7Months = new Set(months('2025-03', '2026-02'));
  const header = ['Сотрудник', 'Плательщик', 'Начало отпуска', 'Дата рождения ребёнка', 'Очерёдность ребёнка', 'Вид дохода', ...span, ...span.map((m) => `${m}#2`)];
  const rows: OutCell[][] = [
    // C6: base 595 000 from each of two payers, every month 2024-05…2026-04, birth 2026-05-11, no leave.
    [text('Ким Елена'), text('работник по найму'), null, date('2026-05-11'), count(1), text('доход для отчислений'), ...span.map(() => money('595000')), ...span.map(() => money('595000'))],
    // M7: salary 700 000 from each of two employers, 2025-03…2026-02, leave 2026-03-02, no birth date.
    [text('Ахметова Дана'), text('работник по найму'), date('2026-03-02'), null, null, text('зарплата'), ...span.map((m) => (m7Months.has(m) ? money('700000') : null)), ...span.map((m) => (m7Months.has(m) ? money('700000') : null))],
  ];
  // Every first payer's month header is a date cell; the second payer's (2025-03#2) stay text.
  const bytes = await xlsxWithDateHeaders(header, rows, new Set(span), 'D2');
  const asRead = await readFirstSheet(bytes.slice().buffer);
  expect(asRead[0][6], 'the month header is a date cell').toEqual(new Date(Date.UTC(2024, 4, 1)));
  expect(asRead[1][6], 'amounts are number cells').toBe(595000);
  expect(asRead[1][3], 'dates are date cells').toEqual(new Date(Date.UTC(2026, 4, 11)));
  await hr.upload('сотрудники.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

  await hr.expectCounts(2, 0);
  await expect(page.getByTestId('file-problem')).toHaveCount(0);
  await hr.expectFigures(2, C6, 'C6');
  await hr.expectNoMaternity(2);
  await hr.expectFigures(3, M7, 'M7');
  await hr.expectNoChildcare(3);
});

test('JSON in the case format (an array, as the command line takes it) with one bad case: figures, and the bad case by its field path (kk)', async ({ page }) => {
  const hr = new HrPage(page, 'kk');
  await hr.open();
  const salary = (from: string, to: string, ...amounts: string[]) => months(from, to).map((month) => ({ month, amounts }));
  const cases = [
    // EXAMPLES.md M1 + C1.
    { version: 1, payer: 'employee', leaveStart: '2026-03-02', leaveCase: 'normal', birthDate: '2026-05-11', birthOrder: 1, childrenBorn: 1, income: { kind: 'salary', months: salary('2024-05', '2026-02', '180000') } },
    // A letter O for a zero.
    { version: 1, leaveStart: '2026-03-02', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['18O000'] }, ...salary('2025-04', '2026-02', '180000')] } },
    // EXAMPLES.md C6.
    { version: 1, birthDate: '2026-05-11', income: { kind: 'base', months: salary('2024-05', '2026-04', '595000', '595000') } },
  ];
  await hr.upload('cases.json', utf8(JSON.stringify(cases, null, 2)), 'application/json');

  await hr.expectCounts(2, 1);
  await hr.expectFigures(1, M1C1, 'M1+C1');
  await hr.expectFigures(3, C6, 'C6');
  await hr.expectNoMaternity(3);
  await expect(page.getByTestId('row-problem')).toHaveCount(1);
  await expect(hr.problem(2, 'income.months[0].amounts[0]').getByRole('cell')).toHaveText(['2', 'income.months[0].amounts[0]', errorLocales.kk.amount.format]);
});

test('a paste from Excel (tab-separated) is computed, and is still there after a reload (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const span = months('2024-05', '2026-02');
  // Excel puts the cells as shown on the clipboard: tabs, CRLF, amounts grouped with no-break spaces.
  const clipboard = csv(
    [
      ['Сотрудник', 'Начало отпуска', 'Дата рождения ребёнка', ...span],
      ['Иванова Анна', '02.03.2026', '11.05.2026', ...span.map(() => '180\u00a0000')],
      ['Омарова Алия', '02.03.2026', '', ...span.map((m) => (m >= '2025-03' ? '180\u00a0000,00' : ''))],
    ],
    '\t',
  );
  const paste = page.getByLabel(hr.t.input.paste_label);
  await paste.fill(clipboard);
  await page.getByRole('button', { name: hr.t.input.paste_button }).click();

  await hr.expectCounts(2, 0);
  await hr.expectFigures(2, M1C1, 'M1+C1');
  await hr.expectFigures(3, M1, 'M1');
  await hr.expectNoChildcare(3);

  // Kept in this browser: after a reload the text is there, and computes to the same figures.
  const pasted = await paste.inputValue();
  expect(pasted).toContain('Омарова Алия');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('gfss-hr-paste'))).toBe(pasted);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hr.t.title);
  await expect(paste).toHaveValue(pasted);
  await page.getByRole('button', { name: hr.t.input.paste_button }).click();
  await hr.expectCounts(2, 0);
  await hr.expectFigures(2, M1C1, 'M1+C1 after the reload');
  await hr.expectFigures(3, M1, 'M1 after the reload');
});

for (const lang of ['ru', 'kk'] as const) {
  test(`the templates (CSV and XLSX) sent back unchanged compute to M1+C1 and C6 (${lang})`, async ({ page }) => {
    const hr = new HrPage(page, lang);
    await hr.open();
    await page.getByText(hr.t.input.layout_title, { exact: true }).click();
    const csvTemplate = await hr.download('template-csv');
    const xlsxTemplate = await hr.download('template-xlsx');
    expect(csvTemplate.name).toBe(`${hr.t.export.template_file}.csv`);
    expect(xlsxTemplate.name).toBe(`${hr.t.export.template_file}.xlsx`);

    for (const template of [csvTemplate, xlsxTemplate]) {
      await hr.open(); // a fresh page: both files give the same results, so the second must not be read off the first
      await hr.upload(template.name, template.bytes);
      await hr.expectCounts(2, 0);
      await expect(page.getByTestId('file-problem'), `${template.name}: every column of the template is read`).toHaveCount(0);
      await expect(hr.name(2)).toHaveText(hr.t.template.id1);
      await hr.expectFigures(2, M1C1, `${template.name}: M1+C1`);
      await expect(hr.name(3)).toHaveText(hr.t.template.id2);
      await hr.expectFigures(3, C6, `${template.name}: C6`);
      await hr.expectNoMaternity(3);
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Files out

/** A UTF-8 CSV with the M1+C1 row (row 2) and a row rejected for an amount with a letter O (row 3, column 2025-03). */
function exportInput(): { header: string[]; bytes: Uint8Array } {
  const span = months('2024-05', '2026-02');
  const header = ['Сотрудник', 'Начало отпуска', 'Дата рождения ребёнка', ...span];
  const rows = [
    header,
    ['Иванова Анна', '02.03.2026', '11.05.2026', ...span.map(() => '180000')],
    ['Петрова Мария', '02.03.2026', '11.05.2026', ...span.map((m) => (m === '2025-03' ? '18O 000' : '180000'))],
  ];
  return { header, bytes: utf8(csv(rows, ';')) };
}

test('the results out: CSV for Excel, XLSX with numbers and dates, and everyone\'s answers as text (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const input = exportInput();
  await hr.upload('отдел.csv', input.bytes, 'text/csv');
  await hr.expectCounts(1, 1);
  await hr.expectFigures(2, M1C1, 'M1+C1');
  const resultHeader = [...input.header, ...RESULT_COLUMNS.map((c) => hr.t.export[c])];
  const at = (c: (typeof RESULT_COLUMNS)[number]) => input.header.length + RESULT_COLUMNS.indexOf(c);
  const rejectedText = `${fill(hr.t.problems.at_cell, { row: '3', column: '2025-03' })}: ${errorLocales.ru.amount.format}`;

  // CSV: a BOM, «;», CRLF; the input columns, then the results in Russian; money with a decimal comma, dates dd.mm.yyyy.
  const out = await hr.download('export-csv');
  expect(out.name).toBe(`отдел-${hr.t.export.results_file}.csv`);
  expect([...out.bytes.subarray(0, 3)], 'the UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const csvText = out.bytes.toString('utf8').slice(1);
  expect(csvText.endsWith('\r\n')).toBe(true);
  expect(csvText.replace(/\r\n/g, ''), 'every line ends with CRLF').not.toMatch(/[\r\n]/);
  expect(csvText.split('\r\n')[0]).toBe(resultHeader.join(';'));
  const csvRows = Papa.parse<string[]>(csvText, { delimiter: ';', skipEmptyLines: true }).data;
  expect(csvRows).toHaveLength(3);
  const [, good, bad] = csvRows;
  expect(good.slice(0, 3)).toEqual(['Иванова Анна', '02.03.2026', '11.05.2026']);
  expect(good[at('status')]).toBe(hr.t.export.ok);
  expect(good[at('maternityGross')]).toBe('680400,00');
  expect(good[at('maternityNet')]).toBe('612360,00');
  expect(good[at('maternityFrom')]).toBe('02.03.2026');
  expect(good[at('maternityDeadline')]).toBe('02.03.2027');
  expect(good[at('childcareMonthlyNet')]).toBe('53460,00');
  expect(good[at('childcareTotalNet')]).toBe('962280,00');
  expect(good[at('childcareFrom')]).toBe('11.05.2026');
  expect(good[at('childcareDeadline')]).toBe('11.11.2027');
  expect(good[at('grandNet')]).toBe('1738990,00');
  expect(bad[0]).toBe('Петрова Мария');
  expect(bad[input.header.indexOf('2025-03')]).toBe('18O 000');
  expect(bad[at('status')]).toBe(hr.t.export.rejected);
  expect(bad[at('problems')]).toBe(rejectedText);
  expect(bad[at('maternityNet')]).toBe('');

  // XLSX: money as numbers, dates as date cells (UTC midnight), the rejected row with its problem.
  const book = await hr.download('export-xlsx');
  expect(book.name).toBe(`отдел-${hr.t.export.results_file}.xlsx`);
  const sheet = await readFirstSheet(new Uint8Array(book.bytes).buffer);
  expect(sheet[0]).toEqual(resultHeader);
  expect(sheet).toHaveLength(3);
  const [, goodCells, badCells] = sheet;
  expect(goodCells[0]).toBe('Иванова Анна');
  expect(goodCells[at('maternityNet')]).toBe(612360);
  expect(goodCells[at('maternityGross')]).toBe(680400);
  expect(goodCells[at('grandNet')]).toBe(1738990);
  expect(goodCells[at('childcareChildren')]).toBe(1);
  expect(goodCells[at('childcarePayments')]).toBe(18);
  for (const [column, iso] of [['maternityFrom', '2026-03-02'], ['maternityDeadline', '2027-03-02'], ['childcareFrom', '2026-05-11'], ['childcareDeadline', '2027-11-11']] as const) {
    const cell = goodCells[at(column)];
    expect(cell, column).toBeInstanceOf(Date);
    expect((cell as Date).toISOString(), column).toBe(`${iso}T00:00:00.000Z`);
  }
  expect(badCells[0]).toBe('Петрова Мария');
  expect(badCells[at('status')]).toBe(hr.t.export.rejected);
  expect(badCells[at('problems')]).toBe(rejectedText);

  // The answers: one text per computed employee, with the amount as the page writes it and the article.
  const texts = await hr.download('texts-all');
  expect(texts.name).toBe(`отдел-${hr.t.export.texts_file}.txt`);
  const answer = plainSpaces(texts.bytes.toString('utf8'));
  expect(answer).toContain(fill(hr.t.text.employee, { id: 'Иванова Анна' }));
  expect(answer).toContain('612 360');
  expect(answer).toContain('ст. 78');
  expect(answer).not.toContain('Петрова Мария');
});

test('the results out in Kazakh: the CSV\'s columns and the answers\' text (kk)', async ({ page }) => {
  const hr = new HrPage(page, 'kk');
  await hr.open();
  const input = exportInput();
  await hr.upload('бөлім.csv', input.bytes, 'text/csv');
  await hr.expectCounts(1, 1);
  const at = (c: (typeof RESULT_COLUMNS)[number]) => input.header.length + RESULT_COLUMNS.indexOf(c);

  const out = await hr.download('export-csv');
  expect(out.name).toBe(`бөлім-${hr.t.export.results_file}.csv`);
  const [header, good, bad] = Papa.parse<string[]>(out.bytes.toString('utf8').replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
  expect(header).toEqual([...input.header, ...RESULT_COLUMNS.map((c) => hr.t.export[c])]);
  expect(good[at('status')]).toBe(hr.t.export.ok);
  expect(good[at('maternityNet')]).toBe('612360,00');
  expect(good[at('childcareDeadline')]).toBe('11.11.2027');
  expect(bad[at('status')]).toBe(hr.t.export.rejected);
  expect(bad[at('problems')]).toBe(`${fill(hr.t.problems.at_cell, { row: '3', column: '2025-03' })}: ${errorLocales.kk.amount.format}`);

  const texts = await hr.download('texts-all');
  const answer = plainSpaces(texts.bytes.toString('utf8'));
  expect(answer).toContain(fill(hr.t.text.employee, { id: 'Иванова Анна' }));
  expect(answer).toContain('612 360');
  expect(answer).toContain('78-бап');
  expect(answer).not.toContain('Петрова Мария');
});

// ---------------------------------------------------------------------------------------------------------------
// Files the page must refuse

test('an .xlsx that is really random bytes: a clear message, and the page still reads the next file (kk)', async ({ page, axe }) => {
  const hr = new HrPage(page, 'kk');
  await hr.open();
  const bytes = noise(8192);
  expect([bytes[0], bytes[1]], 'not a zip by chance').not.toEqual([0x50, 0x4b]);
  await hr.upload('қызметкерлер.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

  // Said in the page's language, with what to do: not a library's message.
  await expect(hr.status().locator('.error')).toHaveText(fill(hr.t.failed, { message: hr.t.errors.file.not_xlsx }));
  await expect(page.getByTestId('hr-row')).toHaveCount(0);
  await axe(page);

  // Still usable: the next file is read and computed.
  await hr.upload('қызметкерлер.csv', exportInput().bytes, 'text/csv');
  await hr.expectCounts(1, 1);
  await hr.expectFigures(2, M1C1, 'M1+C1 after the bad file');
  await expect(hr.status().locator('.error')).toHaveCount(0);
});

test('a CSV whose month header is misnamed (2025-3): the file problem is listed and nothing is computed (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const span = months('2025-04', '2026-02');
  const file = csv(
    [
      ['Сотрудник', 'Начало отпуска', '2025-3', ...span],
      ['Иванова Анна', '02.03.2026', '180000', ...span.map(() => '180000')],
    ],
    ';',
  );
  await hr.upload('сотрудники.csv', utf8(file), 'text/csv');

  const problem = page.locator('[data-testid="file-problem"][data-column="2025-3"]');
  await expect(problem.getByRole('cell')).toHaveText(['1', '2025-3', hr.t.errors.table.month_column]);
  await expect(page.getByRole('heading', { name: hr.t.problems.blocking })).toBeVisible();
  await expect(page.getByTestId('hr-row')).toHaveCount(0);
  // Nothing computed: the count, where shown, is 0.
  await expect(page.locator('[data-testid="hr-count"]:not([data-value="0"])')).toHaveCount(0);
});

test('a file stopped by its headers is announced in the live status, as a file that cannot be read is (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  const file = csv([['Сотрудник', 'Начало отпуска', '2025-3'], ['Иванова Анна', '02.03.2026', '180000']], ';');
  await hr.upload('сотрудники.csv', utf8(file), 'text/csv');
  await expect(page.locator('[data-testid="file-problem"][data-column="2025-3"]')).toBeVisible();
  // A screen reader hears the status region only: after «Читаем…» it must say that the file was not computed.
  await expect(hr.status()).not.toBeEmpty();
});

test('month headers as a Russian Excel saves date cells to CSV (мар.25) are not dropped as unread columns (ru)', async ({ page }) => {
  const hr = new HrPage(page, 'ru');
  await hr.open();
  // Excel shows a typed 2025-03 as «мар.25» and writes it so to a CSV: the income of those months must not be lost.
  const short = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
  const span = months('2025-03', '2026-02');
  const header = ['Сотрудник', 'Начало отпуска', ...span.map((m) => `${short[Number(m.slice(5, 7)) - 1]}.${m.slice(2, 4)}`)];
  const file = BOM + csv([header, ['Иванова Анна', '02.03.2026', ...span.map(() => '180000')]], ';');
  await hr.upload('сотрудники.csv', utf8(file), 'text/csv');
  // Wait until the page has judged the file: stopped (its problems listed) or computed (the export offered).
  await expect(page.getByRole('heading', { name: hr.t.problems.blocking }).or(page.getByTestId('export-csv')).first()).toBeVisible();
  // Then either read as months (EXAMPLES.md M1: 612 360 net), or stopped as misnamed months like «2025-3»; never computed without them.
  if ((await page.getByTestId('hr-row').count()) > 0) await hr.expectFigures(2, M1, 'M1, its months headed мар.25 … фев.26');
  else await expect(page.locator('[data-testid="file-problem"][data-column="мар.25"]').getByRole('cell')).toHaveText(['1', 'мар.25', hr.t.errors.table.month_column]);
});

/**
 * The table layout read into cases. The strongest check: every hand-worked case of the core's case files,
 * written as a row of a Russian-locale CSV (decimal commas, dd.mm.yyyy, Russian words) and of a Kazakh one,
 * gives the figures its case file expects.
 */
import { describe, expect, test } from 'vitest';
import { expandFill, type CaseFile } from '../core/rules/cases/format';
import { cp1251 } from '../testing/cases';
import type { CaseInput } from '../core';
import { computeRow } from './batch';
import { columnName, valueName } from './columns';
import { decodeBytes, parseCsv, readCsv, writeCsv } from './csv';
import { englishMessage } from './messages';
import { readAmount, readDate, readTable, type Cell } from './table';

const files = import.meta.glob<CaseFile>('../core/rules/cases/*.cases.json', { eager: true, import: 'default' });
const worked = Object.values(files)
  .flatMap((f) => f.cases)
  .filter((c) => !c.expectErrors);

function at(value: unknown, path: string): unknown {
  let here: unknown = value;
  for (const key of path.split('.')) here = here === null || typeof here !== 'object' ? undefined : (here as Record<string, unknown>)[key];
  return here;
}

const FIXED = ['id', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'incomeKind', 'singlePayment', 'singlePayment#2'] as const;

/** Cases as a CSV in a language's template words: dd.mm.yyyy dates, decimal commas, thousands with NBSP. */
function asCsv(cases: { id: string; input: CaseInput }[], lang: 'kk' | 'ru' | 'en'): string {
  const months = [...new Set(cases.flatMap((c) => (c.input.income?.months ?? []).map((m) => m.month)))].sort();
  const payers = Math.max(1, ...cases.flatMap((c) => (c.input.income?.months ?? []).map((m) => m.amounts.length)));
  const monthHeaders = Array.from({ length: payers }, (_, p) => months.map((m) => (p === 0 ? m : `${m}#${p + 1}`))).flat();
  const header = [...FIXED.map((f) => (f.startsWith('singlePayment') ? f.replace('singlePayment', columnName('singlePayment', lang)) : columnName(f as 'id', lang))), ...monthHeaders];
  const date = (iso?: string) => (iso === undefined ? '' : lang === 'en' ? iso : iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1'));
  const money = (a: string) => (lang === 'en' ? a : a.replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'));
  const rows = cases.map(({ id, input }) => {
    const byMonth = new Map((input.income?.months ?? []).map((m) => [m.month, m.amounts]));
    const sp = input.income?.singlePayment;
    const yes = lang === 'ru' ? 'да' : lang === 'kk' ? 'иә' : 'yes';
    return [
      id,
      input.payer ? valueName('payer', input.payer, lang) : '',
      date(input.leaveStart),
      input.leaveCase ? valueName('leaveCase', input.leaveCase, lang) : '',
      input.leaveDays?.toString() ?? '',
      date(input.birthDate),
      input.birthOrder?.toString() ?? '',
      input.childrenBorn?.toString() ?? '',
      input.income?.kind ? valueName('incomeKind', input.income.kind, lang) : '',
      sp?.[0] ? yes : '',
      sp?.[1] ? yes : '',
      ...Array.from({ length: payers }, (_, p) => months.map((m) => { const a = byMonth.get(m)?.[p]; return a === undefined ? '' : money(a); })).flat(),
    ];
  });
  return writeCsv(header, rows.map((r) => r.map((v) => (v === '' ? null : { type: 'text' as const, value: v }))), lang === 'en' ? 'plain' : 'excel');
}

describe('every hand-worked case, as a row of a table', () => {
  const cases = worked.map((c) => ({ id: c.id, input: expandFill(c) as CaseInput, expect: c.expect ?? {} }));
  for (const lang of ['ru', 'kk', 'en'] as const) {
    test(`${lang}: ${cases.length} cases give the figures their case files expect`, () => {
      const csv = asCsv(cases, lang);
      const decoded = decodeBytes(new TextEncoder().encode(csv));
      if (!decoded.ok) throw new Error(decoded.key);
      const table = readTable(parseCsv(decoded.text));
      expect(table.blocking).toEqual([]);
      expect(table.rows).toHaveLength(cases.length);
      table.rows.forEach((row, i) => {
        expect(row.id).toBe(cases[i].id);
        const outcome = computeRow(row, table);
        if (!outcome.ok) throw new Error(`${row.id}: ${JSON.stringify(outcome.problems)}`);
        const actual = Object.fromEntries(Object.keys(cases[i].expect).map((p) => [p, at(outcome.result, p)]));
        expect(actual, row.id).toEqual(cases[i].expect);
      });
    });
  }
});

describe('cells as people write them', () => {
  test('amounts: spaces, NBSP, narrow NBSP, decimal comma; XLSX numbers to the tiyn', () => {
    expect(readAmount('180 000,50')).toEqual({ ok: true, value: '180000.50' });
    expect(readAmount('180\u00a0000')).toEqual({ ok: true, value: '180000' });
    expect(readAmount('1\u202f234\u202f567,8')).toEqual({ ok: true, value: '1234567.80' });
    expect(readAmount('1,500')).toEqual({ ok: false, key: 'amount.ambiguous' });
    expect(readAmount(45000.5)).toEqual({ ok: true, value: '45000.50' });
    expect(readAmount(0.1 + 0.2)).toEqual({ ok: true, value: '0.30' });
    expect(readAmount(45000.123)).toEqual({ ok: false, key: 'amount.precision' });
    expect(readAmount(-1)).toEqual({ ok: false, key: 'amount.negative' });
    expect(readAmount(true)).toEqual({ ok: false, key: 'amount.format' });
  });
  test('dates: dd.mm.yyyy, ISO, an XLSX date cell; a bare number is not guessed', () => {
    expect(readDate('02.03.2026')).toEqual({ ok: true, value: '2026-03-02' });
    expect(readDate('2026-03-02')).toEqual({ ok: true, value: '2026-03-02' });
    expect(readDate(new Date(Date.UTC(2024, 1, 29)))).toEqual({ ok: true, value: '2024-02-29' });
    expect(readDate('31.02.2026')).toEqual({ ok: false, key: 'date.impossible' });
    expect(readDate(46082)).toEqual({ ok: false, key: 'table.date_number' });
  });
});

describe('the table', () => {
  const read = (rows: Cell[][]) => readTable(rows);

  test('bad rows are listed with their row and column; the good ones are still computed', () => {
    const table = read([
      ['id', 'leaveStart', 'birthDate', '2025-06', '2025-07'],
      ['Анна', '01.09.2025', '', '200 000', '200 000'],
      ['Бота', '31.02.2026', '', '1', ''],
      ['Вера', '', '', '100', ''],
      ['Галя', '01.09.2025', '', '12 3', 'abc'],
    ]);
    expect(table.rows.map((r) => computeRow(r, table).ok)).toEqual([true, false, false, false]);
    expect(computeRow(table.rows[1], table)).toEqual({ ok: false, problems: [{ row: 3, column: 'leaveStart', key: 'date.impossible' }] });
    expect(computeRow(table.rows[2], table)).toEqual({ ok: false, problems: [{ row: 4, column: '', key: 'case.no_dates' }] });
    expect(table.rows[3].problems).toEqual([
      { row: 5, column: '2025-06', key: 'amount.two_amounts' },
      { row: 5, column: '2025-07', key: 'amount.format' },
    ]);
  });

  test('a schema error is put back on its column: a month of the second payer', () => {
    const table = read([
      ['id', 'birthDate', 'leaveDays', '2025-06', '2025-06#2'],
      ['A', '01.09.2025', '3', '100', '1000000000000'],
    ]);
    expect(table.rows[0].problems).toEqual([{ row: 2, column: '2025-06#2', key: 'amount.too_large' }]);
    const table2 = read([
      ['id', 'leaveStart', 'leaveDays', '2025-06'],
      ['A', '01.09.2025', '3', '100'],
    ]);
    expect(computeRow(table2.rows[0], table2)).toEqual({ ok: false, problems: [{ row: 2, column: 'leaveDays', key: 'leave_days.not_allowed' }] });
  });

  test('a second payer blank in a month the first has counts as zero; months are put in order', () => {
    const table = read([
      ['id', 'birthDate', '2025-07', '2025-06#2', '2025-06'],
      ['A', '01.09.2025', '300', '200', '100'],
    ]);
    expect(table.rows[0].input.income).toEqual({ kind: 'salary', months: [{ month: '2025-06', amounts: ['100', '200'] }, { month: '2025-07', amounts: ['300', '0'] }] });
  });

  test('Kazakh and Russian headers and values are read, in any case; MM.YYYY and date headers are months', () => {
    const table = read([
      ['Сотрудник', 'ПЛАТЕЛЬЩИК', 'Төлеуші', 'Вид дохода', 'Баланың туған күні', '06.2025', new Date(Date.UTC(2025, 6, 1))],
      ['A', 'ИП', '', 'социальные отчисления', '01.09.2025', '5 000', '5000'],
    ]);
    expect(table.blocking).toEqual([{ row: 1, column: 'Төлеуші', key: 'table.column_twice', params: { first: 'ПЛАТЕЛЬЩИК' } }]);
    const ok = read([
      ['Сотрудник', 'Төлеуші', 'Вид дохода', 'Баланың туған күні', '06.2025', new Date(Date.UTC(2025, 6, 1)), 'Бірыңғай төлем'],
      ['A', 'жеке кәсіпкер', 'соцотчисления', '01.09.2025', '5 000', '5000', 'жоқ'],
    ]);
    expect(ok.blocking).toEqual([]);
    expect(ok.rows[0].input).toEqual({
      payer: 'entrepreneur',
      birthDate: '2025-09-01',
      income: { kind: 'contributions', months: [{ month: '2025-06', amounts: ['5000'] }, { month: '2025-07', amounts: ['5000'] }] },
    });
  });

  test('a personnel number and a name (as 1C exports them) together name the employee; headers typed without Kazakh letters or with dots', () => {
    const table = read([
      ['Таб.№', 'Ф.И.О.', 'Кызметкер', 'Начало декрета', '2025-06'],
      ['0042', 'Ким Елена', '', '01.09.2025', '1'],
    ]);
    expect(table.blocking).toEqual([]);
    expect(table.rows[0].id).toBe('0042, Ким Елена');
    expect(table.rows[0].input.leaveStart).toBe('2025-09-01');
  });

  test('months by name, as a Russian or Kazakh Excel writes a date header into a CSV; a date header is written back as YYYY-MM', () => {
    const table = read([
      ['id', 'birthDate', 'мар.25', 'апрель 2025', 'қаң.26', 'мам.25#2', new Date(Date.UTC(2025, 5, 1))],
      ['A', '01.09.2025', '1', '2', '3', '4', '5'],
    ]);
    expect(table.blocking).toEqual([]);
    expect(table.header.at(-1)).toBe('2025-06');
    expect(table.rows[0].input.income?.months).toEqual([
      { month: '2025-03', amounts: ['1', '0'] },
      { month: '2025-04', amounts: ['2', '0'] },
      { month: '2025-05', amounts: ['0', '4'] },
      { month: '2025-06', amounts: ['5', '0'] },
      { month: '2026-01', amounts: ['3', '0'] },
    ]);
    // A word with a year that names no month stops the file rather than losing that column's income.
    expect(read([['id', 'birthDate', 'зарп.25'], ['A', '01.09.2025', '1']]).blocking.map((p) => p.key)).toEqual(['table.month_column']);
  });

  test('an unknown value says what is allowed; unknown columns are listed, a misnamed month stops the file', () => {
    const table = read([
      ['id', 'payer', 'birthDate', 'Примечание', '2025-06'],
      ['A', 'пенсионер', '01.09.2025', 'что угодно', '1'],
    ]);
    expect(table.notices).toEqual([{ row: 1, column: 'Примечание', key: 'table.ignored_column' }]);
    expect(table.rows[0].problems).toEqual([{ row: 2, column: 'payer', key: 'table.value', params: { value: 'пенсионер', column: 'payer' } }]);
    expect(englishMessage(table.rows[0].problems[0], () => 'employee, entrepreneur')).toBe('"пенсионер" is not one of: employee, entrepreneur');
    const misnamed = read([
      ['id', 'birthDate', '2025-6', 'June 2025'],
      ['A', '01.09.2025', '1', '2'],
    ]);
    expect(misnamed.blocking.map((p) => [p.column, p.key])).toEqual([['2025-6', 'table.month_column'], ['June 2025', 'table.month_column']]);
    expect(misnamed.rows).toEqual([]);
  });

  test('empty files, headers only, blank lines, no id column', () => {
    expect(read([]).blocking).toEqual([{ row: 1, column: '', key: 'table.empty' }]);
    expect(read([[''], ['id', 'birthDate', '2025-06']]).blocking).toEqual([{ row: 3, column: '', key: 'table.empty' }]);
    expect(read([['a', 'b'], ['1', '2']]).blocking).toEqual([{ row: 1, column: '', key: 'table.no_header' }]);
    const noId = read([['birthDate', '2025-06'], [''], ['01.09.2025', '1']]);
    expect(noId.notices).toEqual([{ row: 1, column: '', key: 'table.no_id' }]);
    expect(noId.rows.map((r) => [r.row, r.id])).toEqual([[3, '']]);
  });
});

describe('CSV files', () => {

  test('Windows-1251 with ; and quoted fields, as 1C saves it', () => {
    const text = 'Сотрудник;Дата рождения ребёнка;2025-06\r\n"Иванова; Алёна";01.09.2025;"180 000,50"\r\n';
    const decoded = decodeBytes(cp1251(text));
    expect(decoded).toEqual({ ok: true, text, encoding: 'windows-1251' });
    const rows = parseCsv(text);
    expect(rows.slice(0, 2)).toEqual([['Сотрудник', 'Дата рождения ребёнка', '2025-06'], ['Иванова; Алёна', '01.09.2025', '180 000,50']]);
  });

  test('UTF-8 with a BOM, with , between fields; UTF-16 read on the page and refused on the command line', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('id,birthDate\nӘсел,01.09.2025\n')]);
    const decoded = decodeBytes(bom);
    expect(decoded.ok && parseCsv(decoded.text).slice(0, 2)).toEqual([['id', 'birthDate'], ['Әсел', '01.09.2025']]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'id\tx'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBytes(utf16)).toEqual({ ok: true, text: 'id\tx', encoding: 'utf-16' });
    expect(decodeBytes(utf16, { utf16: false })).toEqual({ ok: false, key: 'file.utf16' });
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ ok: false, key: 'file.binary' });
  });

  test('written for Excel: BOM, ;, decimal comma, dd.mm.yyyy, formulas defused; plain for machines', () => {
    const rows = [[{ type: 'text' as const, value: '=HYPERLINK("x")' }, { type: 'money' as const, value: '612360.00' }, { type: 'date' as const, value: '2026-06-05' }, null]];
    expect(writeCsv(['id', 'net', 'to', 'x'], rows, 'excel')).toBe('\uFEFFid;net;to;x\r\n"\'=HYPERLINK(""x"")";612360,00;05.06.2026;\r\n');
    expect(writeCsv(['id', 'net', 'to', 'x'], rows, 'plain')).toBe('id,net,to,x\n"\'=HYPERLINK(""x"")",612360.00,2026-06-05,\n');
  });
});

describe('what a hostile-input session found (each failed before its fix)', () => {
  const months = ['2025-03', '2025-04'];
  const header = ['ФИО', 'Начало декрета', ...months].join(';');
  const line = (name: string) => [name, '02.03.2026', '180000', '180000'].join(';');

  test('CRLF with one bare LF and a trailing ; on every line: every employee is read', () => {
    const text = `${[header, line('Иванова'), line('Петрова'), line('Сидорова')].map((l) => `${l};`).join('\r\n')}\r\n`.replace('\r\nПетрова', '\nПетрова');
    const table = readTable(parseCsv(text));
    expect(table.rows.map((r) => [r.row, r.id, r.problems])).toEqual([[2, 'Иванова', []], [3, 'Петрова', []], [4, 'Сидорова', []]]);
  });

  test('cells right of the last header are a problem of their row, not dropped', () => {
    const table = readTable([['id', 'birthDate', '2025-06'], ['A', '01.09.2025', '1', '2']]);
    expect(table.rows[0].problems).toEqual([{ row: 2, column: '', key: 'table.extra_cells', params: { n: '3' } }]);
  });

  test('an unclosed quote is found, with its row', () => {
    const read = readCsv([header, `"Иванова;02.03.2026;1;1`, line('Петрова')].join('\r\n'));
    expect(read.quoteError).toBe(2);
    expect(readCsv([header, line('"Иванова" Анна')].join('\n')).quoteError).toBe(2);
    expect(readCsv([header, line('"Иванова; Анна"')].join('\n')).quoteError).toBeNull();
  });

  test('a formula across a line break is defused too', () => {
    const rows = [[{ type: 'text' as const, value: '=HYPERLINK("http://evil.example",\n"Click me")' }, { type: 'text' as const, value: '=1+2\n+3' }]];
    const out = writeCsv(['=cmd\n|x', 'b'], rows, 'excel');
    expect(parseCsv(out).slice(0, 2)).toEqual([["'=cmd\n|x", 'b'], ['\'=HYPERLINK("http://evil.example",\n"Click me")', "'=1+2\n+3"]]);
  });

  test('values under a blank header stop the file; so does a table without any month column', () => {
    const blank = readTable([['id', 'leaveStart', '', '2025-04'], ['A', '02.03.2026', '180000', '180000']]);
    expect(blank.blocking).toEqual([{ row: 1, column: '', key: 'table.blank_header', params: { n: '3', row: '2' } }]);
    const noMonths = readTable([['ФИО', 'Январь', 'Февраль', 'Дата родов'], ['A', '1', '2', '11.05.2026']]);
    expect(noMonths.blocking.map((p) => p.key)).toEqual(['table.no_months']);
  });

  test('invisible characters in a header do not hide the column', () => {
    const table = readTable([['\u200eНачало декрета', 'Дата родов\u200b', 'ФИО\u00ad', '2025-06\u200f'], ['02.03.2026', '11.05.2026', 'A', '1']]);
    expect(table.notices).toEqual([]);
    expect(table.rows[0].input).toMatchObject({ leaveStart: '2026-03-02', birthDate: '2026-05-11', income: { months: [{ month: '2025-06', amounts: ['1'] }] } });
  });

  test('a title line above the header (and a comma in it) is passed over', () => {
    const text = ['Список сотрудников, ТОО «Ромашка» на 01.12.2026', '', header, line('Иванова')].join('\r\n');
    const table = readTable(parseCsv(text));
    expect(table.blocking).toEqual([]);
    expect(table.rows.map((r) => [r.row, r.id])).toEqual([[4, 'Иванова']]);
  });

  test('a word that only starts like a month is not one («Декрет 2026»); 1C dates with their time are dates', () => {
    expect(readTable([['id', 'birthDate', 'Декрет 2026', '2025-06'], ['A', '01.09.2025', '1', '1']]).blocking.map((p) => p.key)).toEqual(['table.month_column']);
    expect(readDate('02.03.2026 0:00:00')).toEqual({ ok: true, value: '2026-03-02' });
  });
});

test('a UTF-8 file with one stray Windows-1251 byte stays UTF-8 (its names are not turned into mojibake)', () => {
  const text = `ФИО;Начало декрета;2025-03\nИванова Анна Сергеевна;02.03.2026;180000\nПетрова Бота;02.03.2026;1`;
  const bytes = new TextEncoder().encode(text);
  const stray = new Uint8Array([...bytes, 0x3b, 0xc0]); // «;А» in Windows-1251 at the end
  const decoded = decodeBytes(stray);
  expect(decoded.ok && decoded.encoding).toBe('utf-8');
  expect(decoded.ok && decoded.text.startsWith('ФИО;Начало декрета')).toBe(true);
});

test('slash dates that read two ways are asked about; a totals line is said and left out', () => {
  expect(readDate('3/2/2026')).toEqual({ ok: false, key: 'table.date_slash' });
  expect(readDate('14/3/2026')).toEqual({ ok: true, value: '2026-03-14' });
  expect(readDate('3/3/2026')).toEqual({ ok: true, value: '2026-03-03' });
  const table = readTable([['ФИО', 'Дата родов', '2025-06'], ['A', '01.09.2025', '1'], ['Итого:', '', '1'], ['Барлығы', '', '2']]);
  expect(table.rows.map((r) => r.id)).toEqual(['A']);
  expect(table.notices).toEqual([{ row: 3, column: '', key: 'table.totals_row' }, { row: 4, column: '', key: 'table.totals_row' }]);
});

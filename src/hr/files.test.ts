/**
 * The page's files without a browser: the template (both languages) read back gives its two worked examples,
 * the results CSV carries the figures in the reader's Excel format, and an employee's text answer has the
 * figures, the articles and the assumed readings.
 */
import i18next, { type TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import kkCalc from '../../locales/kk/calc.json';
import kkErrors from '../../locales/kk/errors.json';
import kkHr from '../../locales/kk/hr.json';
import ruCalc from '../../locales/ru/calc.json';
import ruErrors from '../../locales/ru/errors.json';
import ruHr from '../../locales/ru/hr.json';
import { computeRow } from '../batch/batch';
import { parseCsv, writeCsv } from '../batch/csv';
import { summarize } from '../batch/summary';
import { MAX_ROWS, readTable, type Cell } from '../batch/table';
import { outCell, resultsCsv, templateSheet, templateXlsx } from './files';
import type { HrRow } from './protocol';
import { employeeText } from './text';
import { readFirstSheet, writeWorkbook } from './xlsx';

async function tFor(lang: 'kk' | 'ru'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: lang,
    resources: { kk: { hr: kkHr, calc: kkCalc, errors: kkErrors }, ru: { hr: ruHr, calc: ruCalc, errors: ruErrors } },
    defaultNS: 'hr',
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** Normal spaces for Intl's no-break and narrow no-break spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function computeAll(rows: Cell[][]) {
  const table = readTable(rows);
  expect(table.blocking).toEqual([]);
  return { table, outcomes: table.rows.map((r) => computeRow(r, table)) };
}

describe('the template', () => {
  for (const lang of ['ru', 'kk'] as const) {
    test(`${lang}: CSV and XLSX read back give M1+C1 and C6 of EXAMPLES.md`, async () => {
      const t = await tFor(lang);
      const sheet = templateSheet(t, lang);
      const csvRows = parseCsv(writeCsv(sheet.header, sheet.rows, 'excel'));
      const xlsxRows = await readFirstSheet(await templateXlsx(t, lang));
      for (const rows of [csvRows, xlsxRows]) {
        const { outcomes } = computeAll(rows);
        expect(outcomes).toHaveLength(2);
        const [first, second] = outcomes.map((o) => (o.ok ? summarize(o.result) : null));
        // M1: 180 000 × 0.9 = 162 000 a month; 162 000 × 126 ÷ 30 = 680 400; ОПВ 68 040; net 612 360.
        expect(first?.maternity).toMatchObject({ gross: '680400.00', net: '612360.00', from: '2026-03-02', to: '2026-07-05', deadline: '2027-03-02' });
        // C1: 22 × 162 000 ÷ 24 = 148 500; × 0.4 = 59 400; net 53 460 × 18 = 962 280.
        expect(first?.childcare).toMatchObject({ totalNet: '962280.00', monthly: [{ net: '53460.00', from: '2026-05-11', count: 18 }] });
        // C6: 595 000 from each of two payers, capped at 7 МЗП a month: 238 000 (cap), net 214 200 × 18 = 3 855 600.
        expect(second?.maternity).toBeNull();
        expect(second?.childcare).toMatchObject({ totalNet: '3855600.00', capApplied: true, monthly: [{ net: '214200.00', count: 18 }] });
      }
    });
  }
});

describe('the results as CSV for Excel', () => {
  test('ru: BOM, ;, the input columns then the results; decimal commas, dd.mm.yyyy; a rejected row with its problem', async () => {
    const t = await tFor('ru');
    const sheet = templateSheet(t, 'ru');
    const rows = parseCsv(writeCsv(sheet.header, sheet.rows, 'excel'));
    while (rows.at(-1)?.every((c) => c === '')) rows.pop(); // the file's last line break
    rows.push([...rows[1].slice(0, 2), '31.02.2026', ...rows[1].slice(3)]);
    const { table, outcomes } = computeAll(rows);
    const hrRows: HrRow[] = table.rows.map((r, i) => {
      const o = outcomes[i];
      return { index: i, row: r.row, id: r.id, cells: r.cells, summary: o.ok ? summarize(o.result) : null, problems: o.ok ? [] : o.problems };
    });
    const blob = resultsCsv(table.header, hrRows, t, 'ru', () => '');
    // The byte order mark tells Excel the file is UTF-8 (Blob.text() drops it, so the bytes are read).
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await blob.text();
    const [header, ...out] = parseCsv(csv).filter((r) => r.length > 1);
    expect(header.slice(0, 3)).toEqual(['Сотрудник', 'Вид занятости', 'Начало отпуска по беременности и родам']);
    const col = (name: string) => header.indexOf(name);
    expect(out[0][col('По беременности и родам: на руки')]).toBe('612360,00');
    expect(out[0][col('Отпуск по')]).toBe('05.07.2026');
    expect(out[0][col('По уходу: всего на руки')]).toBe('962280,00');
    expect(out[1][col('По уходу: в месяц на руки (первая выплата)')]).toBe('214200,00');
    expect(out[2][col('Статус')]).toBe('отклонено');
    expect(out[2][col('Замечания к строке')]).toBe('Строка 4, колонка «Начало отпуска по беременности и родам»: Такой даты нет в календаре');
  });
});

describe("an employee's text answer", () => {
  test('ru and kk: the figures, the dates, the articles, the assumed readings', async () => {
    for (const lang of ['ru', 'kk'] as const) {
      const t = await tFor(lang);
      const { outcomes } = computeAll(parseCsv(writeCsv(templateSheet(t, lang).header, templateSheet(t, lang).rows, 'excel')));
      if (!outcomes[0].ok || !outcomes[1].ok) throw new Error('the template is computed');
      const text = plain(employeeText('Иванова', outcomes[0].result, t, lang));
      expect(text).toContain(lang === 'ru' ? 'Сотрудник: Иванова' : 'Қызметкер: Иванова');
      expect(text).toContain('612 360 ₸');
      expect(text).toContain('962 280 ₸');
      expect(text).toContain(lang === 'ru' ? 'ст. 78' : '78-бап');
      expect(text).toContain(lang === 'ru' ? 'Принятые толкования закона:' : 'Заңның қабылданған түсіндірмелері:');
      // C6 is capped: the text says so.
      const capped = plain(employeeText('Ким', outcomes[1].result, t, lang));
      expect(capped).toContain(lang === 'ru' ? 'выплата по уходу ограничена максимальным размером' : 'бала күтіміне байланысты төлем ең жоғары мөлшермен шектелді');
    }
  });
});

test('a table of exactly the most rows allowed is read, with blank lines at the end; one more is refused', () => {
  const header: Cell[] = ['id', 'birthDate', '2025-06'];
  const row: Cell[] = ['A', '01.09.2025', '1'];
  const rows = [header, ...Array.from({ length: MAX_ROWS }, () => row), [''], ['']];
  expect(readTable(rows).blocking).toEqual([]);
  expect(readTable([...rows, row]).blocking.map((p) => p.key)).toEqual(['table.too_many_rows']);
});

describe('cells the XLSX writer could not take as they are', () => {
  test('written as text rather than changed or failing: big numbers, fractions of more than two decimals, dates before 1900-03-01, text past 32 767 characters', async () => {
    expect(outCell({ type: 'number', value: 2 ** 64 })).toEqual({ type: 'text', value: '18446744073709552000' });
    expect(outCell({ type: 'number', value: 0.125 })).toEqual({ type: 'text', value: '0.125' });
    expect(outCell({ type: 'number', value: 45000.5 })).toEqual({ type: 'money', value: '45000.50' });
    expect(outCell({ type: 'number', value: 42 })).toEqual({ type: 'count', value: 42 });
    expect(outCell({ type: 'date', value: '1899-12-30' })).toEqual({ type: 'text', value: '30.12.1899' });
    expect(outCell({ type: 'date', value: '2026-03-02' })).toEqual({ type: 'date', value: '2026-03-02' });
    const long = outCell({ type: 'text', value: 'x'.repeat(40_000) });
    expect(long?.type === 'text' && long.value.length).toBe(32_767);
    // And the workbook is written with them.
    const blob = await writeWorkbook([{ name: 'S', columns: [{ header: 'a' }, { header: 'b' }], rows: [[outCell({ type: 'date', value: '1899-12-30' }), outCell({ type: 'number', value: 2 ** 60 })]] }]);
    expect((await readFirstSheet(blob))[1]).toEqual(['30.12.1899', '1152921504606847000']);
  });
});

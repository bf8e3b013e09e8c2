/** Files as the page reads them: the kind by name and first bytes, JSON cases (array, one, NDJSON), bad XLSX. */
import { describe, expect, test } from 'vitest';
import { computeRow } from '../batch/batch';
import { jsonTable, kindOf, readInput } from './read';

const bytes = (text: string) => new TextEncoder().encode(text);
// M1 of EXAMPLES.md: 180 000 a month 2025-03…2026-02, leave 2026-03-02 → net 612 360.
const M1 = { leaveStart: '2026-03-02', income: { kind: 'salary', months: Array.from({ length: 12 }, (_, i) => ({ month: `${i < 10 ? 2025 : 2026}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`, amounts: ['180000'] })) } };

describe('the kind of a file', () => {
  test('by its name, then by its first bytes', () => {
    expect(kindOf('staff.xlsx', bytes('x'))).toBe('xlsx');
    expect(kindOf('staff.xls', bytes('id;birthDate'))).toBe('csv'); // a web or 1C «.xls» that is text
    expect(kindOf('export', new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('xlsx');
    expect(kindOf('old', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('xlsx');
    expect(kindOf('cases.json', bytes('x'))).toBe('json');
    expect(kindOf('cases.txt', bytes('\uFEFF  [{"a":1}]'))).toBe('json');
    expect(kindOf('staff.csv', bytes('id;birthDate'))).toBe('csv');
  });
});

describe('JSON in the case format', () => {
  test('an array, one case, or NDJSON: each case a row; a bad case names its field', () => {
    const array = jsonTable(JSON.stringify([M1, { leaveStart: '2026-02-30' }]));
    if (!array.ok) throw new Error(array.key);
    const [good, bad] = array.table.rows.map((r) => computeRow(r, array.table));
    expect(good.ok && good.result.maternity?.net).toBe('612360.00');
    expect(bad).toEqual({ ok: false, problems: [{ row: 2, column: 'leaveStart', key: 'date.impossible' }] });
    const one = jsonTable(JSON.stringify(M1));
    expect(one.ok && one.table.rows.map((r) => r.id)).toEqual(['#1']);
    const ndjson = jsonTable(`${JSON.stringify(M1)}\n${JSON.stringify(M1)}\n`);
    expect(ndjson.ok && ndjson.table.rows).toHaveLength(2);
    expect(jsonTable('{"leaveStart": ')).toMatchObject({ ok: false, key: 'file.json' });
    expect(jsonTable('[]')).toMatchObject({ ok: true, table: { blocking: [{ key: 'table.empty' }] } });
  });
});

describe('a file that is not what it says', () => {
  test('random bytes named .xlsx, an old .xls: told precisely, never a hang', async () => {
    expect(await readInput('xlsx', new Uint8Array([1, 2, 3, 4, 5]).buffer)).toEqual({ ok: false, key: 'file.not_xlsx' });
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await readInput('xlsx', ole2.buffer)).toEqual({ ok: false, key: 'file.xls' });
    expect(await readInput('csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]).buffer)).toEqual({ ok: false, key: 'file.binary' });
  });
});

describe('an XLSX whose formulas hold no stored value (written by a script, not by Excel)', () => {
  test('is refused with the cells named, not read as empty months; with values stored it is read', async () => {
    const { writeWorkbook } = await import('./xlsx');
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const blob = await writeWorkbook([{ name: 'S', columns: [{ header: 'id' }, { header: '2025-06' }, { header: '2025-07' }], rows: [[{ type: 'text', value: 'A' }, { type: 'money', value: '5' }, { type: 'money', value: '5' }]] }]);
    const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const withFormula = (v: string) => {
      const xml = sheet.replace(/<c r="C2"([^>]*)>[\s\S]*?<\/c>/, `<c r="C2"$1><f>B2</f>${v}</c>`);
      expect(xml).not.toBe(sheet);
      return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(xml) }).slice().buffer;
    };
    expect(await readInput('xlsx', withFormula(''))).toEqual({ ok: false, key: 'file.formulas', detail: 'C2' });
    const stored = await readInput('xlsx', withFormula('<v>5</v>'));
    expect(stored.ok && stored.table.rows[0].input.income?.months).toEqual([{ month: '2025-06', amounts: ['5'] }, { month: '2025-07', amounts: ['5'] }]);
  });
});

describe('only the first sheet is read', () => {
  test('an empty or hidden first sheet, with the table on another, is said so by name', async () => {
    const { writeWorkbook } = await import('./xlsx');
    const { unzipSync, zipSync, strToU8, strFromU8 } = await import('fflate');
    const table = { name: 'Сотрудники', columns: [{ header: 'id' }, { header: 'birthDate' }, { header: '2025-06' }], rows: [[{ type: 'text' as const, value: 'A' }, { type: 'date' as const, value: '2025-09-01' }, { type: 'money' as const, value: '1' }]] };
    const empty = { name: 'Титул', columns: [], rows: [] };
    const blob = await writeWorkbook([empty, table]);
    const buffer = await blob.arrayBuffer();
    expect(await readInput('xlsx', buffer.slice(0))).toMatchObject({ ok: true, table: { blocking: [{ row: 1, column: '', key: 'file.first_sheet', params: { name: 'Титул' } }, { key: 'table.empty' }] } });
    // The same first sheet, hidden.
    const parts = unzipSync(new Uint8Array(buffer));
    const workbook = strFromU8(parts['xl/workbook.xml']).replace('<sheet name="Титул"', '<sheet name="Титул" state="hidden"');
    const hidden = zipSync({ ...parts, 'xl/workbook.xml': strToU8(workbook) }).slice().buffer;
    expect(await readInput('xlsx', hidden)).toMatchObject({ ok: true, table: { blocking: [{ key: 'file.first_sheet_hidden', params: { name: 'Титул' } }, { key: 'table.empty' }] } });
    // With the table first, nothing is said.
    const fine = await readInput('xlsx', await (await writeWorkbook([table, empty])).arrayBuffer());
    expect(fine.ok && fine.table.blocking).toEqual([]);
  });
});

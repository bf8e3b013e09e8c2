import { describe, it, expect } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { NotXlsxError, readFirstSheet, writeWorkbook, type OutCell, type OutSheet } from './xlsx.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const text = (value: string): OutCell => ({ type: 'text', value });
const money = (value: string): OutCell => ({ type: 'money', value });
const count = (value: number): OutCell => ({ type: 'count', value });
const date = (value: string): OutCell => ({ type: 'date', value });

const people: OutSheet = {
  name: 'Сотрудники',
  columns: [{ header: 'ФИО', width: 30 }, { header: 'Сумма' }, { header: 'Дети' }, { header: 'Дата', width: 12 }],
  rows: [
    [text('Әсел Қасымова'), money('45000.50'), count(2), date('2024-02-29')],
    [text('  Ұлан Ғабитұлы  '), money('612360.00'), count(0), date('2026-12-31')],
    [text('<&> "quoted" _x0041_ tab\there\r\nnext\u0001'), money('0.01'), null, date('1900-03-01')],
    [text('Іңкәр Үмбетова'), money('-1234.56'), count(3), null],
    [null, money('99999999999.99'), count(1), date('2000-01-01')],
  ],
};
const second: OutSheet = { name: 'Итоги', columns: [{ header: 'Не читается' }], rows: [[text('второй лист')]] };

const expectedRows = [
  ['ФИО', 'Сумма', 'Дети', 'Дата'],
  ['Әсел Қасымова', 45000.5, 2, utc(2024, 2, 29)],
  ['  Ұлан Ғабитұлы  ', 612360, 0, utc(2026, 12, 31)],
  ['<&> "quoted" _x0041_ tab\there\r\nnext\u0001', 0.01, null, utc(1900, 3, 1)],
  ['Іңкәр Үмбетова', -1234.56, 3, null],
  [null, 99999999999.99, 1, utc(2000, 1, 1)],
];

async function unzipBlob(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The number format of a cell of sheet 1, looked up through styles.xml. */
function formatOf(files: Record<string, string>, ref: string): { type: string | undefined; formatCode: string | undefined; value: string | undefined } {
  const cell = new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`).exec(files['xl/worksheets/sheet1.xml']);
  if (!cell) throw new Error(`no cell ${ref}`);
  const type = /\bt="(\w+)"/.exec(cell[1])?.[1];
  const style = Number(/\bs="(\d+)"/.exec(cell[1])?.[1] ?? 0);
  const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(files['xl/styles.xml'])![1].match(/<xf [^>]*>/g)!;
  const numFmtId = /numFmtId="(\d+)"/.exec(xfs[style])![1];
  const formatCode = new RegExp(`<numFmt numFmtId="${numFmtId}" formatCode="([^"]*)"`).exec(files['xl/styles.xml'])?.[1];
  return { type, formatCode, value: /<v>([^<]*)<\/v>/.exec(cell[2])?.[1] };
}

describe('writeWorkbook + readFirstSheet', () => {
  it('round-trips text, money, counts, dates and empty cells; only the first sheet is read', async () => {
    const blob = await writeWorkbook([people, second]);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await readFirstSheet(blob);
    expect(rows).toEqual(expectedRows);
    // Dates are UTC midnights, whatever the machine's time zone.
    expect((rows[1][3] as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect((rows[2][3] as Date).toISOString()).toBe('2026-12-31T00:00:00.000Z');
    // An ArrayBuffer reads the same as a Blob.
    expect(await readFirstSheet(await blob.arrayBuffer())).toEqual(expectedRows);
  });

  it('writes money as number cells formatted #,##0.00, counts as 0, dates as date cells, a bold header', async () => {
    const files = await unzipBlob(await writeWorkbook([people, second]));
    expect(formatOf(files, 'B2')).toEqual({ type: undefined, formatCode: '#,##0.00', value: '45000.5' });
    expect(formatOf(files, 'B3')).toEqual({ type: undefined, formatCode: '#,##0.00', value: '612360' });
    expect(formatOf(files, 'C2')).toEqual({ type: undefined, formatCode: '0', value: '2' });
    // 2024-02-29 and 2026-12-31 as Excel serial days, formatted as dates.
    expect(formatOf(files, 'D2')).toEqual({ type: undefined, formatCode: 'dd.mm.yyyy', value: '45351' });
    expect(formatOf(files, 'D3')).toEqual({ type: undefined, formatCode: 'dd.mm.yyyy', value: '46387' });
    expect(formatOf(files, 'A2')).toMatchObject({ type: 'inlineStr' });
    expect(files['xl/worksheets/sheet1.xml']).not.toContain('r="C4"'); // the empty cell is absent
    // The header cells use the bold font.
    const headerStyle = /<c r="A1" s="(\d+)"/.exec(files['xl/worksheets/sheet1.xml'])![1];
    const xf = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(files['xl/styles.xml'])![1].match(/<xf [^>]*>/g)![Number(headerStyle)];
    const fonts = /<fonts[^>]*>(.*?)<\/fonts>/s.exec(files['xl/styles.xml'])![1].match(/<font>.*?<\/font>/g)!;
    expect(fonts[Number(/fontId="(\d+)"/.exec(xf)![1])]).toContain('<b/>');
    // Two sheets, in order, with their names; column widths.
    expect(files['xl/workbook.xml']).toMatch(/<sheet name="Сотрудники" sheetId="1".*<sheet name="Итоги" sheetId="2"/);
    expect(files['xl/worksheets/sheet2.xml']).toContain('второй лист');
    expect(files['xl/worksheets/sheet1.xml']).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
  });

  it('reads a sheet as Excel writes it: shared strings, a built-in date format, plain numbers, booleans', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(`<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      // xf 1 uses built-in format 14 (Excel's short date), xf 2 the custom 'dd/mm/yyyy'.
      'xl/styles.xml': strToU8(`<styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="170" applyNumberFormat="1"/></cellXfs></styleSheet>`),
      'xl/sharedStrings.xml': strToU8(`<sst xmlns="${ns}" count="2" uniqueCount="2"><si><t>Айгүл</t></si><si><t xml:space="preserve"> Қ </t></si></sst>`),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45351</v></c><c r="C1" s="2"><v>46387</v></c><c r="D1"><v>612360.5</v></c><c r="E1" t="b"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="n"><v>7</v></c></row></sheetData></worksheet>`,
      ),
    });
    expect(await readFirstSheet(new Blob([xlsx]))).toEqual([
      ['Айгүл', utc(2024, 2, 29), utc(2026, 12, 31), 612360.5, true],
      [' Қ ', null, 7, null, null],
    ]);
  });

  it('reads a sheet part far over fflate\'s 512 kB worker threshold', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [text(`Сотрудник ${i}`), money(`${i}.25`), date('2025-01-15')]);
    const blob = await writeWorkbook([{ name: 'Big', columns: [{ header: 'A' }, { header: 'B' }, { header: 'C' }], rows }]);
    const sheet = unzipSync(new Uint8Array(await blob.arrayBuffer()))['xl/worksheets/sheet1.xml'];
    expect(sheet.length).toBeGreaterThan(512 * 1024);
    const read = await readFirstSheet(blob);
    expect(read).toHaveLength(20_001);
    expect(read[20_000]).toEqual(['Сотрудник 19999', 19999.25, utc(2025, 1, 15)]);
  });

  it('refuses values it cannot write exactly', async () => {
    const one = (cell: OutCell, name = 'A') => writeWorkbook([{ name, columns: [{ header: 'x' }], rows: [[cell]] }]);
    await expect(one(money('45 000,50'))).rejects.toThrow(/money/);
    await expect(one(money('1e5'))).rejects.toThrow(/money/);
    await expect(one(count(1.5))).rejects.toThrow(/whole/);
    await expect(one(date('2023-02-29'))).rejects.toThrow(/date/);
    await expect(one(date('29.02.2024'))).rejects.toThrow(/date/);
    await expect(one(null, 'a/b')).rejects.toThrow(/sheet name/);
    await expect(writeWorkbook([people, { ...second, name: 'СОТРУДНИКИ' }])).rejects.toThrow(/sheet name/);
    await expect(writeWorkbook([])).rejects.toThrow();
  });
});

describe('readFirstSheet rejects what is not an .xlsx', () => {
  it('random bytes', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    await expect(readFirstSheet(bytes.buffer)).rejects.toBeInstanceOf(NotXlsxError);
  });

  it('a CSV file', async () => {
    const csv = new Blob(['ФИО;Сумма\nӘсел Қасымова;45000,50\n'], { type: 'text/csv' });
    const error = await readFirstSheet(csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'NotXlsxError', code: 'NOT_XLSX' });
  });

  it('an empty file, a zip that is not a workbook, an old .xls', async () => {
    await expect(readFirstSheet(new ArrayBuffer(0))).rejects.toMatchObject({ code: 'NOT_XLSX' });
    await expect(readFirstSheet(new Blob([zipSync({ 'notes.txt': strToU8('hello') })]))).rejects.toMatchObject({ code: 'NOT_XLSX' });
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readFirstSheet(ole2.buffer)).rejects.toMatchObject({ code: 'XLS_OR_ENCRYPTED' });
  });

  it('a zip with package parts but no workbook', async () => {
    const files = unzipSync(new Uint8Array(await (await writeWorkbook([second])).arrayBuffer()));
    delete files['xl/workbook.xml'];
    await expect(readFirstSheet(new Blob([zipSync(files)]))).rejects.toBeInstanceOf(Error);
  });
});

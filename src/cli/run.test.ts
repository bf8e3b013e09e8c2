import { describe, expect, test } from 'vitest';
import { calculate } from '../core';
import { parseCsv } from '../batch/csv';
import { cp1251 } from '../testing/cases';
import { InputTooLarge, runCalc } from './run';

function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const code = runCalc(args, {
    readFile: (path) => {
      if (!(path in files)) throw new Error('ENOENT: no such file');
      return files[path];
    },
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    calculate,
  });
  return { code, out, err };
}

const M1 = {
  leaveStart: '2026-03-02',
  income: { kind: 'salary', months: Array.from({ length: 12 }, (_, i) => ({ month: `${i < 10 ? 2025 : 2026}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`, amounts: ['180000'] })) },
};

describe('npm run calc', () => {
  test('a case prints its result as JSON (M1 of EXAMPLES.md: net 612 360)', () => {
    const { code, out } = run(['--', 'case.json'], { 'case.json': JSON.stringify(M1) });
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.maternity.windowFrom).toBe('2025-03');
    expect(result.maternity.net).toBe('612360.00');
  });

  test('a bad single case prints its errors to stderr and exits with 2', () => {
    const { code, out, err } = run(['case.json'], { 'case.json': JSON.stringify({ leaveStart: '2026-13-01' }) });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('leaveStart: is not a date of the calendar');
  });

  test('an array computes every good case and puts the errors of bad ones in place', () => {
    const { code, out } = run(['-'], { '-': JSON.stringify([{ birthDate: 'x' }, M1]) });
    expect(code).toBe(0);
    const results = JSON.parse(out);
    expect(results).toHaveLength(2);
    expect(results[0].error[0]).toMatchObject({ path: 'birthDate', code: 'date.format' });
    expect(results[1].maternity.gross).toBe('680400.00');
  });

  test('unreadable files, bad JSON and a missing argument exit with 2', () => {
    expect(run(['nope.json'], {}).code).toBe(2);
    expect(run(['bad.json'], { 'bad.json': '{' }).err).toContain('not valid JSON');
    expect(run([], {}).code).toBe(2);
  });

  test.each([
    ['digits of another script', { birthDate: '2026-05-11', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['١٨٠٠٠٠'] }] } }, 'amount.format'],
    ['1e309 as a number', { birthDate: '2026-05-11', income: { kind: 'salary', months: [{ month: '2025-03', amounts: [1e308 * 10] }] } }, 'amount.type'],
    ['-0', { birthDate: '2026-05-11', income: { kind: 'salary', months: [{ month: '2025-03', amounts: ['-0'] }] } }, 'amount.negative'],
    ['29 February of a common year', { leaveStart: '2026-02-29' }, 'date.impossible'],
    ['the year 1900', { birthDate: '1900-01-01' }, 'date.before_coverage'],
    ['the year 2100', { birthDate: '2100-01-01' }, 'date.too_late'],
    ['HTML in a field', { birthDate: '2026-05-11', payer: '<img src=x onerror=alert(1)>' }, 'enum'],
    ['a prototype key', { birthDate: '2026-05-11', __proto__: { polluted: true }, constructor: 'x' }, 'unknown_field'],
    ['thousands of months', { birthDate: '2026-05-11', income: { kind: 'salary', months: Array.from({ length: 5000 }, (_, i) => ({ month: `${2006 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, amounts: ['1'] })) } }, 'months.limit'],
  ])('hostile input on the command line: %s is a validation error, exit 2', (_, input, code) => {
    const { code: exit, out, err } = run(['case.json'], { 'case.json': JSON.stringify(input) });
    expect(exit).toBe(2);
    expect(out).toBe('');
    const result = calculate(JSON.parse(JSON.stringify(input)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toContain(code);
    expect(err).toContain('the case is not valid');
  });

  test('garbage and empty files are refused, not crashed on', () => {
    for (const text of ['', '\u0000\u0001', '{"a":', 'null', '"string"', '\ufeff{}', '1e309']) {
      const { code } = run(['x.json'], { 'x.json': text });
      expect(code, JSON.stringify(text)).toBe(2);
    }
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const { code, out } = run(['deep.json'], { 'deep.json': deep });
    expect(code).toBe(0); // an array: each element answered in place
    expect(JSON.parse(out)[0].error[0].code).toBe('case.not_object');
  });
});

/** Runs the command line on files of bytes, counting the writes to standard output. */
function runBytes(args: string[], files: Record<string, Uint8Array | string>, limit?: number) {
  const writes: string[] = [];
  let err = '';
  const code = runCalc(
    args,
    {
      readFile: (path, max) => {
        const bytes = files[path];
        if (bytes === undefined) throw new Error('ENOENT');
        if (bytes.length > max) throw new InputTooLarge(max);
        return bytes;
      },
      stdout: (t) => writes.push(t),
      stderr: (t) => (err += t),
      calculate,
    },
    limit,
  );
  return { code, writes, out: writes.join(''), err };
}

describe('npm run calc as a batch engine', () => {
  test('an array is written case by case, never as one string: each write holds at most one result', () => {
    const cases = Array.from({ length: 300 }, (_, i) => (i % 3 === 2 ? { birthDate: 'not a date' } : M1));
    const { code, writes, out } = runBytes(['--compact', 'big.json'], { 'big.json': JSON.stringify(cases) });
    expect(code).toBe(0);
    expect(writes.length).toBeGreaterThanOrEqual(300);
    const one = JSON.stringify(calculate(M1).ok ? (calculate(M1) as { result: unknown }).result : null);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(one.length + 2);
    const results = JSON.parse(out);
    expect(results).toHaveLength(300);
    expect(results[0].maternity.net).toBe('612360.00'); // M1 of EXAMPLES.md
    expect(results[2].error[0].path).toBe('birthDate');
    // --compact: one line per result.
    expect(out.trimEnd().split('\n').length).toBe(300 + 2); // [, 300 lines, ]
  });

  test('--ndjson reads one case per line and writes one result per line; a broken line is an error in its place', () => {
    const text = `${JSON.stringify(M1)}\n{"birthDate":\n\n${JSON.stringify(M1)}\n`;
    const { code, out } = runBytes(['--ndjson', 'cases.ndjson'], { 'cases.ndjson': text });
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].maternity.net).toBe('612360.00');
    expect(lines[1].error[0].message).toContain('line 2 is not valid JSON');
    expect(lines[2].maternity.net).toBe('612360.00');
  });

  test('a UTF-8 BOM is read; UTF-16 is refused with a message saying so', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(M1))]);
    expect(JSON.parse(runBytes(['bom.json'], { 'bom.json': bom }).out).maternity.net).toBe('612360.00');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    const refused = runBytes(['u16.json'], { 'u16.json': utf16 });
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('UTF-16');
    expect(runBytes(['u16be.json'], { 'u16be.json': new Uint8Array([0x00, 0x7b, 0x00, 0x7d]) }).err).toContain('UTF-16');
  });

  test('more input than the limit is refused with a clear message, not read on', () => {
    const { code, err, out } = runBytes(['huge.json'], { 'huge.json': 'x'.repeat(2000) }, 1000);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('larger than 1000 bytes');
  });

  test('an unknown option is refused with the usage', () => {
    const { code, err } = runBytes(['--csv-please', 'a.json'], { 'a.json': '{}' });
    expect(code).toBe(2);
    expect(err).toContain('unknown option --csv-please');
    expect(err).toContain('--ndjson');
  });
});

test('messages an HR system can act on: an amount with spaces says so, a missing field says it is required and what it may be', () => {
  const { code, err } = runBytes(['one.json'], { 'one.json': JSON.stringify({ birthDate: '2026-05-11', income: { months: [{ month: '2025-03', amounts: ['180 000'] }] } }) });
  expect(code).toBe(2);
  expect(err).toContain('income.months[0].amounts[0]: must be an amount in tenge written like "180000" or "45000.50": digits and a dot, no spaces or thousands separators');
  expect(err).toContain('income.kind: is required (one of: salary, base, contributions)');
  const wrong = runBytes(['two.json'], { 'two.json': JSON.stringify({ birthDate: '2026-05-11', payer: 'boss' }) });
  expect(wrong.err).toContain('payer: must be one of the listed values (one of: employee, entrepreneur, self_employed_special, platform_worker)');
});

describe('npm run calc -- --csv', () => {
  const months = M1.income.months.map((m) => m.month);
  // M1 of EXAMPLES.md as 1C saves it: Windows-1251, `;`, Russian headers, dd.mm.yyyy, amounts with spaces.
  const table = [
    ['Сотрудник', 'Начало отпуска', 'Вид дохода', ...months].join(';'),
    ['"Ёлкина; Анна"', '02.03.2026', 'зарплата', ...months.map(() => '"180 000,00"')].join(';'),
    ['Петрова', '30.02.2026', 'зарплата', ...months.map(() => '1')].join(';'),
  ].join('\r\n');

  function runBytes(args: string[], bytes: Uint8Array) {
    let out = '';
    let err = '';
    const code = runCalc(args, { readFile: () => bytes, stdout: (t) => (out += t), stderr: (t) => (err += t), calculate });
    return { code, out, err };
  }

  test('a Windows-1251 table in, CSV out: input columns, then the results (M1: net 612 360); a bad row is a line with its problem', () => {
    const { code, out, err } = runBytes(['--csv', 'staff.csv'], cp1251(table));
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const [header, ...rows] = parseCsv(out.trimEnd());
    expect(header.slice(0, 3)).toEqual(['Сотрудник', 'Начало отпуска', 'Вид дохода']);
    const first = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(first['Сотрудник']).toBe('Ёлкина; Анна');
    expect(first['2025-03']).toBe('180 000,00');
    expect(first.status).toBe('ok');
    expect(first.maternityGross).toBe('680400.00');
    expect(first.maternityNet).toBe('612360.00');
    expect(first.maternityTo).toBe('2026-07-05');
    expect(lines[2]).toContain('rejected,"row 3, column Начало отпуска: is not a date of the calendar"');
    expect(err).toBe('1 of 2 rows rejected (their problems are in the problems column)\n');
  });

  test('a misnamed month stops the file with exit 2; UTF-16 is refused with a message that says so', () => {
    const bad = runBytes(['--csv', 'staff.csv'], new TextEncoder().encode('id;birthDate;2025-6\nA;01.09.2025;1\n'));
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toContain('row 1, column 2025-6: looks like a month but is not written YYYY-MM');
    const utf16 = runBytes(['--csv', 'staff.csv'], new Uint8Array([0xff, 0xfe, 0x69, 0]));
    expect(utf16.code).toBe(2);
    expect(utf16.err).toBe('staff.csv is UTF-16: save it as UTF-8 (in Excel: "CSV UTF-8")\n');
    expect(runBytes(['--csv', '--ndjson', 'x'], new Uint8Array()).code).toBe(2);
  });
});

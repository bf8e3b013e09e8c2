import { describe, expect, test } from 'vitest';
import { calculate } from '../core';
import { runCalc } from './run';

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

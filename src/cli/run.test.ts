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
});

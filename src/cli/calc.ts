/**
 * Command line: `npm run --silent calc -- FILE` (or `-` for standard input). FILE holds a case or an array of
 * cases (CONTRACT.md); the result, or the array of results, is printed as JSON. A bad single case prints its
 * validation errors to standard error and exits with 2; in an array each bad case becomes `{ "error": … }`.
 */
import { readFileSync } from 'node:fs';
import { calculate } from '../core';
import { runCalc } from './run';

const code = runCalc(process.argv.slice(2), {
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  calculate,
});
process.exitCode = code;

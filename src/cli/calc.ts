/**
 * Command line: `npm run --silent calc -- [--ndjson] [--compact] FILE` (or `-` for standard input). FILE holds a
 * case or an array of cases (CONTRACT.md), or with --ndjson one case per line; results are written case by case
 * as JSON. A bad single case prints its validation errors to standard error and exits with 2; in an array each
 * bad case becomes `{ "error": … }`. `CALC_STATS=1` prints the cases, the time and the peak memory to stderr.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { calculate } from '../core';
import { InputTooLarge, runCalc } from './run';

/** Reads a file (or standard input, fd 0) in chunks, refusing more than `limit` bytes: /dev/zero ends too. */
function readLimited(path: string, limit: number): Uint8Array {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          // A non-blocking standard input with nothing yet: wait 10 ms rather than spin.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if ((e as NodeJS.ErrnoException).code === 'EOF') break;
        throw e;
      }
      if (n === 0) break;
      total += n;
      if (total > limit) throw new InputTooLarge(limit);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

let cases = 0;
const started = performance.now();
const code = runCalc(process.argv.slice(2), {
  readFile: readLimited,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  calculate: (input) => {
    cases++;
    return calculate(input);
  },
});
if (process.env.CALC_STATS) {
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(`${cases} cases in ${seconds.toFixed(1)} s (${Math.round(cases / seconds)} a second); peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
}
process.exitCode = code;

import type { calculate as Calculate } from '../core';
import { computeRow } from '../batch/batch';
import { allowedValues } from '../batch/columns';
import { csvLine, csvTable, decodeBytes } from '../batch/csv';
import { RESULT_COLUMNS, resultCells, type ExportWords } from '../batch/export';
import { englishMessage } from '../batch/messages';
import { summarize } from '../batch/summary';
import type { TableProblem } from '../batch/table';

export interface CliIo {
  /** The bytes of a file, or of standard input for `-`, refusing more than `limit` bytes (throws InputTooLarge). */
  readFile(path: string, limit: number): Uint8Array | string;
  stdout(text: string): void;
  stderr(text: string): void;
  calculate: typeof Calculate;
}

/** The most input the command line reads: 256 MiB (about 200 000 cases of two years' income). */
export const INPUT_LIMIT = 256 * 1024 * 1024;

export class InputTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} bytes`);
  }
}

const USAGE = `usage: npm run --silent calc -- [--ndjson | --csv] [--compact] FILE
  FILE       a JSON case or an array of cases (CONTRACT.md); - reads standard input
  --ndjson   one case per line in, one result per line out (the input need not be one JSON document)
  --csv      a table in (README: the table layout; CSV in UTF-8 or Windows-1251, ; or , between fields),
             CSV out: the input columns, then the result's columns, one line per employee
  --compact  results without indentation
Results are written case by case, so an array of any length streams out. Input is read up to ${INPUT_LIMIT / 1024 / 1024} MiB.
`;

/** Text from bytes: UTF-8 with or without a BOM; UTF-16 is refused with a message that says so. */
function decode(bytes: Uint8Array | string): { text: string } | { error: string } {
  if (typeof bytes === 'string') return { text: bytes.replace(/^\uFEFF/, '') };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: 'is UTF-16: save it as UTF-8 (in Excel: "CSV UTF-8"; in Notepad: Encoding → UTF-8)' };
  }
  if (bytes.length >= 2 && (bytes[0] === 0 || bytes[1] === 0)) return { error: 'looks like UTF-16 (it holds zero bytes): save it as UTF-8' };
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
  return { text };
}

/** The command line's logic, without process globals, so tests can run it in-process. Returns the exit code. */
export function runCalc(args: readonly string[], io: CliIo, limit = INPUT_LIMIT): number {
  const flags = new Set(args.filter((a) => a.startsWith('--') && a !== '--'));
  const files = args.filter((a) => a !== '--' && !a.startsWith('--') && a !== '-h');
  if (flags.has('--help') || args.includes('-h')) {
    io.stderr(USAGE);
    return 0;
  }
  const unknown = [...flags].filter((f) => f !== '--ndjson' && f !== '--compact' && f !== '--csv');
  if (files.length !== 1 || unknown.length > 0 || (flags.has('--csv') && flags.has('--ndjson'))) {
    if (unknown.length > 0) io.stderr(`unknown option ${unknown.join(', ')}\n`);
    io.stderr(USAGE);
    return 2;
  }
  const indent = flags.has('--compact') || flags.has('--ndjson') ? undefined : 2;
  const write = (value: unknown) => JSON.stringify(value, null, indent);

  let decoded: ReturnType<typeof decode>;
  try {
    const bytes = io.readFile(files[0], limit);
    if (flags.has('--csv')) return runCsv(files[0], bytes, io);
    decoded = decode(bytes);
  } catch (e) {
    if (e instanceof InputTooLarge) io.stderr(`${files[0]} is larger than ${limit} bytes, the most the command line reads: split it, or use --ndjson parts\n`);
    else io.stderr(`cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 2;
  }
  if ('error' in decoded) {
    io.stderr(`${files[0]} ${decoded.error}\n`);
    return 2;
  }
  const text = decoded.text;

  const resultOf = (one: unknown) => {
    const outcome = io.calculate(one);
    return outcome.ok ? outcome.result : { error: outcome.errors };
  };

  if (flags.has('--ndjson')) {
    // One case per line; a line that is not JSON becomes an error in its place, and the others are still computed.
    let line = 0;
    for (const raw of text.split('\n')) {
      line++;
      if (raw.trim() === '') continue;
      let one: unknown;
      try {
        one = JSON.parse(raw);
      } catch (e) {
        io.stdout(`${write({ error: [{ path: '', code: 'json', message: `line ${line} is not valid JSON: ${(e as Error).message}` }] })}\n`);
        continue;
      }
      io.stdout(`${write(resultOf(one))}\n`);
    }
    return 0;
  }

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    io.stderr(`${files[0]} is not valid JSON: ${(e as Error).message}\n`);
    return 2;
  }
  if (Array.isArray(input)) {
    // Written case by case: the whole result is never one string (20 000 cases of it passed 2 GB).
    io.stdout('[');
    for (let i = 0; i < input.length; i++) {
      io.stdout(`${i === 0 ? '\n' : ',\n'}${write(resultOf(input[i]))}`);
      input[i] = undefined; // a case computed is not kept
    }
    io.stdout(input.length === 0 ? ']\n' : '\n]\n');
    return 0;
  }
  const outcome = io.calculate(input);
  if (!outcome.ok) {
    io.stderr(`the case is not valid:\n${outcome.errors.map((e) => `  ${e.message}`).join('\n')}\n`);
    return 2;
  }
  io.stdout(`${write(outcome.result)}\n`);
  return 0;
}

/** English words of the CSV output: the result columns by their names, amounts and dates as the case format writes them. */
const CSV_WORDS: ExportWords = {
  column: (c) => c,
  ok: 'ok',
  rejected: 'rejected',
  change: (net, from) => `${net} from ${from}`,
  notes: (s) => [
    ...(s.maternity?.capApplied ? ['maternity: cap applied'] : []),
    ...(s.childcare?.capApplied ? ['childcare: cap applied'] : []),
    ...(s.childcare?.floorApplied ? ['childcare: floor applied'] : []),
    ...(s.childcareAllowances ? ['childcare: state allowance (no insurance payment due)'] : []),
    ...s.warnings.map((w) => `warning: ${w}`),
  ],
};

function problemText(p: TableProblem): string {
  const where = p.column ? `row ${p.row}, column ${p.column}` : `row ${p.row}`;
  return `${where}: ${englishMessage(p, (column) => allowedValues(column).join(', '))}`;
}

/** `--csv`: the table layout in, CSV out, line by line. Rejected rows are lines too, with their problems. */
function runCsv(name: string, bytes: Uint8Array | string, io: CliIo): number {
  const decoded = typeof bytes === 'string' ? ({ ok: true, text: bytes } as const) : decodeBytes(bytes, { utf16: false });
  if (!decoded.ok) {
    io.stderr(`${name} ${englishMessage({ key: decoded.key }, () => '')}\n`);
    return 2;
  }
  const table = csvTable(decoded.text);
  // The first notes say what a file's header is like; thousands of them would bury the rest.
  for (const p of table.notices.slice(0, 20)) io.stderr(`note: ${problemText(p)}\n`);
  if (table.notices.length > 20) io.stderr(`note: … and ${table.notices.length - 20} more columns not read\n`);
  if (table.blocking.length > 0) {
    const shown = table.blocking.slice(0, 20).map((p) => `  ${problemText(p)}`);
    if (table.blocking.length > 20) shown.push(`  … and ${table.blocking.length - 20} more`);
    io.stderr(`${name} cannot be read as the table layout:\n${shown.join('\n')}\n`);
    return 2;
  }
  io.stdout(csvLine([...table.header, ...RESULT_COLUMNS], 'plain'));
  let rejected = 0;
  for (const row of table.rows) {
    const outcome = computeRow(row, table, io.calculate);
    if (!outcome.ok) rejected++;
    const summary = outcome.ok ? summarize(outcome.result) : null;
    const problems = outcome.ok ? [] : outcome.problems.map(problemText);
    const input = table.header.map((_, i) => String(row.cells[i] ?? ''));
    io.stdout(csvLine([...input, ...resultCells({ cells: row.cells, summary, problems }, CSV_WORDS)], 'plain'));
  }
  if (rejected > 0) io.stderr(`${rejected} of ${table.rows.length} rows rejected (their problems are in the problems column)\n`);
  return 0;
}

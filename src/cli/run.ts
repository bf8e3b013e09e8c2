import type { calculate as Calculate } from '../core';

export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  calculate: typeof Calculate;
}

const USAGE = 'usage: npm run --silent calc -- FILE   (FILE: a JSON case or an array of cases; - reads standard input)\n';

/** The command line's logic, without process globals, so tests can run it in-process. Returns the exit code. */
export function runCalc(args: readonly string[], io: CliIo): number {
  const files = args.filter((a) => a !== '--');
  if (files.length !== 1 || files[0] === '--help' || files[0] === '-h') {
    io.stderr(USAGE);
    return files[0] === '--help' || files[0] === '-h' ? 0 : 2;
  }
  let text: string;
  try {
    text = io.readFile(files[0]);
  } catch (e) {
    io.stderr(`cannot read ${files[0]}: ${(e as Error).message}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    io.stderr(`${files[0]} is not valid JSON: ${(e as Error).message}\n`);
    return 2;
  }
  if (Array.isArray(input)) {
    const results = input.map((one) => {
      const outcome = io.calculate(one);
      return outcome.ok ? outcome.result : { error: outcome.errors };
    });
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
    return 0;
  }
  const outcome = io.calculate(input);
  if (!outcome.ok) {
    io.stderr(`the case is not valid:\n${outcome.errors.map((e) => `  ${e.message}`).join('\n')}\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(outcome.result, null, 2)}\n`);
  return 0;
}

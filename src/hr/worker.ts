/**
 * The HR page's worker: reads the file and computes every employee off the main thread, sending rows back in
 * chunks so that the page can show progress and stay responsive. It keeps the table, so that the page can ask
 * for an employee's full result (to open it, or to write its text) without holding thousands of them.
 */
import { computeRow } from '../batch/batch';
import { summarize } from '../batch/summary';
import type { Table } from '../batch/table';
import type { FromWorker, HrRow, ToWorker } from './protocol';
import { readInput } from './read';

const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const post = (m: FromWorker) => scope.postMessage(m);

/** Rows per message: small enough for the progress bar to move, large enough that messages cost little. */
const CHUNK = 250;

let current: { job: number; table: Table } | null = null;

async function run(job: number, kind: ToWorker & { type: 'run' }): Promise<void> {
  const started = performance.now();
  const read = await readInput(kind.kind, kind.data);
  if (!read.ok) return post({ type: 'failed', job, key: read.key, detail: read.detail });
  const table = read.table;
  current = { job, table };
  post({ type: 'table', job, header: table.header, total: table.rows.length, blocking: table.blocking, notices: table.notices, encoding: read.encoding });
  let chunk: HrRow[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    if (current?.job !== job) return; // a newer file replaced this one
    const row = table.rows[i];
    const outcome = computeRow(row, table);
    chunk.push({ index: i, row: row.row, id: row.id, cells: row.cells, summary: outcome.ok ? summarize(outcome.result) : null, problems: outcome.ok ? [] : outcome.problems });
    if (chunk.length === CHUNK || i === table.rows.length - 1) {
      post({ type: 'rows', job, rows: chunk, done: i + 1, total: table.rows.length });
      chunk = [];
      // Let a newer file's message in between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  post({ type: 'done', job, ms: Math.round(performance.now() - started) });
}

scope.onmessage = (event) => {
  const m = event.data;
  if (m.type === 'run') {
    void run(m.job, m).catch((e: unknown) => post({ type: 'failed', job: m.job, key: 'file.failed', detail: String(e) }));
    return;
  }
  if (m.type === 'results') {
    // A request for a file no longer here is answered empty (the page then says nothing was prepared).
    if (current?.job !== m.job) return post({ type: 'results', job: m.job, req: m.req, results: [] });
    const table = current.table;
    const results = m.indexes.map((index) => {
      const row = table.rows[index];
      const outcome = row ? computeRow(row, table) : null;
      return { index, id: row?.id ?? '', result: outcome?.ok ? outcome.result : null };
    });
    post({ type: 'results', job: m.job, req: m.req, results });
  }
};

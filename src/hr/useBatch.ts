/** The page's side of the worker: runs a file, gathers the rows as they come, and asks for full results. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CalcResult } from '../core';
import type { TableProblem } from '../batch/table';
import type { FromWorker, HrRow, InputKind, ToWorker } from './protocol';

export interface BatchState {
  status: 'idle' | 'reading' | 'computing' | 'done' | 'blocked' | 'failed';
  name: string;
  header: string[];
  total: number;
  done: number;
  rows: HrRow[];
  blocking: TableProblem[];
  notices: TableProblem[];
  encoding?: string;
  failure?: { key: string; detail?: string };
  ms?: number;
}

const IDLE: BatchState = { status: 'idle', name: '', header: [], total: 0, done: 0, rows: [], blocking: [], notices: [] };

export type FullResult = { index: number; id: string; result: CalcResult | null };

export function useBatch() {
  const [state, setState] = useState<BatchState>(IDLE);
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const req = useRef(0);
  const pending = useRef(new Map<number, (results: FullResult[] | null) => void>());

  const handle = useCallback((m: FromWorker) => {
    if (m.type === 'results') {
      // Answered whatever file is current: a request made for an earlier file gets null, never another file's rows.
      pending.current.get(m.req)?.(m.job === job.current ? m.results : null);
      pending.current.delete(m.req);
      return;
    }
    if (m.job !== job.current) return;
    switch (m.type) {
      case 'table':
        setState((s) => ({ ...s, status: m.blocking.length > 0 ? 'blocked' : 'computing', header: m.header, total: m.total, blocking: m.blocking, notices: m.notices, encoding: m.encoding }));
        return;
      case 'rows':
        setState((s) => ({ ...s, rows: s.rows.concat(m.rows), done: m.done }));
        return;
      case 'done':
        setState((s) => ({ ...s, status: s.status === 'blocked' ? 'blocked' : 'done', ms: m.ms }));
        return;
      case 'failed':
        setState((s) => ({ ...s, status: 'failed', failure: { key: m.key, detail: m.detail } }));
        return;
    }
  }, []);

  const ensureWorker = useCallback(() => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (e: MessageEvent<FromWorker>) => handle(e.data);
    }
    return worker.current;
  }, [handle]);

  // The worker (the core and the CSV reader) loads once the page is idle, so a file chosen later starts at once.
  useEffect(() => {
    const warm = () => ensureWorker();
    const handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(warm, { timeout: 2000 }) : setTimeout(warm, 500);
    return () => {
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle as number);
      else clearTimeout(handle as ReturnType<typeof setTimeout>);
    };
  }, [ensureWorker]);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback(
    (kind: InputKind, name: string, data: ArrayBuffer | string) => {
      job.current++;
      setState({ ...IDLE, status: 'reading', name });
      const message: ToWorker = { type: 'run', job: job.current, kind, name, data };
      ensureWorker().postMessage(message, typeof data === 'string' ? [] : [data]);
    },
    [ensureWorker],
  );

  /**
   * Full results of some rows, computed again by the worker (it keeps the table; the page keeps summaries); null
   * when another file was loaded in between.
   */
  const results = useCallback(
    (indexes: number[]) =>
      new Promise<FullResult[] | null>((resolve) => {
        const id = ++req.current;
        pending.current.set(id, resolve);
        const message: ToWorker = { type: 'results', job: job.current, req: id, indexes };
        ensureWorker().postMessage(message);
      }),
    [ensureWorker],
  );

  return { state, run, results };
}

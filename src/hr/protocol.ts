/** Messages between the HR page and its worker, which reads the file and computes every row off the main thread. */
import type { CalcResult } from '../core';
import type { RowSummary } from '../batch/summary';
import type { Cell, TableProblem } from '../batch/table';

export type InputKind = 'csv' | 'xlsx' | 'json' | 'paste';

export type ToWorker =
  | { type: 'run'; job: number; kind: InputKind; name: string; data: ArrayBuffer | string }
  | { type: 'results'; job: number; req: number; indexes: number[] };

export interface HrRow {
  /** Position in the file's rows (0-based, rows computed or rejected); the key of a detail request. */
  index: number;
  /** The row in the file (spreadsheet numbering), or the case's position in a JSON array (from 1). */
  row: number;
  id: string;
  cells: Cell[];
  summary: RowSummary | null;
  problems: TableProblem[];
}

export type FromWorker =
  | { type: 'table'; job: number; header: string[]; total: number; blocking: TableProblem[]; notices: TableProblem[]; encoding?: string }
  | { type: 'rows'; job: number; rows: HrRow[]; done: number; total: number }
  | { type: 'done'; job: number; ms: number }
  | { type: 'results'; job: number; req: number; results: { index: number; id: string; result: CalcResult | null }[] }
  | { type: 'failed'; job: number; key: string; detail?: string };

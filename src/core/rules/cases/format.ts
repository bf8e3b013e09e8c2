/** The format of the case files in this folder, and the `fill` shorthand for runs of equal months. */
import { monthFromIndex, monthIndex } from '../../dates';

export interface Fill {
  /** First and last month, inclusive (`YYYY-MM`). */
  from: string;
  to: string;
  /** One amount per payer, as in the case format. */
  amounts: string[];
}

export interface CaseEntry {
  id: string;
  name: string;
  /** Where the expected figures come from, with its grade (LAW / OFFICIAL / SECONDARY / ASSUMED / hand). */
  source: string;
  /** The arithmetic, written out by hand. */
  arithmetic?: string;
  /** The case as CONTRACT.md writes it; `income.months` may be left out when `fill` gives them. */
  case: Record<string, unknown>;
  fill?: Fill[];
  /** Paths in the result and the value each must have. */
  expect?: Record<string, unknown>;
  /** For a case that must be rejected: `path:code` of every error. */
  expectErrors?: string[];
}

export interface CaseFile {
  rule: string;
  description?: string;
  cases: CaseEntry[];
}

/** The case with `fill` runs expanded into `income.months` (added after the months the case lists). */
export function expandFill(entry: CaseEntry): unknown {
  if (!entry.fill) return entry.case;
  const income = (entry.case.income ?? { kind: 'salary', months: [] }) as { kind: string; months?: unknown[] };
  const months = [...(income.months ?? [])];
  for (const run of entry.fill) {
    for (let i = monthIndex(run.from); i <= monthIndex(run.to); i++) months.push({ month: monthFromIndex(i), amounts: run.amounts });
  }
  return { ...entry.case, income: { ...income, months } };
}

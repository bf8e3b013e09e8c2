/**
 * An employee's result in one line of the HR table: the figures a specialist answers with. Every figure is
 * the core's (the result's fields and schedules); nothing is recomputed here.
 */
import type { CalcResult } from '../core';

/** A run of equal monthly payments. */
export interface MonthlyAmount {
  net: string;
  from: string;
  count: number;
}

export interface RowSummary {
  /** null when the row asked no maternity result (no leaveStart). */
  maternity: null | {
    eligible: boolean;
    gross: string;
    pension: string;
    net: string;
    /** The days paid for: the leave (sick-leave sheet) from its first to its last day. */
    from: string;
    to: string;
    deadline: string;
    capApplied: boolean;
  };
  childcare: null | {
    eligible: boolean;
    /** The first child's take-home amount and each change of it (the МРП-linked floor, a cap…). */
    monthly: MonthlyAmount[];
    children: number;
    payments: number;
    from: string;
    to: string;
    totalNet: string;
    deadline: string;
    capApplied: boolean;
    floorApplied: boolean;
  };
  /** The state childcare allowance when the insurance payment is not due (art. 82), else null. */
  childcareAllowances: string | null;
  grandNet: string;
  /** Anything the result warns about (codes), and values that are forecasts rather than law. */
  warnings: string[];
}

export function summarize(result: CalcResult): RowSummary {
  const m = result.maternity;
  const c = result.childcare;
  const monthly: MonthlyAmount[] = [];
  for (const p of c?.children[0]?.schedule ?? []) {
    const last = monthly.at(-1);
    if (last && last.net === p.net) last.count++;
    else monthly.push({ net: p.net, from: p.from, count: 1 });
  }
  const allowance = result.totals?.childcareAllowances;
  return {
    maternity: m
      ? { eligible: m.eligible, gross: m.gross, pension: m.pension, net: m.net, from: m.rightDate, to: m.leaveEnd, deadline: m.applicationDeadline, capApplied: m.capApplied }
      : null,
    childcare: c
      ? {
          eligible: c.eligible,
          monthly,
          children: c.children.length,
          payments: c.months,
          from: c.rightDate,
          to: c.endDate,
          totalNet: c.totalNet,
          deadline: c.applicationDeadline,
          capApplied: c.capApplied,
          floorApplied: c.floorApplied,
        }
      : null,
    childcareAllowances: allowance && allowance !== '0.00' ? allowance : null,
    grandNet: result.totals?.grandNet ?? '0.00',
    warnings: result.warnings.map((w) => w.code),
  };
}

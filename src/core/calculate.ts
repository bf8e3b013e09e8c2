/**
 * The core's entry point: a case in, a result out. `calculate` validates anything (it never throws on bad
 * input: it returns the validation errors); `computeCase` takes a case that is already valid.
 */
import { parseCase, type Case, type CaseError } from './case/schema';
import { Context } from './context';
import { daysBetween, monthFromIndex, monthIndex } from './dates';
import { allowances } from './rules/allowances';
import { childcare, childcareWindow } from './rules/childcare';
import { monthlyBases, type Bases } from './rules/income';
import { maximum } from './rules/maximum';
import { totals } from './rules/totals';
import { maternity, maternityWindow } from './rules/maternity';
import type { CalcResult, MonthRow, Warning } from './result';

export type CalcOutcome = { ok: true; result: CalcResult } | { ok: false; errors: CaseError[] };

export function calculate(input: unknown): CalcOutcome {
  const parsed = parseCase(input);
  if (!parsed.ok) return parsed;
  return { ok: true, result: computeCase(parsed.value) };
}

/** Longest plausible time between the leave start and the birth, in days, before a warning. */
const DATES_FAR_APART_DAYS = 300;

export function computeCase(c: Case): CalcResult {
  const ctx = new Context();
  const mWindow = c.leaveStart !== undefined ? maternityWindow(c.leaveStart) : undefined;
  const cWindow = c.birthDate !== undefined ? childcareWindow(c.birthDate) : undefined;
  const bases = monthlyBases(ctx, c, { maternity: mWindow, childcare: cWindow });
  const stateAllowances = c.birthDate !== undefined ? allowances(ctx, c, c.birthDate) : undefined;

  const result: CalcResult = {
    version: 1,
    maternity: c.leaveStart !== undefined ? maternity(ctx, c, c.leaveStart, bases) : undefined,
    // The state allowances first: the childcare payment's floor is the childcare allowance (art. 85 p.2).
    childcare: stateAllowances ? childcare(ctx, c, c.birthDate as string, bases, stateAllowances) : undefined,
    allowances: stateAllowances?.result,
    months: monthRows(bases),
    parameters: [],
    assumptions: [],
    warnings: [],
  };
  result.totals = totals(result);
  result.maximum = maximum(c, bases, mWindow, cWindow);
  result.warnings = warnings(c, result, bases, cWindow);
  result.parameters = ctx.parameterUses();
  result.assumptions = ctx.assumptions();

  const projected = result.parameters.filter((p) => p.projected).map((p) => p.id);
  if (projected.length > 0) result.warnings.push({ code: 'projection', parameters: [...new Set(projected)] });
  const unconfirmed = result.parameters.filter((p) => p.unconfirmed).map((p) => `${p.id}@${p.from}`);
  if (unconfirmed.length > 0) result.warnings.push({ code: 'unconfirmed_parameter', parameters: [...new Set(unconfirmed)] });
  return result;
}

/** The months' rows in calendar order (cases usually list them in order already). */
function monthRows(bases: Bases): MonthRow[] {
  const list = [...bases.values()];
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1].index > list[i].index) {
      list.sort((a, b) => a.index - b.index);
      break;
    }
  }
  return list.map((b) => b.row);
}

function warnings(c: Case, result: CalcResult, bases: Bases, cWindow: [number, number] | undefined): Warning[] {
  const out: Warning[] = [];
  const outside = result.months.filter((m) => !m.inMaternityWindow && !m.inChildcareWindow).map((m) => m.month);
  if (outside.length > 0) out.push({ code: 'income_outside_windows', months: outside });

  // Months of maternity leave inside the childcare window usually carry no salary: say so (RULES §4).
  if (c.leaveStart !== undefined && cWindow !== undefined && c.leaveCase !== 'adoption') {
    const empty: string[] = [];
    for (let i = Math.max(monthIndex(c.leaveStart), cWindow[0]); i <= cWindow[1]; i++) {
      if (bases.get(i)?.base.isZero() ?? true) empty.push(monthFromIndex(i));
    }
    if (empty.length > 0) out.push({ code: 'leave_months_without_income', months: empty });
  }
  if (c.leaveStart !== undefined && c.birthDate !== undefined && Math.abs(daysBetween(c.leaveStart, c.birthDate)) > DATES_FAR_APART_DAYS) {
    out.push({ code: 'dates_far_apart' });
  }
  // For an adoption the childcare right arises on the court's decision (art. 84); the calculator counts from the birth.
  if (c.leaveCase === 'adoption' && c.birthDate !== undefined) out.push({ code: 'adoption_childcare_from_birth' });
  const rightDate = c.leaveStart ?? c.birthDate ?? '';
  if ((c.payer === 'self_employed_special' || c.payer === 'platform_worker') && rightDate < '2026-01-01') {
    out.push({ code: 'special_payer_before_2026' });
  }
  return out;
}

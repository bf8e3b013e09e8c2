/**
 * Small helpers shared by the unit tests (never imported by the app; tests may reach anywhere): months of income for a case, a case's
 * result (failing loudly on a rejected case), and Windows-1251 bytes of a text, as 1C writes a CSV.
 */
import { calculate, parseCase, type CalcResult, type Case, type CaseInput } from '../core';

/** One entry per month from `from` to `to` (YYYY-MM, both included), each with the same amounts (one per payer). */
export function months(from: string, to: string, amounts: string | string[]): { month: string; amounts: string[] }[] {
  const each = typeof amounts === 'string' ? [amounts] : amounts;
  const out: { month: string; amounts: string[] }[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push({ month: `${y}-${String(m).padStart(2, '0')}`, amounts: each });
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** A case's result; a rejected case fails the test with its errors. */
export function resultOf(input: CaseInput): CalcResult {
  const outcome = calculate(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

/** A case as the schema reads it (defaults filled in); a rejected case fails the test with its errors. */
export function caseOf(input: CaseInput): Case {
  const parsed = parseCase(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

/** One side of a "what if" comparison: the case and its result. */
export const sideOf = (input: CaseInput): { case: Case; result: CalcResult } => ({ case: caseOf(input), result: resultOf(input) });

/** Windows-1251 bytes of a text of ASCII and Russian letters (А–я, Ё, ё); anything else is refused. */
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`not in Windows-1251 here: ${ch}`);
  }));
}

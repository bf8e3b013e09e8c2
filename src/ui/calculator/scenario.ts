/**
 * The "what if" scenario: a copy of the person's case, changed by the few edits people ask about — the leave
 * start, the birth date, the payer kind, a raise from a chosen month, a second employer. Each edit takes a case
 * and gives a new one (the case format, CONTRACT.md); nothing here computes a payment.
 */
import type { Case } from '../../core';
import { MAX_PAYERS, monthFromIndex, monthIndex, type IsoMonth } from '../../core/light';

type Months = Case['income']['months'];

/** The number of payers the case's income has (the longest month). */
export const payersOf = (c: Case): number => c.income.months.reduce((n, m) => Math.max(n, m.amounts.length), 1);

/** The months from `from` to `to`, both included (empty when `to` is before `from`). */
export function monthRange(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

/**
 * The months whose income counts for either payment: 12 before the leave's month (art. 78) and 24 before the
 * birth month (art. 85), as the result's windows say. Empty when the case asks for neither.
 */
export function countedMonths(windows: readonly { windowFrom: IsoMonth; windowTo: IsoMonth }[]): IsoMonth[] {
  const set = new Set<IsoMonth>();
  for (const w of windows) for (const m of monthRange(w.windowFrom, w.windowTo)) set.add(m);
  return [...set].sort();
}

function sorted(months: Months): Months {
  return [...months].sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
}

/** Sets one payer's amount in the given months, adding the months that are missing (the other payers 0 there). */
function setAmount(c: Case, payer: number, amount: string, months: readonly IsoMonth[]): Case {
  const width = Math.max(payersOf(c), payer + 1);
  const byMonth = new Map(c.income.months.map((m) => [m.month, m]));
  for (const month of months) {
    const old = byMonth.get(month)?.amounts ?? [];
    const amounts = Array.from({ length: width }, (_, p) => old[p] ?? '0');
    amounts[payer] = amount;
    byMonth.set(month, { month, amounts });
  }
  // Every month keeps one amount per payer.
  const all = [...byMonth.values()].map((m) => ({ month: m.month, amounts: Array.from({ length: width }, (_, p) => m.amounts[p] ?? '0') }));
  return { ...c, income: { ...c.income, months: sorted(all) } };
}

/** A raise (or any new monthly amount) of the first payer from `from` to the last month that counts. */
export function withIncomeFrom(c: Case, from: IsoMonth, amount: string, counted: readonly IsoMonth[]): Case {
  return setAmount(c, 0, amount, counted.filter((m) => m >= from));
}

/** A second (third…) employer paying `amount` from `from` to the last month that counts; null when there can be no more payers. */
export function withAnotherPayer(c: Case, from: IsoMonth, amount: string, counted: readonly IsoMonth[]): Case | null {
  const index = payersOf(c);
  if (index >= MAX_PAYERS) return null;
  const months = counted.filter((m) => m >= from);
  const added = setAmount(c, index, amount, months);
  // The single payment flag (contributions), one per payer, is kept with the new payer as not on it.
  const single = c.income.singlePayment;
  return single ? { ...added, income: { ...added.income, singlePayment: [...single, false] } } : added;
}

/** The case without one of its payers (its amounts dropped from every month; a month left with nothing is dropped). */
export function withoutPayer(c: Case, payer: number): Case {
  if (payersOf(c) <= 1) return c;
  const months = c.income.months.map((m) => ({ month: m.month, amounts: m.amounts.filter((_, p) => p !== payer) })).filter((m) => m.amounts.length > 0);
  const single = c.income.singlePayment?.filter((_, p) => p !== payer);
  return { ...c, income: { ...c.income, months, ...(single ? { singlePayment: single } : {}) } };
}

export type Edit =
  | { field: 'leaveStart'; value: string | undefined }
  | { field: 'birthDate'; value: string | undefined }
  | { field: 'payer'; value: Case['payer'] }
  | { field: 'leaveCase'; value: Case['leaveCase'] }
  | { field: 'childrenBorn'; value: number };

/** A date, the payer kind, the leave case or the number of children changed; the rest of the case as it was. */
export function withEdit(c: Case, edit: Edit): Case {
  const out: Case = { ...c, [edit.field]: edit.value };
  if (edit.value === undefined) delete (out as Partial<Case>)[edit.field];
  // A sheet's own days belong to its leave case (a shorter sheet, an adoption's days): another case has its own.
  if (edit.field === 'leaveCase' && edit.value !== c.leaveCase) delete (out as Partial<Case>).leaveDays;
  return out;
}

/** What the scenario changes, in words the page can show: each changed field, and the months whose income differs. */
export interface Changes {
  leaveStart?: [string | undefined, string | undefined];
  birthDate?: [string | undefined, string | undefined];
  payer?: [Case['payer'], Case['payer']];
  incomeKind?: [Case['income']['kind'], Case['income']['kind']];
  payers?: [number, number];
  months: IsoMonth[];
  other: boolean;
}

/** An amount as a number is written in one way ("180000.50" and "180000.5" alike, "0.00" as "0"). */
const written = (x: string) => (x.includes('.') ? x.replace(/\.?0+$/, '') : x).replace(/^0+(?=\d)/, '');
/** A month's amounts, with payers at 0 at the end left out (a second payer added as 0 changes nothing). */
const amountsKey = (amounts: readonly string[] | undefined) => (amounts ?? []).map(written).join('|').replace(/(\|0)+$/, '').replace(/^0$/, '');

export function changesOf(a: Case, b: Case): Changes {
  const out: Changes = { months: [], other: false };
  if (a.leaveStart !== b.leaveStart) out.leaveStart = [a.leaveStart, b.leaveStart];
  if (a.birthDate !== b.birthDate) out.birthDate = [a.birthDate, b.birthDate];
  if (a.payer !== b.payer) out.payer = [a.payer, b.payer];
  if (a.income.kind !== b.income.kind) out.incomeKind = [a.income.kind, b.income.kind];
  if (payersOf(a) !== payersOf(b)) out.payers = [payersOf(a), payersOf(b)];
  const ma = new Map(a.income.months.map((m) => [m.month, m.amounts]));
  const mb = new Map(b.income.months.map((m) => [m.month, m.amounts]));
  const all = [...new Set([...ma.keys(), ...mb.keys()])].sort();
  out.months = all.filter((m) => amountsKey(ma.get(m)) !== amountsKey(mb.get(m)));
  out.other =
    a.leaveCase !== b.leaveCase ||
    a.leaveDays !== b.leaveDays ||
    a.childrenBorn !== b.childrenBorn ||
    a.birthOrder !== b.birthOrder ||
    JSON.stringify(a.income.singlePayment ?? []) !== JSON.stringify(b.income.singlePayment ?? []);
  return out;
}

/**
 * "What if": the current case and a scenario side by side — what differs, by how much, and why.
 *
 * It reads two computed results (and the cases they came from) and says nothing the results do not hold: every
 * figure here is one the result already has, and every reason points at a field of the result that differs
 * (a window of months, the income counted in it, a cap, the floor, the МРП or МЗП of the year). A difference is
 * the scenario's figure minus the current one; a date's difference is in days.
 *
 * Pure, like the rest of the core: no clock, no language. The interface words each reason (next.json `whatif`).
 */
import type { Case } from './case/schema';
import { daysBetween, monthFromIndex, monthIndex, type IsoDate, type IsoMonth } from './dates';
import { dec, shownMoney } from './money';
import type { CalcResult, ChildcareResult, MaternityResult, Money, MonthRow } from './result';

export type PaymentKind = 'maternity' | 'childcare';

export type MoneyFigureId = 'maternity_net' | 'childcare_monthly_net' | 'childcare_total_net' | 'birth_allowances' | 'grand_total';
export type DateFigureId = 'leave_start' | 'maternity_deadline' | 'childcare_start' | 'childcare_deadline';

/** A money figure of both: null where the payment is not due (or not asked for); `diff` counts null as 0. */
export interface MoneyFigure {
  id: MoneyFigureId;
  kind: 'money';
  a: Money | null;
  b: Money | null;
  diff: Money;
}

/** A date of both: `days` from the current date to the scenario's (null when either has none). */
export interface DateFigure {
  id: DateFigureId;
  kind: 'date';
  a: IsoDate | null;
  b: IsoDate | null;
  days: number | null;
}

export type Figure = MoneyFigure | DateFigure;

/** Why the figures differ, read from the two results; the interface has one sentence per code. */
export type Reason =
  | { code: 'payer'; a: Case['payer']; b: Case['payer'] }
  | { code: 'income_kind'; a: Case['income']['kind']; b: Case['income']['kind'] }
  | { code: 'children'; a: number; b: number }
  | { code: 'birth_order'; a: number; b: number }
  /** The months counted moved: those that entered the scenario's window, those that left it, and the entered ones with no income. */
  | { code: 'window_moved'; payment: PaymentKind; from: [IsoMonth, IsoMonth]; to: [IsoMonth, IsoMonth]; entered: IsoMonth[]; left: IsoMonth[]; enteredEmpty: IsoMonth[] }
  /** Months in both windows whose income counted differs. */
  | { code: 'income_changed'; payment: PaymentKind; months: IsoMonth[] }
  /** The average monthly income counted (before any cap). */
  | { code: 'average'; payment: PaymentKind; a: Money; b: Money }
  | { code: 'days'; a: number; b: number }
  /** The cap limits the payment in one and not in the other, or in both while the income counted differs. */
  | { code: 'cap'; payment: PaymentKind; a: boolean; b: boolean }
  /** The cap itself differs (the МЗП of another year, or no overall cap before 2025-04-08). */
  | { code: 'cap_value'; payment: PaymentKind; a: Money | null; b: Money | null }
  /** The floor (the state allowance ÷ 0.9) lifts the childcare payment in one and not in the other. */
  | { code: 'floor'; a: boolean; b: boolean }
  /** The МРП values used differ: the birth allowance and the childcare floor follow them. */
  | { code: 'mrp'; a: string[]; b: string[] }
  | { code: 'payments'; a: number; b: number }
  /** The payment is due in one and not in the other (no income in its window). */
  | { code: 'due'; payment: PaymentKind; a: boolean; b: boolean }
  /** The payment is asked for in one only (no leave start, or no birth date). */
  | { code: 'asked'; payment: PaymentKind; a: boolean; b: boolean };

export interface Comparison {
  figures: Figure[];
  reasons: Reason[];
  /** Nothing the page shows differs. */
  same: boolean;
}

export interface Side {
  case: Case;
  result: CalcResult;
}

const net = (r: CalcResult, kind: PaymentKind, pick: (r: CalcResult) => Money | undefined): Money | null =>
  r[kind]?.eligible ? (pick(r) ?? null) : null;

function moneyFigure(id: MoneyFigureId, a: Money | null, b: Money | null): MoneyFigure {
  return { id, kind: 'money', a, b, diff: shownMoney(dec(b ?? '0').minus(dec(a ?? '0'))) };
}

function dateFigure(id: DateFigureId, a: IsoDate | undefined, b: IsoDate | undefined): DateFigure {
  return { id, kind: 'date', a: a ?? null, b: b ?? null, days: a && b ? daysBetween(a, b) : null };
}

function monthsOf(from: IsoMonth, to: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthFromIndex(i));
  return out;
}

type Rows = Map<IsoMonth, MonthRow>;
const rowsByMonth = (r: CalcResult): Rows => new Map(r.months.map((row) => [row.month, row]));
const baseOf = (rows: Rows, month: IsoMonth) => dec(rows.get(month)?.base ?? '0');
/** The average monthly income counted, before any cap (the maternity result keeps it apart from the capped one). */
const averageOf = (p: MaternityResult | ChildcareResult): Money => ('averageBeforeCap' in p ? p.averageBeforeCap : p.averageMonthlyIncome);

/** Why one payment differs: its window, the income in it, its average, its cap (and for childcare the floor). */
function paymentReasons(kind: PaymentKind, a: CalcResult, b: CalcResult, rowsA: Rows, rowsB: Rows): Reason[] {
  const pa = a[kind];
  const pb = b[kind];
  if (!pa || !pb) return pa || pb ? [{ code: 'asked', payment: kind, a: pa !== undefined, b: pb !== undefined }] : [];
  const reasons: Reason[] = [];
  const windowA = monthsOf(pa.windowFrom, pa.windowTo);
  const windowB = monthsOf(pb.windowFrom, pb.windowTo);
  if (pa.windowFrom !== pb.windowFrom || pa.windowTo !== pb.windowTo) {
    const entered = windowB.filter((m) => !windowA.includes(m));
    reasons.push({
      code: 'window_moved',
      payment: kind,
      from: [pa.windowFrom, pa.windowTo],
      to: [pb.windowFrom, pb.windowTo],
      entered,
      left: windowA.filter((m) => !windowB.includes(m)),
      enteredEmpty: entered.filter((m) => baseOf(rowsB, m).isZero()),
    });
  }
  const changed = windowB.filter((m) => windowA.includes(m) && !baseOf(rowsA, m).equals(baseOf(rowsB, m)));
  if (changed.length > 0) reasons.push({ code: 'income_changed', payment: kind, months: changed });
  const averageA = averageOf(pa);
  const averageB = averageOf(pb);
  const averageMoved = !dec(averageA).equals(dec(averageB));
  if (averageMoved) reasons.push({ code: 'average', payment: kind, a: averageA, b: averageB });
  if (pa.eligible !== pb.eligible) reasons.push({ code: 'due', payment: kind, a: pa.eligible, b: pb.eligible });
  if (pa.eligible && pb.eligible) {
    if (pa.cap !== pb.cap) reasons.push({ code: 'cap_value', payment: kind, a: pa.cap, b: pb.cap });
    // Also when the cap limits both and the income moved: it is why a higher income changes nothing.
    if (pa.capApplied !== pb.capApplied || (pa.capApplied && averageMoved)) reasons.push({ code: 'cap', payment: kind, a: pa.capApplied, b: pb.capApplied });
  }
  return reasons;
}

/** The МРП values a result used (each with the date it applies from), in order. */
const mrpValues = (r: CalcResult) => r.parameters.filter((p) => p.id === 'mrp').map((p) => p.value);

export function compareResults(a: Side, b: Side): Comparison {
  const ra = a.result;
  const rb = b.result;
  const figures: Figure[] = [
    moneyFigure('maternity_net', net(ra, 'maternity', (r) => r.maternity?.net), net(rb, 'maternity', (r) => r.maternity?.net)),
    moneyFigure('childcare_monthly_net', net(ra, 'childcare', (r) => r.childcare?.monthlyNet), net(rb, 'childcare', (r) => r.childcare?.monthlyNet)),
    moneyFigure('childcare_total_net', net(ra, 'childcare', (r) => r.childcare?.totalNet), net(rb, 'childcare', (r) => r.childcare?.totalNet)),
    moneyFigure('birth_allowances', ra.allowances?.birthTotal ?? null, rb.allowances?.birthTotal ?? null),
    moneyFigure('grand_total', ra.totals?.grandNet ?? null, rb.totals?.grandNet ?? null),
    dateFigure('leave_start', ra.maternity?.rightDate, rb.maternity?.rightDate),
    dateFigure('maternity_deadline', ra.maternity?.eligible ? ra.maternity.applicationDeadline : undefined, rb.maternity?.eligible ? rb.maternity.applicationDeadline : undefined),
    dateFigure('childcare_start', ra.childcare?.rightDate, rb.childcare?.rightDate),
    dateFigure('childcare_deadline', ra.childcare?.eligible ? ra.childcare.applicationDeadline : undefined, rb.childcare?.eligible ? rb.childcare.applicationDeadline : undefined),
  ];

  const reasons: Reason[] = [];
  if (a.case.payer !== b.case.payer) reasons.push({ code: 'payer', a: a.case.payer, b: b.case.payer });
  if (a.case.income.kind !== b.case.income.kind) reasons.push({ code: 'income_kind', a: a.case.income.kind, b: b.case.income.kind });
  if (a.case.childrenBorn !== b.case.childrenBorn) reasons.push({ code: 'children', a: a.case.childrenBorn, b: b.case.childrenBorn });
  if (a.case.birthOrder !== b.case.birthOrder) reasons.push({ code: 'birth_order', a: a.case.birthOrder, b: b.case.birthOrder });
  const rowsA = rowsByMonth(ra);
  const rowsB = rowsByMonth(rb);
  reasons.push(...paymentReasons('maternity', ra, rb, rowsA, rowsB));
  if (ra.maternity && rb.maternity && ra.maternity.days !== rb.maternity.days) reasons.push({ code: 'days', a: ra.maternity.days, b: rb.maternity.days });
  reasons.push(...paymentReasons('childcare', ra, rb, rowsA, rowsB));
  const ca = ra.childcare;
  const cb = rb.childcare;
  if (ca?.eligible && cb?.eligible) {
    if (ca.floorApplied !== cb.floorApplied) reasons.push({ code: 'floor', a: ca.floorApplied, b: cb.floorApplied });
    if (ca.months !== cb.months) reasons.push({ code: 'payments', a: ca.months, b: cb.months });
  }
  const mrpA = mrpValues(ra);
  const mrpB = mrpValues(rb);
  if (mrpA.join() !== mrpB.join()) reasons.push({ code: 'mrp', a: mrpA, b: mrpB });

  const same = figures.every((f) => f.a === f.b) && reasons.length === 0;
  return { figures, reasons, same };
}

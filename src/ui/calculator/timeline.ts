/**
 * The geometry of the timeline (Timeline.tsx): which dates the picture shows and where everything goes in its
 * viewBox. Pure and deterministic: today's date comes in as an argument, and month names are written out
 * without `Intl` (a browser with a reduced ICU has no Kazakh data; see ../format.ts).
 */
import { amountProjected } from './projection';
import type { CalcResult } from '../../core';
import { addDays, daysBetween, firstDayOfMonthIndex, monthIndex, parseIsoDate } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { formatMoney } from '../format';

/** The viewBox is VIEW_W × VIEW_H user units; the SVG is drawn at the width of its container. */
export const VIEW_W = 300;
export const VIEW_H = 164;
/** Every text of the picture, in user units: at 320 px wide that is 13 × 320 / 300 ≈ 13.9 px. */
export const FONT_SIZE = 13;

/** Abbreviated month names (CLDR, stand-alone). */
const SHORT_MONTHS: Record<Language, readonly string[]> = {
  kk: ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'],
  ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};

export function shortMonth(month: number, lang: Language): string {
  return SHORT_MONTHS[lang][month - 1];
}

export interface TimelinePayment {
  from: string;
  to: string;
  /** Net of every child together, a decimal string with two decimals. */
  net: string;
  projected: boolean;
}

/** Consecutive payments of the same amount. */
export interface PaymentRun {
  from: string;
  count: number;
  net: string;
}

export interface TimelineModel {
  /** The axis: from `start` (inclusive) to `end` (exclusive). */
  start: string;
  end: string;
  leave: { from: string; to: string; net: string | null } | null;
  birth: { date: string; children: number } | null;
  childcareEligible: boolean;
  payments: TimelinePayment[];
  runs: PaymentRun[];
  /** The first payment whose amount is a projection, if any. */
  projectedFrom: string | null;
  deadlines: { kind: 'maternity' | 'childcare'; date: string }[];
  today: string | null;
}

const MIN_SPAN_DAYS = 31;

function cents(value: string): number {
  return Math.round(Number(value) * 100);
}

function decimal(c: number): string {
  return (c / 100).toFixed(2);
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** What the picture shows; null when the result has neither a leave nor a birth. */
export function timelineModel(result: CalcResult, today: string): TimelineModel | null {
  const m = result.maternity;
  const c = result.childcare;
  if (!m && !c) return null;

  const payments: TimelinePayment[] = [];
  if (c?.eligible) {
    const periods = c.children[0]?.schedule ?? [];
    periods.forEach((p, i) => {
      let total = 0;
      let projected = false;
      for (const child of c.children) {
        const q = child.schedule[i];
        if (!q) continue;
        total += cents(q.net);
        projected ||= amountProjected(q);
      }
      payments.push({ from: p.from, to: p.to, net: decimal(total), projected });
    });
  }
  const runs: PaymentRun[] = [];
  for (const p of payments) {
    const last = runs[runs.length - 1];
    if (last && last.net === p.net) last.count++;
    else runs.push({ from: p.from, count: 1, net: p.net });
  }

  const deadlines: TimelineModel['deadlines'] = [];
  if (m?.eligible) deadlines.push({ kind: 'maternity', date: m.applicationDeadline });
  if (c?.eligible) deadlines.push({ kind: 'childcare', date: c.applicationDeadline });

  const starts = [m?.rightDate, c?.rightDate].filter((d): d is string => d !== undefined).sort();
  const start = starts[0];
  let end = addDays(start, 1);
  if (m) end = later(end, addDays(m.leaveEnd, 1));
  if (c) end = later(end, addDays(c.rightDate, 1));
  for (const p of payments) end = later(end, addDays(p.to, 1));
  for (const d of deadlines) end = later(end, addDays(d.date, 1));
  if (daysBetween(start, end) < MIN_SPAN_DAYS) end = addDays(start, MIN_SPAN_DAYS);

  const todayValid = parseIsoDate(today) !== null && today >= start && today < end;
  return {
    start,
    end,
    leave: m ? { from: m.rightDate, to: m.leaveEnd, net: m.eligible ? m.net : null } : null,
    birth: c ? { date: c.rightDate, children: Math.max(1, c.children.length) } : null,
    childcareEligible: c?.eligible ?? false,
    payments,
    runs,
    projectedFrom: payments.find((p) => p.projected)?.from ?? null,
    deadlines,
    today: todayValid ? today : null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Layout

/** Vertical positions (user units). */
export const Y = {
  /** Centres of the two rows of marker symbols. */
  markerRows: [8, 22],
  /** Baselines of the two rows of amount labels, the lower one first. */
  amountRows: [54, 39],
  barTop: 60,
  barBase: 104,
  leaveTop: 108,
  leaveBottom: 118,
  axis: 122,
  tickEnd: 126,
  monthLabel: 141,
  yearLabel: 158,
} as const;

const PAD_X = 6;
const LABEL_GAP = 4;
const MARKER_HALF = 5;

/** A generous estimate of a label's width (system sans-serif, Cyrillic): most glyphs are narrower. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * 0.62;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle';
}

export interface Bar {
  x: number;
  width: number;
  height: number;
  projected: boolean;
}

export interface Marker {
  kind: 'birth' | 'deadline' | 'today';
  x: number;
  /** Centre of the symbol. */
  y: number;
}

export interface TimelineLayout {
  /** The part of the picture drawn: without payments, the empty rows above the leave are left out. */
  viewBox: { y: number; height: number };
  xStart: number;
  xEnd: number;
  leave: { x: number; width: number } | null;
  bars: Bar[];
  ticks: number[];
  months: Label[];
  years: Label[];
  amounts: Label[];
  markers: Marker[];
}

interface Span {
  from: number;
  to: number;
}

function overlaps(a: Span, taken: readonly Span[]): boolean {
  return taken.some((b) => a.from < b.to + LABEL_GAP && b.from < a.to + LABEL_GAP);
}

/** The horizontal extent of a label, kept inside the viewBox by moving it (never by cutting it). */
function place(x: number, text: string, anchor: Label['anchor']): { x: number; span: Span } {
  const w = textWidth(text);
  let left = anchor === 'middle' ? x - w / 2 : x;
  left = Math.min(Math.max(left, 0), VIEW_W - w);
  return { x: anchor === 'middle' ? left + w / 2 : left, span: { from: left, to: left + w } };
}

export function timelineLayout(model: TimelineModel, lang: Language): TimelineLayout {
  const span = daysBetween(model.start, model.end);
  const xStart = PAD_X;
  const xEnd = VIEW_W - PAD_X;
  const x = (date: string) => xStart + ((xEnd - xStart) * daysBetween(model.start, date)) / span;

  const leave = model.leave ? { x: x(model.leave.from), width: x(addDays(model.leave.to, 1)) - x(model.leave.from) } : null;

  // Payment bars: one per month of the child's life, heights in proportion to the amount (zero at the base).
  const max = Math.max(0, ...model.payments.map((p) => Number(p.net)));
  const barSpace = Y.barBase - Y.barTop;
  const bars: Bar[] = model.payments.map((p) => {
    const left = x(p.from);
    const right = x(addDays(p.to, 1));
    const gap = right - left > 4 ? 0.75 : 0;
    return {
      x: left + gap,
      width: Math.max(right - left - 2 * gap, 0.5),
      height: max > 0 ? Math.max((barSpace * Number(p.net)) / max, 1.5) : 0,
      projected: p.projected,
    };
  });

  // Month ticks at each first day inside the axis; labels in the middle of the months, as sparse as needed.
  const first = monthIndex(model.start);
  const last = monthIndex(addDays(model.end, -1));
  const ticks: number[] = [];
  const candidates: { month: number; year: number; x: number }[] = [];
  for (let i = first; i <= last; i++) {
    const monthStart = firstDayOfMonthIndex(i);
    const nextStart = firstDayOfMonthIndex(i + 1);
    if (i > first) ticks.push(x(monthStart));
    const from = later(monthStart, model.start);
    const to = nextStart < model.end ? nextStart : model.end;
    // A sliver of a month at either end of the axis gets no label.
    if (daysBetween(from, to) < 15) continue;
    candidates.push({ month: (i % 12) + 1, year: Math.floor(i / 12), x: (x(from) + x(to)) / 2 });
  }
  let shown: { label: Label; year: number; month: number }[] = [];
  for (const step of [1, 2, 3, 4, 6, 12]) {
    const taken: Span[] = [];
    const labels: typeof shown = [];
    let fits = true;
    for (const c of candidates.filter((c) => (c.month - 1) % step === 0)) {
      const text = shortMonth(c.month, lang);
      const p = place(c.x, text, 'middle');
      if (overlaps(p.span, taken)) {
        fits = false;
        continue;
      }
      taken.push(p.span);
      labels.push({ label: { x: p.x, y: Y.monthLabel, text, anchor: 'middle' }, year: c.year, month: c.month });
    }
    // The densest step whose labels all fit; a span of decades drops the yearly labels that still collide.
    shown = labels;
    if (fits) break;
  }
  const months = shown.map((s) => s.label);

  // Years under the month labels: under every January, and under the first label if there is room.
  const years: Label[] = [];
  const yearTaken: Span[] = [];
  const yearCandidates = [...shown.filter((s) => s.month === 1), ...shown.slice(0, 1).filter((s) => s.month !== 1)];
  for (const c of yearCandidates) {
    const text = String(c.year);
    const p = place(c.label.x, text, 'middle');
    if (overlaps(p.span, yearTaken)) continue;
    yearTaken.push(p.span);
    years.push({ x: p.x, y: Y.yearLabel, text, anchor: 'middle' });
  }
  years.sort((a, b) => a.x - b.x);

  // The amount over the first bar of each run of equal payments, on one of two rows, dropped if neither has room.
  const amounts: Label[] = [];
  const amountTaken: Span[][] = Y.amountRows.map(() => []);
  for (const run of model.runs) {
    const text = formatMoney(run.net, lang);
    // Just right of the first bar's edge, clear of a marker's line on the same day (the birth).
    const p = place(x(run.from) + 2, text, 'start');
    const row = amountTaken.findIndex((taken) => !overlaps(p.span, taken));
    if (row < 0) continue;
    amountTaken[row].push(p.span);
    amounts.push({ x: p.x, y: Y.amountRows[row], text, anchor: 'start' });
  }

  // Markers: a symbol on one of two rows (the second when the first is taken there), a line down to the axis.
  const points: Omit<Marker, 'y'>[] = [];
  if (model.birth) points.push({ kind: 'birth', x: x(model.birth.date) });
  for (const d of model.deadlines) points.push({ kind: 'deadline', x: x(d.date) });
  if (model.today) points.push({ kind: 'today', x: x(model.today) });
  // Without payments the rows of bars and amounts stay empty: the picture starts lower, the markers with it.
  const top = model.payments.length > 0 ? 0 : Y.barBase - Y.barTop + 2 * (Y.amountRows[0] - Y.amountRows[1]);
  const markerTaken: number[][] = Y.markerRows.map(() => []);
  const markers: Marker[] = points.map((pt) => {
    let row = markerTaken.findIndex((xs) => xs.every((other) => Math.abs(other - pt.x) >= 2 * MARKER_HALF + 2));
    if (row < 0) row = 0;
    markerTaken[row].push(pt.x);
    return { ...pt, y: Y.markerRows[row] + top };
  });

  return { viewBox: { y: top, height: VIEW_H - top }, xStart, xEnd, leave, bars, ticks, months, years, amounts, markers };
}

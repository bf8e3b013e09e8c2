/**
 * The words of a "what if" comparison, shared by the page and the copied text: each figure's name and its
 * values, and one sentence per reason (core/compare.ts) — in the page's language, from next.json `whatif`.
 */
import type { TFunction } from 'i18next';
import type { Comparison, Figure, PaymentKind, Reason } from '../../core';
import { monthIndex, type IsoMonth } from '../../core/light';
import type { Language } from '../../i18n/languages';
import { formatMoney, formatMonth, formatNumericDate } from '../format';
import type { Changes } from './scenario';

/** Months as runs: «март 2025 – февраль 2026», «май 2026». */
export function monthRuns(months: readonly IsoMonth[], lang: Language): string {
  const runs: [IsoMonth, IsoMonth][] = [];
  for (const m of [...months].sort()) {
    const last = runs.at(-1);
    if (last && monthIndex(m) === monthIndex(last[1]) + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs.map(([a, b]) => (a === b ? formatMonth(a, lang) : `${formatMonth(a, lang)} – ${formatMonth(b, lang)}`)).join(', ');
}

/** A signed amount: «+87 480 ₸», «−51 030 ₸», or «0 ₸». */
export function signedMoney(value: string, lang: Language): string {
  if (/^-?0(\.0+)?$/.test(value)) return formatMoney('0.00', lang);
  return value.startsWith('-') ? `\u2212${formatMoney(value.slice(1), lang)}` : `+${formatMoney(value, lang)}`;
}

export function figureValue(f: Figure, side: 'a' | 'b', t: TFunction, lang: Language): string {
  const v = f[side];
  if (v === null) return t('next:whatif.none');
  return f.kind === 'money' ? formatMoney(v, lang) : formatNumericDate(v);
}

export function figureDiff(f: Figure, t: TFunction, lang: Language): string {
  if (f.kind === 'money') return signedMoney(f.diff, lang);
  if (f.days === null) return '—';
  if (f.days === 0) return t('next:whatif.same_date');
  return t(f.days > 0 ? 'next:whatif.days_later' : 'next:whatif.days_earlier', { count: Math.abs(f.days) });
}

const paymentName = (t: TFunction, p: PaymentKind) => t(`calc:result.${p}.title`);
/** A sentence ends with one full stop (a Russian month ends with «г.» already). */
const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);

/** The payment a reason is about (null: both, or the case as a whole). */
export function paymentOf(r: Reason): PaymentKind | null {
  if ('payment' in r) return r.payment;
  if (r.code === 'days') return 'maternity';
  if (r.code === 'floor' || r.code === 'payments') return 'childcare';
  return null;
}

/** The reasons by payment: the case's own first, then the maternity payment's, then the childcare payment's. */
export function reasonGroups(reasons: readonly Reason[]): { payment: PaymentKind | null; reasons: Reason[] }[] {
  return ([null, 'maternity', 'childcare'] as const)
    .map((payment) => ({ payment, reasons: reasons.filter((r) => paymentOf(r) === payment) }))
    .filter((g) => g.reasons.length > 0);
}

export function groupTitle(payment: PaymentKind | null, t: TFunction): string {
  return payment === null ? t('next:whatif.reasons_case') : paymentName(t, payment);
}
const yesNo = (a: boolean, b: boolean) => `${a ? 'yes' : 'no'}_${b ? 'yes' : 'no'}`;

export function reasonText(r: Reason, t: TFunction, lang: Language): string {
  const money = (v: string | null) => (v === null ? t('next:whatif.no_cap') : formatMoney(v, lang));
  switch (r.code) {
    case 'payer':
      return t('next:whatif.reason.payer', { a: t(`calc:form.payer.${r.a}`), b: t(`calc:form.payer.${r.b}`) });
    case 'income_kind':
      return t('next:whatif.reason.income_kind', { a: t(`calc:form.incomeKind.${r.a}`), b: t(`calc:form.incomeKind.${r.b}`) });
    case 'children':
    case 'birth_order':
    case 'days':
    case 'payments':
      return t(`next:whatif.reason.${r.code}`, { a: r.a, b: r.b });
    case 'window_moved': {
      const parts = [
        t('next:whatif.reason.window_moved', {
          from: `${formatMonth(r.from[0], lang)} – ${formatMonth(r.from[1], lang)}`,
          to: `${formatMonth(r.to[0], lang)} – ${formatMonth(r.to[1], lang)}`,
        }),
      ];
      if (r.entered.length > 0) parts.push(t('next:whatif.reason.entered', { months: monthRuns(r.entered, lang) }));
      if (r.left.length > 0) parts.push(t('next:whatif.reason.left', { months: monthRuns(r.left, lang) }));
      if (r.enteredEmpty.length > 0) parts.push(t('next:whatif.reason.entered_empty', { count: r.enteredEmpty.length, months: monthRuns(r.enteredEmpty, lang) }));
      return parts.map(sentence).join(' ');
    }
    case 'income_changed':
      return t('next:whatif.reason.income_changed', { count: r.months.length, months: monthRuns(r.months, lang) });
    case 'average':
      return t('next:whatif.reason.average', { a: formatMoney(r.a, lang), b: formatMoney(r.b, lang) });
    case 'cap':
      return t(`next:whatif.reason.cap_${yesNo(r.a, r.b)}`);
    case 'cap_value':
      return t('next:whatif.reason.cap_value', { a: money(r.a), b: money(r.b) });
    case 'floor':
      return t(`next:whatif.reason.floor_${yesNo(r.a, r.b)}`);
    case 'mrp':
      return t('next:whatif.reason.mrp', { a: r.a.map((v) => formatMoney(v, lang)).join(', '), b: r.b.map((v) => formatMoney(v, lang)).join(', ') });
    case 'due':
      return t(`next:whatif.reason.due_${yesNo(r.a, r.b)}`);
    case 'asked':
      return t(`next:whatif.reason.asked_${yesNo(r.a, r.b)}`);
  }
}

/** What the scenario changes, line by line. */
export function changeLines(c: Changes, t: TFunction, lang: Language): string[] {
  const date = (v: string | undefined) => (v ? formatNumericDate(v) : t('next:whatif.none'));
  const lines: string[] = [];
  if (c.leaveStart) lines.push(t('next:whatif.change.leave', { a: date(c.leaveStart[0]), b: date(c.leaveStart[1]) }));
  if (c.birthDate) lines.push(t('next:whatif.change.birth', { a: date(c.birthDate[0]), b: date(c.birthDate[1]) }));
  if (c.payer) lines.push(t('next:whatif.change.payer', { a: t(`calc:form.payer.${c.payer[0]}`), b: t(`calc:form.payer.${c.payer[1]}`) }));
  if (c.incomeKind) lines.push(t('next:whatif.change.income_kind', { a: t(`calc:form.incomeKind.${c.incomeKind[0]}`), b: t(`calc:form.incomeKind.${c.incomeKind[1]}`) }));
  if (c.payers) lines.push(t('next:whatif.change.payers', { a: c.payers[0], b: c.payers[1] }));
  if (c.months.length > 0) lines.push(t('next:whatif.change.months', { count: c.months.length, months: monthRuns(c.months, lang) }));
  if (c.other) lines.push(t('next:whatif.change.other'));
  return lines;
}

/** The comparison as plain text, for a chat or an email. */
export function comparisonAsText(comparison: Comparison, changes: Changes, t: TFunction, lang: Language, link?: string): string {
  const lines = [t('next:whatif.text_heading'), t('next:whatif.honest'), ''];
  const changed = changeLines(changes, t, lang);
  lines.push(`${t('next:whatif.changes_title')}:`);
  lines.push(...(changed.length > 0 ? changed : [t('next:whatif.no_changes')]).map((l) => `  ${l}`), '');
  lines.push(`${t('next:whatif.col_figure')}: ${t('next:whatif.col_a')} → ${t('next:whatif.col_b')} (${t('next:whatif.col_diff')})`);
  for (const f of comparison.figures) {
    if (f.a === null && f.b === null) continue;
    lines.push(`  ${t(`next:whatif.figure.${f.id}`)}: ${figureValue(f, 'a', t, lang)} → ${figureValue(f, 'b', t, lang)} (${figureDiff(f, t, lang)})`);
  }
  lines.push('', `${t('next:whatif.reasons_title')}:`);
  if (comparison.reasons.length === 0) lines.push(`  ${t('next:whatif.no_reasons')}`);
  for (const group of reasonGroups(comparison.reasons)) {
    lines.push(`  ${groupTitle(group.payment, t)}:`);
    for (const r of group.reasons) lines.push(`    ${reasonText(r, t, lang)}`);
  }
  lines.push('', t('calc:disclaimer'));
  if (link) lines.push(link);
  return lines.join('\n');
}

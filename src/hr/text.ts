/**
 * An employee's answer as plain text in the page's language, to paste into a reply: the calculator's own text
 * of the result (figures and dates), then the caps or floors applied, the changes of the monthly amount, the
 * legal basis (every article the steps cite) and the assumed readings the result relies on.
 */
import type { TFunction } from 'i18next';
import type { CalcResult, LegalRef } from '../core';
import type { Language } from '../i18n/languages';
import { resultAsText } from '../ui/calculator/plainText';
import { formatDate, formatMoney } from '../ui/format';

function legalText(ref: LegalRef, t: TFunction): string {
  return [t(`calc:law.acts.${ref.act}`), ref.article ? t('calc:law.article', { article: ref.article }) : '', ref.point ? t('calc:law.point', { point: ref.point }) : ''].filter(Boolean).join(', ');
}

export function employeeText(id: string, result: CalcResult, t: TFunction, lang: Language): string {
  const money = (v: string) => formatMoney(v, lang);
  const lines = [t('hr:text.employee', { id }), '', resultAsText(result, t, lang), ''];

  const m = result.maternity;
  const c = result.childcare;
  const applied: string[] = [];
  if (m?.eligible && m.capApplied && m.cap) applied.push(t('hr:text.maternity_cap', { cap: money(m.cap) }));
  if (c?.eligible && c.capApplied) applied.push(t('hr:text.childcare_cap'));
  if (c?.eligible && c.floorApplied) applied.push(t('hr:text.childcare_floor'));
  if (c && !c.eligible && result.totals && result.totals.childcareAllowances !== '0.00') applied.push(t('hr:text.allowance', { amount: money(result.totals.childcareAllowances) }));
  for (const p of c?.eligible ? (c.children[0]?.schedule ?? []).filter((p, i, all) => i > 0 && p.net !== all[i - 1].net) : []) {
    applied.push(t('hr:text.monthly_change', { date: formatDate(p.from, lang), amount: money(p.net) }));
  }
  if (applied.length > 0) lines.push(`${t('hr:text.applied')}:`, ...applied.map((a) => `  – ${a}`), '');

  const refs = new Map<string, string>();
  for (const step of [...(m?.steps ?? []), ...(c?.steps ?? [])]) for (const ref of step.legal) refs.set(JSON.stringify(ref), legalText(ref, t));
  if (refs.size > 0) lines.push(`${t('hr:text.legal')}:`, ...[...new Set(refs.values())].map((r) => `  – ${r}`), '');

  if (result.assumptions.length > 0) lines.push(`${t('hr:text.assumed')}:`, ...result.assumptions.map((a) => `  – ${t(`calc:assumptions.${a}`)}`), '');
  if (result.warnings.some((w) => w.code === 'projection')) lines.push(t('hr:text.projection'), '');
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd();
}

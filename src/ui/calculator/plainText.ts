/** The result as plain text in the current language, for a chat or an email. */
import type { TFunction } from 'i18next';
import type { CalcResult } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatMonth } from '../format';

export function resultAsText(result: CalcResult, t: TFunction, lang: Language, link?: string): string {
  const money = (v: string) => formatMoney(v, lang);
  const lines: string[] = [t('calc:text.heading'), ''];
  const m = result.maternity;
  if (m) {
    lines.push(t('calc:result.maternity.title'));
    if (m.eligible) {
      lines.push(`  ${t('calc:result.gross')}: ${money(m.gross)}`);
      lines.push(`  ${t('calc:result.opv')}: ${money(m.pension)}`);
      lines.push(`  ${t('calc:result.net')}: ${money(m.net)}`);
      lines.push(`  ${t('calc:text.maternity_basis', { average: money(m.averageMonthlyIncome), days: m.days, from: formatMonth(m.windowFrom, lang), to: formatMonth(m.windowTo, lang) })}`);
      lines.push(`  ${t('calc:result.dates.leave_end')}: ${formatDate(m.leaveEnd, lang)}`);
      lines.push(`  ${t('calc:result.dates.maternity_deadline')}: ${formatDate(m.applicationDeadline, lang)}`);
    } else lines.push(`  ${t('calc:result.maternity.ineligible')}`);
    lines.push('');
  }
  const c = result.childcare;
  if (c) {
    lines.push(t('calc:result.childcare.title'));
    if (c.eligible) {
      lines.push(`  ${t('calc:result.gross_monthly')}: ${money(c.monthlyGross)}`);
      lines.push(`  ${t('calc:result.net_monthly')}: ${money(c.monthlyNet)}`);
      lines.push(`  ${t('calc:result.payments')}: ${t('calc:result.payments_value', { count: c.months })}`);
      if (c.children.length > 1) lines.push(`  ${t('calc:result.childcare.per_child', { count: c.children.length })}`);
      lines.push(`  ${t('calc:result.total_net')}: ${money(c.totalNet)}`);
      lines.push(`  ${t('calc:text.childcare_basis', { average: money(c.averageMonthlyIncome), from: formatMonth(c.windowFrom, lang), to: formatMonth(c.windowTo, lang) })}`);
      lines.push(`  ${t('calc:result.dates.childcare_period')}: ${formatDate(c.rightDate, lang)} – ${formatDate(c.endDate, lang)}`);
      lines.push(`  ${t('calc:result.dates.childcare_deadline')}: ${formatDate(c.applicationDeadline, lang)}`);
    } else lines.push(`  ${t('calc:result.childcare.ineligible')}`);
    lines.push('');
  }
  if (result.allowances) {
    lines.push(`${t('calc:result.state.non_insured')}: ${money(result.allowances.nonInsuredTotal)}`);
    lines.push('');
  }
  lines.push(t('calc:disclaimer'));
  if (link) lines.push(link);
  return lines.join('\n');
}

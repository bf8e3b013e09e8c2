/** Turns a step of the core's explanation into the values its sentence shows, formatted for the language. */
import type { Step } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatMonth } from '../format';

const MONEY_VALUES = new Set(['sum', 'average', 'cap', 'mzp', 'gross', 'pension', 'floor']);
const MONEY_RESULTS = new Set<Step['id']>([
  'maternity.sum', 'maternity.average', 'maternity.cap', 'maternity.gross', 'maternity.pension', 'maternity.net',
  'childcare.sum', 'childcare.average', 'childcare.amount', 'childcare.cap', 'childcare.floor', 'childcare.pension',
  'childcare.total', 'childcare.pension_topup',
]);

export function stepValues(step: Step, lang: Language): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(step.values)) {
    if (MONEY_VALUES.has(k)) out[k] = formatMoney(v, lang);
    else if (k === 'from' || k === 'to') out[k] = formatMonth(v, lang);
    else if (k === 'rightDate') out[k] = formatDate(v, lang);
    else if (/^\d+$/.test(v)) out[k] = Number(v);
    else out[k] = v;
  }
  out.result = MONEY_RESULTS.has(step.id) ? formatMoney(step.result, lang) : step.result;
  if (/^\d+$/.test(step.result)) out.count = Number(step.result);
  return out;
}

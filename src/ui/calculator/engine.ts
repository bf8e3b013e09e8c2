/**
 * The part of the calculator the first screen does not need: the calc core (decimal arithmetic, the zod case
 * schema), and reading saved data and prefill links (validated with zod). Loaded right after the first paint.
 */
// First: no eval in zod, before any schema is defined (module order is import order).
import './zodNoEval';
import { computeCase, parseCase } from '../../core';
import { fieldOf, fromCase, toCase, type FormValues, type Validated } from './formModel';
import { loadSaved } from './persistence';
import { readPrefill } from './prefill';

export { computeCase };

export function validate(v: FormValues): Validated {
  const { input, errors } = toCase(v);
  if (input === null) return { ok: false, errors };
  const parsed = parseCase(input);
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      const field = fieldOf(e, v, input);
      errors[field] ??= e.code;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.ok) return { ok: false, errors };
  return { ok: true, value: parsed.value, input };
}

export type Notice = 'prefill_loaded' | 'prefill_invalid' | 'saved_dropped' | 'storage_unavailable';

/** Where the form's values come from: a prefill link, else the browser's saved copy, else nothing. */
export function initialState(hash: string): { values: FormValues | null; notices: Notice[] } {
  const notices: Notice[] = [];
  const prefill = readPrefill(hash);
  const saved = loadSaved();
  if (saved.status === 'dropped') notices.push('saved_dropped');
  if (prefill.status === 'ok') {
    notices.push('prefill_loaded');
    const fromLink = fromCase(prefill.value);
    // A link without income keeps the income this browser already has.
    if (prefill.value.income.months.length === 0 && saved.status === 'loaded') {
      fromLink.amounts = saved.values.amounts;
      fromLink.payerCount = saved.values.payerCount;
      fromLink.incomeKind = saved.values.incomeKind;
    }
    return { values: fromLink, notices };
  }
  if (prefill.status === 'invalid') notices.push('prefill_invalid');
  return { values: saved.status === 'loaded' ? saved.values : null, notices };
}

/** A prefill link opened while the page is open. */
export function prefillFrom(hash: string): { values: FormValues } | { invalid: true } | null {
  const prefill = readPrefill(hash);
  if (prefill.status === 'ok') return { values: fromCase(prefill.value) };
  return prefill.status === 'invalid' ? { invalid: true } : null;
}

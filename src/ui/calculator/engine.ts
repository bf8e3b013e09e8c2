/**
 * The part of the calculator the first screen does not need: the calc core (decimal arithmetic, the zod case
 * schema), and reading prefill links (validated with zod). Loaded once the page is taken over.
 */
// First: no eval in zod, before any schema is defined (module order is import order).
import './zodNoEval';
import { computeCase, lawKnownUntil, parseCase } from '../../core';
import { fieldOf, fromCase, toCase, type FormValues, type Validated } from './formModel';
import { readPrefill } from './prefill';

export { computeCase, lawKnownUntil };

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

/** A prefill link (`#case=`): its case as form values, or why it cannot be used; null when there is none. */
export function prefillFrom(hash: string): { values: FormValues } | { invalid: true } | null {
  const prefill = readPrefill(hash);
  if (prefill.status === 'ok') return { values: fromCase(prefill.value) };
  return prefill.status === 'invalid' ? { invalid: true } : null;
}

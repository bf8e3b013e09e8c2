/**
 * The part of the calculator the first screen does not need: the calc core (decimal arithmetic, the zod case
 * schema), and reading prefill links (validated with zod). Loaded once the page is taken over.
 */
// First: no eval in zod, before any schema is defined (module order is import order).
import './zodNoEval';
import { compareResults, computeCase, lawKnownUntil, parseCase } from '../../core';
import { fieldOf, fromCase, toCase, type FormValues, type Validated } from './formModel';
import { readPrefill } from './prefill';
// The "what if" comparison (loaded apart, when used) takes the core from here, so that the core stays one file.
export { compareResults, computeCase, lawKnownUntil, parseCase };

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

/**
 * Leaves a comparison link's scenario where the "what if" part reads it (whatIfStore.ts, whose key and record
 * this writes; whatIfStore.test.ts checks the two agree). Written here rather than imported, so that the
 * engine and the result's views share no module: each stays one file to fetch.
 */
function leaveScenario(scenario: unknown): void {
  const record = JSON.stringify({ v: 1, scenario, base: null, open: true });
  try {
    window.sessionStorage.setItem('gfss-whatif', record);
  } catch {
    // Refused (private mode, full): the link's case opens without its comparison.
  }
}

/**
 * A prefill link (`#case=`): its case as form values, or why it cannot be used; null when there is none.
 * A comparison link (`#case=…&compare=…`) also leaves its scenario where the "what if" part finds it (the
 * address forgets the link right after).
 */
export function prefillFrom(hash: string): { values: FormValues } | { invalid: true } | null {
  const prefill = readPrefill(hash);
  // A scenario goes with the link's case: a case that cannot be read opens nothing, so its scenario is dropped.
  const compare = readPrefill(hash, 'compare');
  if (compare.status !== 'none' && prefill.status === 'ok') leaveScenario(compare.status === 'ok' ? compare.value : null);
  if (prefill.status === 'ok') return { values: fromCase(prefill.value) };
  return prefill.status === 'invalid' ? { invalid: true } : null;
}

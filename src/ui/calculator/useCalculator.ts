/**
 * The calculator's state: the form (react-hook-form) and the live result. The first render uses the default
 * values, the same as the prerendered page; the engine (the core, saved data, prefill links) loads right
 * after and fills the form from a link or the browser's saved copy, unless the user has already typed.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import type { CalcResult } from '../../core';
import { DEFAULT_VALUES, type FormValues, type Validated } from './formModel';
import { whenIdle } from '../afterFirstPaint';
import { takeEarlyInput } from './earlyInput';
import { save } from './storage';

type Engine = typeof import('./engine');
export type Notice = import('./engine').Notice;

export interface Calculation {
  validated: Validated;
  result: CalcResult | null;
}

/** Nothing typed yet: every field as it starts, no amount entered. */
function isPristine(v: FormValues): boolean {
  for (const [key, start] of Object.entries(DEFAULT_VALUES)) {
    if (key !== 'amounts' && v[key as keyof FormValues] !== start) return false;
  }
  return Object.values(v.amounts ?? {}).every((row) => (row ?? []).every((a) => !a));
}

/**
 * Puts values into the form field by field. (`reset` would first reset the HTML form natively, which
 * re-checks the radio buttons the prerendered page checked, and then leave them so.)
 */
function applyValues(form: UseFormReturn<FormValues>, values: FormValues): void {
  for (const key of Object.keys(values) as (keyof FormValues)[]) {
    form.setValue(key, values[key] as never, { shouldDirty: false, shouldTouch: false, shouldValidate: false });
  }
}

const NOT_YET: Calculation = { validated: { ok: false, errors: {} }, result: null };

export function useCalculator() {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  // What was typed into the prerendered page before it was taken over starts the form.
  const [early] = useState(takeEarlyInput);
  const form = useForm<FormValues>({ defaultValues: { ...DEFAULT_VALUES, ...early }, mode: 'onChange' });
  const watched = useWatch({ control: form.control }) as FormValues;
  const values: FormValues = useMemo(() => ({ ...DEFAULT_VALUES, ...watched }), [watched]);
  // Nothing is saved until the saved copy has been read: the defaults must not overwrite it.
  const restored = useRef(false);

  useEffect(() => {
    let live = true;
    // The engine loads once the page has been taken over and the browser has a moment (at most ~0.3 s later).
    const load = () => import('./engine');
    void new Promise<void>((ready) => whenIdle(ready, 300)).then(load).then((e) => {
      if (!live) return;
      const initial = e.initialState(window.location.hash);
      if (initial.values && isPristine(form.getValues())) applyValues(form, initial.values);
      restored.current = true;
      setNotices((n) => [...new Set([...n, ...initial.notices])]);
      setEngine(e);
    });
    return () => {
      live = false;
    };
  }, [form]);

  const calculation: Calculation = useMemo(() => {
    if (!engine) return NOT_YET;
    const validated = engine.validate(values);
    return { validated, result: validated.ok ? engine.computeCase(validated.value) : null };
  }, [engine, values]);

  useEffect(() => {
    if (!restored.current) return;
    if (!save(values)) setNotices((n) => (n.includes('storage_unavailable') ? n : [...n, 'storage_unavailable']));
  }, [values, engine]);

  // A prefill link opened while the page is open (hash change) replaces the case.
  useEffect(() => {
    if (!engine) return;
    const onHash = () => {
      const prefill = engine.prefillFrom(window.location.hash);
      if (prefill === null) return;
      if ('values' in prefill) {
        applyValues(form, prefill.values);
        setNotices((n) => [...n.filter((x) => x !== 'prefill_invalid'), 'prefill_loaded']);
      } else setNotices((n) => (n.includes('prefill_invalid') ? n : [...n, 'prefill_invalid']));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [engine, form]);

  const dismiss = (notice: Notice) => setNotices((n) => n.filter((x) => x !== notice));
  return { form, values, calculation, notices, dismiss, ready: engine !== null };
}

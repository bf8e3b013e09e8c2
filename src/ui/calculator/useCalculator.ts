/**
 * The calculator's state: the form (react-hook-form), where its first values come from (a prefill link, the
 * browser's saved copy, or defaults), saving on every change, and the live result of the core.
 */
import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { computeCase, type CalcResult } from '../../core';
import { DEFAULT_VALUES, fromCase, validate, type FormValues, type Validated } from './formModel';
import { loadSaved, save } from './persistence';
import { readPrefill } from './prefill';

export type Notice = 'prefill_loaded' | 'prefill_invalid' | 'saved_dropped' | 'storage_unavailable';

interface Initial {
  values: FormValues;
  notices: Notice[];
}

function initialValues(): Initial {
  const notices: Notice[] = [];
  const prefill = typeof window === 'undefined' ? { status: 'none' as const } : readPrefill(window.location.hash);
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
  return { values: saved.status === 'loaded' ? saved.values : DEFAULT_VALUES, notices };
}

export interface Calculation {
  validated: Validated;
  result: CalcResult | null;
}

export function useCalculator() {
  const [initial] = useState(initialValues);
  const [notices, setNotices] = useState<Notice[]>(initial.notices);
  const form = useForm<FormValues>({ defaultValues: initial.values, mode: 'onChange' });
  const watched = useWatch({ control: form.control }) as FormValues;
  const values: FormValues = useMemo(() => ({ ...DEFAULT_VALUES, ...watched }), [watched]);

  const calculation: Calculation = useMemo(() => {
    const validated = validate(values);
    return { validated, result: validated.ok ? computeCase(validated.value) : null };
  }, [values]);

  useEffect(() => {
    if (!save(values)) setNotices((n) => (n.includes('storage_unavailable') ? n : [...n, 'storage_unavailable']));
  }, [values]);

  // A prefill link opened while the page is open (hash change) replaces the case.
  useEffect(() => {
    const onHash = () => {
      const prefill = readPrefill(window.location.hash);
      if (prefill.status === 'ok') {
        form.reset(fromCase(prefill.value));
        setNotices((n) => [...n.filter((x) => x !== 'prefill_invalid'), 'prefill_loaded']);
      } else if (prefill.status === 'invalid') {
        setNotices((n) => (n.includes('prefill_invalid') ? n : [...n, 'prefill_invalid']));
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [form]);

  const dismiss = (notice: Notice) => setNotices((n) => n.filter((x) => x !== notice));
  return { form, values, calculation, notices, dismiss };
}

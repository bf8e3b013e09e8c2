/**
 * The calculator's state: the form (react-hook-form), the person's saved cases, and the live result.
 *
 * Where the form's values come from, in this order (nothing is ever overwritten without a way back):
 * 1. what the person typed into the page before and while the scripts took it over (it wins; the saved case
 *    stays in the list);
 * 2. a `#case=` link — taken in once, as a new case, after which the address no longer holds it;
 * 3. the case this tab was editing (a reload), else the last edited case;
 * 4. an empty form.
 * The saved cases are read as soon as the page is taken over; the calc engine (the core, reading links)
 * loads right after, or at once when the address holds a link.
 */
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import type { CalcResult } from '../../core';
import { DEFAULT_VALUES, isoOf, type FormValues, type Validated } from './formModel';
import { whenIdle } from '../afterFirstPaint';
import { hasLink, todayIso } from './link';
import { earlyValues, finishEarlyInput, restoreEarlyFocus } from './earlyInput';
import { browserBackends, canonical, caseSession, caseStore, isPristine, noAmounts, readValues, type CaseSession, type SavedCase } from './savedCases';

type Engine = typeof import('./engine');
type Views = typeof import('./views');

export type Notice =
  | 'prefill_loaded'
  | 'prefill_no_income'
  | 'prefill_added'
  | 'prefill_invalid'
  | 'saved_unreadable'
  | 'saved_newer'
  | 'storage_unavailable'
  | 'typed_early'
  | 'tab_conflict'
  | 'tab_updated';

/** An action that can be taken back: clearing the form, deleting a saved case. */
export interface Undo {
  kind: 'cleared' | 'deleted';
  run: () => void;
}

export interface Calculation {
  /** The values the result is of (a moment behind the form while the person types). */
  values: FormValues;
  validated: Validated;
  result: CalcResult | null;
}

/** Where the calculator keeps cases: the calculator's own, the widget's, or nowhere (the guide's preview). */
export type Keeping = 'calculator' | 'widget' | 'nothing';

const NAMESPACE: Record<Keeping, string> = { calculator: 'gfss-calc', widget: 'gfss-widget', nothing: 'gfss-preview' };

/** The address without its `#case=` link: what reload, back and an update then see. */
function forgetLink(): void {
  const url = new URL(window.location.href);
  url.hash = '';
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
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

/** The form values typed before take-over, as form values (unknown names and values dropped). */
function typedValues(typed: Record<string, string>): Partial<FormValues> {
  const read = readValues({ ...DEFAULT_VALUES, ...typed });
  if (!read) return {};
  const out: Partial<FormValues> = {};
  for (const key of Object.keys(typed)) if (key in read && key !== 'amounts' && key !== 'payerCount') (out as Record<string, unknown>)[key] = read[key as keyof FormValues];
  return out;
}

const NOT_YET: Omit<Calculation, 'values'> = { validated: { ok: false, errors: {} }, result: null };

export function useCalculator(keeping: Keeping = 'calculator') {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [views, setViews] = useState<Views | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [cases, setCases] = useState<SavedCase[]>([]);
  const [currentId, setCurrentId] = useState<string | null>(null);
  // What was typed into the prerendered page so far starts the form (read at the first render).
  const [early] = useState(() => typedValues(earlyValues()));
  const form = useForm<FormValues>({ defaultValues: { ...DEFAULT_VALUES, ...early }, mode: 'onChange' });
  const watched = useWatch({ control: form.control }) as FormValues;
  const values: FormValues = useMemo(() => ({ ...DEFAULT_VALUES, ...watched }), [watched]);
  const session = useRef<CaseSession | null>(null);
  // Nothing is saved until the saved cases have been read: the defaults must not become a case.
  const [restored, setRestored] = useState(false);

  const notify = useCallback((...added: Notice[]) => setNotices((n) => [...new Set([...n, ...added])]), []);
  const refresh = useCallback(() => {
    const s = session.current;
    if (!s) return;
    setCases(s.store.list());
    setCurrentId(s.current());
  }, []);

  /** This tab's case (a reload), else the last edited one; else a new, empty case. */
  const openSaved = useCallback((mine: string | null) => {
    const s = session.current;
    if (!s) return;
    const saved = s.store.list();
    const chosen = saved.find((c) => c.id === mine) ?? saved[0];
    if (chosen) {
      s.use(chosen.id, chosen.values);
      applyValues(form, chosen.values);
    } else s.startNew();
  }, [form]);

  /**
   * Takes in a `#case=` link, once: as a new case (or the one already holding the same values), opened when
   * `open`, else put beside the case the person is typing. The address then forgets the link.
   */
  const takeLink = useCallback(
    (e: Engine, open: boolean) => {
      const s = session.current;
      const hash = window.location.hash;
      if (!s || !hasLink(hash)) return;
      const prefill = e.prefillFrom(hash);
      forgetLink();
      if (prefill === null || !('values' in prefill)) {
        notify('prefill_invalid');
        return;
      }
      // The case format has no "already born": a birth date before today is one.
      const birth = isoOf(prefill.values.birthDate);
      const linked: FormValues = { ...prefill.values, birthStatus: birth !== null && birth < todayIso() ? 'born' : 'expected' };
      const noIncome = noAmounts(linked.amounts);
      const same = s.store.list().find((c) => canonical(c.values) === canonical(linked));
      if (open) {
        if (same) s.use(same.id, same.values);
        else {
          s.startNew();
          s.save(linked);
        }
        applyValues(form, linked);
        setNotices((n) => [...n.filter((x) => x !== 'prefill_invalid' && x !== 'prefill_added' && x !== 'prefill_no_income'), 'prefill_loaded', ...(noIncome ? (['prefill_no_income'] as const) : [])]);
      } else if (!same) {
        const mine = s.current();
        s.startNew();
        s.save(linked);
        if (mine) s.use(mine, form.getValues());
        notify('prefill_added');
      }
      refresh();
    },
    [form, notify, refresh],
  );

  // In the same task as the first commit: a field the person was in keeps the focus, even when the page was
  // rendered anew rather than hydrated.
  useLayoutEffect(() => {
    const root = document.getElementById('root');
    if (root) restoreEarlyFocus(root);
  }, []);

  // Once the page is taken over: what was typed meanwhile, then the saved cases, then (with the engine) a link.
  useEffect(() => {
    document.documentElement.dataset.takenOver = 'true';
    const late = typedValues(finishEarlyInput());
    for (const [key, value] of Object.entries(late)) {
      if (form.getValues(key as keyof FormValues) !== value) form.setValue(key as keyof FormValues, value as never, { shouldDirty: true });
    }
    const backends = browserBackends(keeping === 'nothing');
    const store = caseStore(NAMESPACE[keeping], backends);
    const s = (session.current ??= caseSession(store, backends));
    const tidied = store.tidy();
    if (tidied.unreadable > 0) notify('saved_unreadable');
    if (tidied.newer > 0) notify('saved_newer');
    const linked = hasLink(window.location.hash);
    const mine = store.activeId(); // the case this tab was editing before a reload
    if (!isPristine(form.getValues())) {
      // Typed before take-over: that is the case now; the saved ones stay in the list.
      s.startNew();
      if (store.list().length > 0) notify('typed_early');
    } else if (!linked) openSaved(mine);
    else s.startNew(); // the link's case comes with the engine
    setRestored(true);
    refresh();

    let live = true;
    // The engine loads once the browser has a moment — at once when a link waits for it.
    const load = () => Promise.all([import('./engine'), import('./views')]);
    const ready = linked ? Promise.resolve() : new Promise<void>((go) => whenIdle(go, 300));
    void ready.then(load).then(([e, v]) => {
      if (!live) return;
      setViews(v);
      if (linked) {
        const pristine = isPristine(form.getValues());
        takeLink(e, pristine);
        // A broken link opens nothing: the saved case comes back, unless the person has started typing.
        if (pristine && session.current?.store.get(session.current.current() ?? '') === null) openSaved(mine);
      }
      setEngine(e);
    });
    return () => {
      live = false;
    };
  }, [form, keeping, notify, openSaved, refresh, takeLink]);

  // Every change is saved at once, into this tab's case.
  useEffect(() => {
    const s = session.current;
    if (!restored || !s) return;
    const outcome = s.save(values);
    if (outcome === 'failed') notify('storage_unavailable');
    else if (outcome === 'forked') notify('tab_conflict');
    if (outcome !== 'unchanged') refresh();
  }, [values, restored, notify, refresh]);

  // Another tab saved: this tab follows its edits to the same case, and its list shows the others.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      const s = session.current;
      if (!s || event.key === null || !event.key.startsWith(`${s.store.namespace}.`)) return;
      const theirs = s.external(event.key, event.newValue, form.getValues());
      if (theirs === 'forked') notify('tab_conflict');
      else if (theirs) {
        applyValues(form, theirs);
        notify('tab_updated');
      }
      refresh();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [form, notify, refresh]);

  // A link opened while the page is open (the hash changes): a new case, opened.
  useEffect(() => {
    if (!engine) return;
    const onHash = () => takeLink(engine, true);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [engine, takeLink]);

  // The result follows the values a moment later: typing never waits for a long result to be drawn, and a
  // burst of keystrokes (or a paste of many months) is computed once, for the values it ends with.
  const settled = useDeferredValue(values);
  const calculation: Calculation = useMemo(() => {
    if (!engine) return { ...NOT_YET, values: settled };
    const validated = engine.validate(settled);
    return { values: settled, validated, result: validated.ok ? engine.computeCase(validated.value) : null };
  }, [engine, settled]);

  // --- The person's own actions on cases --------------------------------------------------------------

  const open = useCallback(
    (id: string) => {
      const s = session.current;
      const record = s?.store.get(id);
      if (!s || !record) return;
      s.use(id, record.values);
      applyValues(form, record.values);
      setUndo(null);
      refresh();
    },
    [form, refresh],
  );

  /** An empty form, as a new case; the one left stays in the list, and Undo goes back to it. */
  const startNew = useCallback(() => {
    const s = session.current;
    if (!s) return;
    const left = s.current();
    const wasEmpty = isPristine(form.getValues());
    s.startNew();
    applyValues(form, DEFAULT_VALUES);
    form.clearErrors();
    refresh();
    setUndo(!wasEmpty && left ? { kind: 'cleared', run: () => open(left) } : null);
  }, [form, open, refresh]);

  /** Deletes a saved case; Undo writes it back. */
  const remove = useCallback(
    (id: string) => {
      const s = session.current;
      const record = s?.store.get(id);
      if (!s || !record) return;
      s.store.remove(id);
      if (s.current() === id) {
        s.startNew();
        applyValues(form, DEFAULT_VALUES);
      }
      refresh();
      setUndo({
        kind: 'deleted',
        run: () => {
          s.store.put(record);
          open(id);
        },
      });
    },
    [form, open, refresh],
  );

  const dismiss = (notice: Notice) => setNotices((n) => n.filter((x) => x !== notice));
  const takeUndo = () => {
    undo?.run();
    setUndo(null);
  };
  return {
    form,
    values,
    calculation,
    notices,
    dismiss,
    ready: engine !== null,
    /** The last date the МЗП and МРП tables are known for (derived from them), once the engine is here. */
    lawKnownUntil: engine?.lawKnownUntil ?? null,
    views,
    cases: { list: cases, currentId, open, startNew, remove, available: session.current?.store.available() ?? true },
    undo: undo ? { kind: undo.kind, take: takeUndo, dismiss: () => setUndo(null) } : null,
  };
}

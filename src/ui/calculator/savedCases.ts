/**
 * The person's calculations ("cases"), kept in the browser so that nothing typed is ever lost.
 *
 * - **One record per case** (`<namespace>.case.<id>`), with its version, when it was created and last edited,
 *   and a revision. Opening a link or starting anew adds a case; nothing replaces one.
 * - **Each tab edits one case** (its id is kept in sessionStorage, so a reload keeps it). A tab writes only
 *   over the revision it last read or wrote; when another tab has written the case since, this tab's values
 *   go into a copy instead (`forked`), so two tabs never erase each other's edits. Tabs follow each other's
 *   edits through storage events (see useSavedCases).
 * - **Versions migrate forward.** Every record says its version; `MIGRATIONS` brings each earlier version to
 *   the current one (version 1 was a single slot, `gfss-calc.form`). What cannot be read (not JSON, not a
 *   case) is moved aside under `<namespace>.unreadable.<time>` — kept, never deleted — and reported; a record
 *   of a newer version (after a rollback) is left where it is, untouched.
 * - Read by hand, without zod: this module is part of the page's first screen.
 */
import { INCOME_KINDS, LEAVE_CASES, MAX_PAYERS, PAYERS } from '../../core/light';
import { DEFAULT_VALUES, type FormValues } from './formModel';

export const CASE_VERSION = 2;

export interface SavedCase {
  v: typeof CASE_VERSION;
  id: string;
  /** Milliseconds since 1970 (Date.now()). */
  created: number;
  updated: number;
  /** Changes on every write: a tab compares it with the one it last saw. */
  rev: string;
  /** The revision the writing tab had seen when it wrote (absent in older records and for a new case). */
  base?: string;
  values: FormValues;
}

/** The storage this module needs (localStorage and sessionStorage have it; tests pass a Map-backed one). */
export type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface Backends {
  /** Where cases live (localStorage); null when the browser refuses storage. */
  local: KeyValue | null;
  /** Which case this tab edits (sessionStorage). */
  session: KeyValue | null;
  now: () => number;
  newId: () => string;
}

// --- Reading values by hand ------------------------------------------------------------------------------

const MAX_TEXT = 60;
const oneOf = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value.length <= MAX_TEXT ? value : fallback);

function readAmounts(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [month, row] of Object.entries(value)) {
    if (!/^\d{4}-\d{2}$/.test(month) || !Array.isArray(row)) continue;
    out[month] = row.slice(0, MAX_PAYERS).map((a) => text(a, ''));
  }
  return out;
}

/**
 * The form values in a saved object, field by field: a field that is missing or not of its kind takes its
 * default, and the others are kept (one bad field never costs the rest). Null when it is not an object.
 */
export function readValues(value: unknown): FormValues | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  const d = DEFAULT_VALUES;
  const payerCount = typeof o.payerCount === 'number' && Number.isInteger(o.payerCount) ? Math.min(Math.max(o.payerCount, 1), MAX_PAYERS) : d.payerCount;
  return {
    payer: oneOf(PAYERS, o.payer, d.payer),
    birthStatus: oneOf(['born', 'expected'] as const, o.birthStatus, d.birthStatus),
    birthDate: text(o.birthDate, d.birthDate),
    leaveSource: oneOf(['sheet', 'estimate', 'none'] as const, o.leaveSource, d.leaveSource),
    leaveStart: text(o.leaveStart, d.leaveStart),
    leaveCase: oneOf(LEAVE_CASES, o.leaveCase, d.leaveCase),
    sheetDays: text(o.sheetDays, d.sheetDays),
    adoptionDays: text(o.adoptionDays, d.adoptionDays),
    childrenBorn: text(o.childrenBorn, d.childrenBorn),
    birthOrder: text(o.birthOrder, d.birthOrder),
    incomeKind: oneOf(INCOME_KINDS, o.incomeKind, d.incomeKind),
    payerCount,
    // Added in December 2026 (issue 10): records saved before it have none, and get the default.
    singlePayment: Array.isArray(o.singlePayment) ? o.singlePayment.slice(0, MAX_PAYERS).map((b) => b === true) : d.singlePayment,
    amounts: readAmounts(o.amounts),
  };
}

/** Values in one fixed order (months sorted), so that equal values always give equal text. */
export function canonical(values: FormValues): string {
  const amounts: Record<string, string[]> = {};
  for (const month of Object.keys(values.amounts ?? {}).sort()) amounts[month] = values.amounts[month];
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_VALUES) as (keyof FormValues)[]) ordered[key] = key === 'amounts' ? amounts : values[key];
  return JSON.stringify(ordered);
}

/** Nothing typed: every field as it starts, no amount entered. */
export function isPristine(v: FormValues): boolean {
  for (const [key, start] of Object.entries(DEFAULT_VALUES)) {
    if (key === 'amounts') continue;
    const now: unknown = v[key as keyof FormValues];
    // A list (the single payment per payer) is compared by what it says, not by identity: the form copies it.
    if (Array.isArray(start) ? Array.isArray(now) && now.some(Boolean) : now !== start) return false;
  }
  return noAmounts(v.amounts);
}

/** No amount typed in any month (blank cells count as none). */
export function noAmounts(amounts: FormValues['amounts'] | undefined): boolean {
  return Object.values(amounts ?? {}).every((row) => (row ?? []).every((a) => !a || !a.trim()));
}

// --- Versions ----------------------------------------------------------------------------------------------

/** Version 1 (to November 2026): one slot for the whole browser. */
export const LEGACY_V1_KEY = 'gfss-calc.form';

type Migration = (data: Record<string, unknown>, b: Backends) => Record<string, unknown> | null;

/**
 * From each version to the next. Version 1 was `{ v: 1, values }` in one slot; version 2 is a case record.
 * A new version adds one entry here (and a fixture of the old shape to savedCases.test.ts).
 */
const MIGRATIONS: Record<number, Migration> = {
  1: (data, b) => {
    const now = b.now();
    return { v: 2, id: b.newId(), created: now, updated: now, rev: b.newId(), values: data.values };
  },
};

type Reading = { status: 'ok'; record: SavedCase } | { status: 'newer' } | { status: 'unreadable' };

/** A stored text as a current case record: parsed, migrated forward, checked. */
export function readRecord(raw: string, b: Backends): Reading {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { status: 'unreadable' };
  let here = data as Record<string, unknown>;
  if (typeof here.v !== 'number' || !Number.isInteger(here.v) || here.v < 1) return { status: 'unreadable' };
  if (here.v > CASE_VERSION) return { status: 'newer' };
  while ((here.v as number) < CASE_VERSION) {
    const next = MIGRATIONS[here.v as number]?.(here, b);
    if (!next) return { status: 'unreadable' };
    here = next;
  }
  const values = readValues(here.values);
  const time = (t: unknown) => (typeof t === 'number' && Number.isFinite(t) ? t : b.now());
  if (values === null || typeof here.id !== 'string' || !/^[\w-]{1,40}$/.test(here.id)) return { status: 'unreadable' };
  return {
    status: 'ok',
    record: {
      v: CASE_VERSION,
      id: here.id,
      created: time(here.created),
      updated: time(here.updated),
      rev: typeof here.rev === 'string' ? here.rev : b.newId(),
      ...(typeof here.base === 'string' ? { base: here.base } : {}),
      values,
    },
  };
}

// --- The store -------------------------------------------------------------------------------------------

export interface CaseStore {
  readonly namespace: string;
  /** Every readable case, the last edited first. */
  list(): SavedCase[];
  get(id: string): SavedCase | null;
  /** Writes a case; false when the browser refuses (storage full or disabled). */
  put(record: SavedCase): boolean;
  remove(id: string): void;
  /** The case this tab edits. */
  activeId(): string | null;
  setActiveId(id: string): void;
  /** The storage key of a case (storage events name it). */
  keyOf(id: string): string;
  /** Takes in the data of earlier versions and moves unreadable data aside; how many were moved aside. */
  tidy(): { unreadable: number; newer: number };
  available(): boolean;
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

export function caseStore(namespace: string, b: Backends): CaseStore {
  const prefix = `${namespace}.case.`;
  const activeKey = `${namespace}.active`;
  const keyOf = (id: string) => `${prefix}${id}`;
  const keys = (): string[] =>
    safely(() => {
      const out: string[] = [];
      const local = b.local;
      if (!local) return out;
      for (let i = 0; i < local.length; i++) {
        const k = local.key(i);
        if (k !== null && k.startsWith(prefix)) out.push(k);
      }
      return out;
    }, []);
  const readKey = (key: string): Reading | null => {
    const raw = safely(() => b.local?.getItem(key) ?? null, null);
    return raw === null ? null : readRecord(raw, b);
  };
  const put = (record: SavedCase): boolean => safely(() => (b.local ? (b.local.setItem(keyOf(record.id), JSON.stringify(record)), true) : false), false);

  return {
    namespace,
    keyOf,
    available: () => b.local !== null,
    list() {
      const out: SavedCase[] = [];
      for (const key of keys()) {
        const reading = readKey(key);
        if (reading?.status === 'ok') out.push(reading.record);
      }
      return out.sort((x, y) => y.updated - x.updated);
    },
    get(id) {
      const reading = readKey(keyOf(id));
      return reading?.status === 'ok' ? reading.record : null;
    },
    put,
    remove: (id) => safely(() => b.local?.removeItem(keyOf(id)), undefined),
    activeId: () => safely(() => b.session?.getItem(activeKey) ?? null, null),
    setActiveId: (id) => safely(() => b.session?.setItem(activeKey, id), undefined),
    tidy() {
      let unreadable = 0;
      let newer = 0;
      const setAside = (key: string, raw: string) => {
        // Kept, under a name of its own: the person (or support) can still recover it.
        const aside = `${namespace}.unreadable.${b.now()}-${unreadable}`;
        if (safely(() => (b.local?.setItem(aside, raw), true), false)) safely(() => b.local?.removeItem(key), undefined);
        unreadable++;
      };
      // Version 1's single slot (the calculator's namespace only).
      if (namespace === 'gfss-calc') {
        const raw = safely(() => b.local?.getItem(LEGACY_V1_KEY) ?? null, null);
        if (raw !== null) {
          const reading = readRecord(raw, b);
          if (reading.status === 'ok') {
            if (!isPristine(reading.record.values) && put(reading.record)) safely(() => b.local?.removeItem(LEGACY_V1_KEY), undefined);
            else if (isPristine(reading.record.values)) safely(() => b.local?.removeItem(LEGACY_V1_KEY), undefined);
          } else if (reading.status === 'newer') newer++;
          else setAside(LEGACY_V1_KEY, raw);
        }
      }
      for (const key of keys()) {
        const raw = safely(() => b.local?.getItem(key) ?? null, null);
        if (raw === null) continue;
        const reading = readRecord(raw, b);
        if (reading.status === 'unreadable') setAside(key, raw);
        else if (reading.status === 'newer') newer++;
        else if (JSON.parse(raw).v !== CASE_VERSION) put(reading.record); // migrated: written in the current shape
      }
      return { unreadable, newer };
    },
  };
}

// --- One tab's session ---------------------------------------------------------------------------------

export type SaveOutcome = 'saved' | 'unchanged' | 'forked' | 'failed';

/**
 * What one tab does with the store: which case it edits, and saving that case without ever writing over a
 * revision it has not seen.
 */
export interface CaseSession {
  readonly store: CaseStore;
  current(): string | null;
  /** Starts editing a case (an existing one, or a new id for values not yet saved). */
  use(id: string, values: FormValues | null): void;
  /** A new case id for this tab (nothing is written until something is typed). */
  startNew(): string;
  save(values: FormValues): SaveOutcome;
  /**
   * Another tab wrote this tab's case: the values to show, or null when nothing changed for this tab — or when
   * `current` (the form now) holds an edit this tab has not saved yet: that edit is kept, and its save, seeing the
   * other tab's revision, goes into a copy. `'forked'` when the other tab wrote over this tab's last save without
   * having seen it (its process read the storage before this tab's write reached it): this tab's values went
   * into a copy, which it now edits.
   */
  external(key: string, raw: string | null, current?: FormValues): FormValues | 'forked' | null;
}

export function caseSession(store: CaseStore, b: Backends): CaseSession {
  let id: string | null = null;
  let seenRev: string | null = null;
  let lastText: string | null = null;
  /** The revision this tab itself last wrote, and its values. */
  let wrote: string | null = null;
  let wroteValues: FormValues | null = null;

  const write = (caseId: string, values: FormValues, created: number, base: string | null): boolean => {
    const record: SavedCase = { v: CASE_VERSION, id: caseId, created, updated: b.now(), rev: b.newId(), ...(base ? { base } : {}), values };
    if (!store.put(record)) return false;
    seenRev = record.rev;
    wrote = record.rev;
    wroteValues = values;
    lastText = canonical(values);
    return true;
  };

  return {
    store,
    current: () => id,
    use(caseId, values) {
      id = caseId;
      store.setActiveId(caseId);
      const record = store.get(caseId);
      seenRev = record?.rev ?? null;
      lastText = values ? canonical(values) : record ? canonical(record.values) : null;
    },
    startNew() {
      id = b.newId();
      store.setActiveId(id);
      seenRev = null;
      lastText = null;
      return id;
    },
    save(values) {
      const textNow = canonical(values);
      if (textNow === lastText) return 'unchanged';
      if (id === null) id = b.newId();
      const stored = store.get(id);
      if (stored === null && isPristine(values)) {
        // Nothing typed yet: no empty case in the list.
        lastText = textNow;
        return 'unchanged';
      }
      if (stored !== null && stored.rev !== seenRev) {
        // Another tab wrote this case since this tab last saw it: keep both, this tab's edits in a copy.
        id = b.newId();
        store.setActiveId(id);
        return write(id, values, b.now(), null) ? 'forked' : 'failed';
      }
      store.setActiveId(id);
      return write(id, values, stored?.created ?? b.now(), stored?.rev ?? null) ? 'saved' : 'failed';
    },
    external(key, raw, current) {
      if (id === null || key !== store.keyOf(id) || raw === null) return null;
      const reading = readRecord(raw, b);
      if (reading.status !== 'ok' || reading.record.rev === seenRev) return null;
      if (current !== undefined && canonical(current) !== lastText) return null;
      if (wrote !== null && wrote === seenRev && reading.record.base !== undefined && reading.record.base !== wrote) {
        // Written over this tab's last save by a tab that had not seen it: both versions stay, ours in a copy.
        const values = current ?? wroteValues;
        if (values === null) return null;
        id = b.newId();
        store.setActiveId(id);
        write(id, values, b.now(), null);
        return 'forked';
      }
      seenRev = reading.record.rev;
      const textThere = canonical(reading.record.values);
      if (textThere === lastText) return null;
      lastText = textThere;
      return reading.record.values;
    },
  };
}

/** The browser's storages, or null where the browser refuses them. */
export function browserBackends(memoryOnly = false): Backends {
  const get = (name: 'localStorage' | 'sessionStorage'): KeyValue | null =>
    memoryOnly || typeof window === 'undefined' ? null : safely(() => window[name], null);
  const local = memoryOnly ? memoryStorage() : get('localStorage');
  return {
    local,
    session: memoryOnly ? memoryStorage() : get('sessionStorage'),
    now: () => Date.now(),
    newId: () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`),
  };
}

/** A storage that lives only as long as the page (the embedding guide's preview keeps nothing). */
export function memoryStorage(): KeyValue {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

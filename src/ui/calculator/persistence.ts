/**
 * The form saves itself in the browser (localStorage), versioned and validated on load. Saved data that
 * cannot be read — corrupt, from an unknown version, of the wrong shape — is dropped with a notice, never a
 * crash; storage that is full or disabled only means nothing is saved.
 */
import { z } from 'zod';
import { DEFAULT_VALUES, INCOME_KIND_OPTIONS, LEAVE_CASE_OPTIONS, MAX_PAYERS, PAYER_OPTIONS, type FormValues } from './formModel';

import { storage, STORAGE_KEY, STORAGE_VERSION } from './storage';

const text = z.string().max(40);
const savedValues = z.strictObject({
  payer: z.enum(PAYER_OPTIONS),
  birthStatus: z.enum(['born', 'expected']),
  birthDate: text,
  leaveSource: z.enum(['sheet', 'estimate', 'none']),
  leaveStart: text,
  leaveCase: z.enum(LEAVE_CASE_OPTIONS),
  sheetDays: text,
  adoptionDays: text,
  childrenBorn: text,
  birthOrder: text,
  incomeKind: z.enum(INCOME_KIND_OPTIONS),
  payerCount: z.number().int().min(1).max(MAX_PAYERS),
  amounts: z.record(z.string().regex(/^\d{4}-\d{2}$/), z.array(z.string().max(60)).max(MAX_PAYERS)),
});

const saved = z.object({ v: z.literal(STORAGE_VERSION), values: savedValues });

export type LoadResult = { status: 'empty' } | { status: 'loaded'; values: FormValues } | { status: 'dropped' };


export function loadSaved(): LoadResult {
  const store = storage();
  let raw: string | null = null;
  try {
    raw = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  try {
    const parsed = saved.safeParse(JSON.parse(raw));
    if (parsed.success) return { status: 'loaded', values: { ...DEFAULT_VALUES, ...parsed.data.values } };
  } catch {
    // not JSON: fall through
  }
  try {
    store?.removeItem(STORAGE_KEY);
  } catch {
    // nothing more to do
  }
  return { status: 'dropped' };
}


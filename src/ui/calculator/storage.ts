/** Where the form keeps itself in the browser; persistence.ts reads it back, validated. */
import type { FormValues } from './formModel';

export const STORAGE_KEY = 'gfss-calc.form';
export const STORAGE_VERSION = 1;

export function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // disabled by the browser's settings
  }
}

/** Saves the values; returns false when the browser refuses (storage full or disabled). */
export function save(values: FormValues): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, values }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // nothing to clear
  }
}

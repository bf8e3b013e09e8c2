/**
 * Small facts the page's bootstrap needs too, kept free of imports so that the bootstrap stays tiny.
 */

/** A prefill link in the address: `#case=…` (alone or among other fragment parameters). */
export const hasLink = (hash: string): boolean => /^#(?:.*&)?case=/.test(hash);

/** Today by the device's clock, as an ISO date (the core itself has no clock). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

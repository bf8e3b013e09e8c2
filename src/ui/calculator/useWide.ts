import { useState } from 'react';

/**
 * Wider than a phone (40rem), as the page first renders: long sections of the result start open there; on a
 * phone they start folded, each with a line that says what is inside.
 */
export function useWide(): boolean {
  const [wide] = useState(() => typeof window === 'undefined' || typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 40rem)').matches);
  return wide;
}

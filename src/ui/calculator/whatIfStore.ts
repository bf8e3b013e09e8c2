/**
 * Where the "what if" scenario is kept, so that a reload, an update or a comparison link never loses it:
 * - this tab's scenario in sessionStorage (a reload of the tab, a link opened in it);
 * - the last scenario in localStorage as well, with the case it was copied from, so that the same case opened
 *   later (a new tab, the next day) finds its scenario again.
 * Storage that is refused (private mode, full) keeps the scenario in the page only.
 */
import type { CaseInput } from '../../core';

export const WHAT_IF_KEY = 'gfss-whatif';

export interface StoredScenario {
  v: 1;
  /** The scenario, in the case format; null when a link's scenario could not be read. */
  scenario: CaseInput | null;
  /** The current case it was copied from (its case-format JSON); null for a link's (it goes with any case). */
  base: string | null;
  /** The comparison is open. */
  open: boolean;
  /** What was typed into the scenario's fields and not yet taken (a half-typed date, an amount). */
  typed?: Record<string, string>;
}

function read(storage: () => Storage): StoredScenario | null {
  try {
    const raw = storage().getItem(WHAT_IF_KEY);
    if (raw === null) return null;
    const s = JSON.parse(raw) as StoredScenario;
    return s && s.v === 1 && typeof s.open === 'boolean' ? s : null;
  } catch {
    return null;
  }
}

/** The scenario this tab had; else the last one, when it was copied from this very case. */
export function readScenario(base: string): StoredScenario | null {
  const mine = read(() => window.sessionStorage);
  if (mine) return mine;
  const last = read(() => window.localStorage);
  return last && last.base === base ? last : null;
}

export function writeScenario(s: StoredScenario): void {
  const text = JSON.stringify(s);
  for (const storage of [() => window.sessionStorage, () => window.localStorage]) {
    try {
      storage().setItem(WHAT_IF_KEY, text);
    } catch {
      // Refused: the scenario stays in the page.
    }
  }
}

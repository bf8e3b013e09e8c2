/**
 * The prerendered form is a real form from the first paint: a person can type, choose and paste in it before
 * the scripts take it over, and again while React hydrates it. The bootstrap starts recording at once
 * (`recordEarlyInput`): what the fields hold then, and every input and change after. The app starts its form
 * from it (`earlyValues`, at its first render) and, once it has taken the page over, puts back whatever
 * arrived during hydration (`finishEarlyInput`), so nothing typed is lost and nothing is typed twice.
 *
 * No imports: this file is part of the bootstrap, which is the first script the page runs.
 */

type Recorded = Record<string, string>;

let recorded: Recorded = {};
let stop: (() => void) | null = null;
/** The field the person is in (by name), so that focus can follow it when the page is rendered anew. */
let focused: string | null = null;

/** The name and value a field holds for the form (a radio only when checked); null for other elements. */
function entry(el: EventTarget | Element | null): [string, string] | null {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) return null;
  const name = el.name;
  // Month amounts ("amounts.2025-03.0") are not on the first screen; the app's own fields only.
  if (!name || name.includes('.')) return null;
  if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) return el.checked ? [name, el.value] : null;
  return [name, el.value];
}

/** Reads what the fields already hold and records every later input and change inside `root`. */
export function recordEarlyInput(root: HTMLElement): void {
  if (stop) return;
  for (const el of root.querySelectorAll('input[name], select[name]')) {
    const found = entry(el);
    // Only what differs from the page as it was served is the person's.
    if (found && (el instanceof HTMLSelectElement ? !el.options[el.selectedIndex]?.defaultSelected : el instanceof HTMLInputElement && (el.type === 'radio' ? !el.defaultChecked : el.value !== el.defaultValue)))
      recorded[found[0]] = found[1];
  }
  const onInput = (event: Event) => {
    const found = entry(event.target);
    if (found) recorded[found[0]] = found[1];
  };
  const onFocus = (event: Event) => {
    const el = event.target;
    focused = el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.name || null : null;
  };
  root.addEventListener('input', onInput, true);
  root.addEventListener('change', onInput, true);
  root.addEventListener('focusin', onFocus, true);
  document.documentElement.dataset.recording = 'true';
  if (document.activeElement && root.contains(document.activeElement)) onFocus({ target: document.activeElement } as unknown as Event);
  stop = () => {
    delete document.documentElement.dataset.recording;
    root.removeEventListener('input', onInput, true);
    root.removeEventListener('change', onInput, true);
    root.removeEventListener('focusin', onFocus, true);
  };
}

/** What the person has typed so far (by field name), recording goes on. */
export function earlyValues(): Recorded {
  return { ...recorded };
}

/**
 * Where the person's focus was, when the app has just replaced the prerendered page rather than hydrating it
 * (a language other than the prerendered one): the same field of the new page takes the focus, the caret at
 * the end, in the same task as the replacement, so that no keystroke falls into a field that is gone.
 */
export function restoreEarlyFocus(root: HTMLElement): void {
  if (!focused || (document.activeElement && document.activeElement !== document.body && root.contains(document.activeElement))) return;
  const named = [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')].filter((el) => el.name === focused);
  const target = named.find((el) => !(el instanceof HTMLInputElement && el.type === 'radio') || el.checked) ?? named[0];
  if (!target) return;
  target.focus();
  if (target instanceof HTMLInputElement && target.type === 'text') target.setSelectionRange(target.value.length, target.value.length);
}

/** What the person has typed, all of it, and the end of recording: from now on the form itself listens. */
export function finishEarlyInput(): Recorded {
  stop?.();
  const all = recorded;
  recorded = {};
  return all;
}

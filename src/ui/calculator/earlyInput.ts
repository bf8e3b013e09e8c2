/**
 * The prerendered form can be typed into before the scripts take it over. Just before hydration, what the
 * page already holds is read from its fields, so that the form starts from it and nothing typed is lost.
 */
import { DEFAULT_VALUES, type FormValues } from './formModel';

let early: Partial<FormValues> = {};

export function captureEarlyInput(root: HTMLElement): void {
  const found: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    const name = el.name;
    if (!(name in DEFAULT_VALUES) || name === 'amounts' || name === 'payerCount') continue;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      if (el.checked) found[name] = el.value;
    } else if (el.value !== '') found[name] = el.value;
  }
  early = found as Partial<FormValues>;
}

/** The values read before hydration (taken once). */
export function takeEarlyInput(): Partial<FormValues> {
  const taken = early;
  early = {};
  return taken;
}

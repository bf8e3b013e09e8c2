/**
 * Turns a step of the core's explanation into its sentence in the language: each value is formatted by its
 * kind (core/result.ts `StepValueKind`), and the sentence is chosen by the step's id and variant.
 *
 * Keys (locales/<lang>/calc.json, `steps`): `steps.<id>.title`; `steps.<id>.formula` for the `standard`
 * variant, `steps.<id>.formula_<variant>` for any other (i18next's own `_context` convention).
 */
import type { TFunction } from 'i18next';
import type { Step, StepValue } from '../../core';
import type { Language } from '../../i18n/languages';
import { formatDate, formatMoney, formatMonth, formatNumber, formatRate } from '../format';

/** One value as its sentence shows it. A count stays a number (i18next picks plural forms by it). */
export function formatStepValue(v: StepValue, lang: Language, t: TFunction): string | number {
  switch (v.kind) {
    case 'money':
      return formatMoney(v.value, lang);
    case 'month':
      return formatMonth(v.value, lang);
    case 'date':
      return formatDate(v.value, lang);
    case 'count':
      return Number(v.value);
    case 'rate':
      return formatRate(v.value, lang);
    case 'factor':
      return formatNumber(v.value, lang);
    case 'leave_case':
      return t(`calc:form.leaveCase.${v.value}`);
  }
}

/** The values a step's sentence shows: its own, `result`, and `count` when the result is a count. */
export function stepValues(step: Step, lang: Language, t: TFunction): Record<string, string | number> {
  const values: Readonly<Record<string, StepValue>> = step.values;
  const out: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(values)) out[name] = formatStepValue(v, lang, t);
  out.result = formatStepValue(step.result, lang, t);
  if (step.result.kind === 'count') out.count = Number(step.result.value);
  return out;
}

/** The key of a step's title (`calc` namespace). */
export function stepTitleKey(step: Pick<Step, 'id'>): string {
  return `steps.${step.id}.title`;
}

/** The key of a step's sentence (`calc` namespace): `steps.<id>.formula`, or `steps.<id>.formula_<variant>`. */
export function stepSentenceKey(step: Pick<Step, 'id' | 'variant'>): string {
  return step.variant === 'standard' ? `steps.${step.id}.formula` : `steps.${step.id}.formula_${step.variant}`;
}

/** A step's sentence in the language. */
export function stepSentence(step: Step, lang: Language, t: TFunction): string {
  return t(`calc:${stepSentenceKey(step)}`, stepValues(step, lang, t));
}

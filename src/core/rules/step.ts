/**
 * The explanation's steps (result.ts `StepCatalogue`): `step()` builds one, and the value helpers give each
 * value its kind, so that the interface formats it without guessing.
 */
import type { Exact } from '../money';
import type { LeaveCase } from '../params/benefits';
import type { StepId, StepOf, StepValue, StepVariant } from '../result';

export const money = (value: string): StepValue<'money'> => ({ kind: 'money', value });
export const month = (value: string): StepValue<'month'> => ({ kind: 'month', value });
export const date = (value: string): StepValue<'date'> => ({ kind: 'date', value });
export const count = (value: number): StepValue<'count'> => ({ kind: 'count', value: String(value) });
export const rate = (value: Exact): StepValue<'rate'> => ({ kind: 'rate', value: value.toString() });
export const factor = (value: Exact): StepValue<'factor'> => ({ kind: 'factor', value: value.toString() });
export const leaveCase = (value: LeaveCase): StepValue<'leave_case'> => ({ kind: 'leave_case', value });

/** A rate as a formula writes it: 0.1 → "10 %". */
export const percent = (value: Exact): string => `${value.times(100).toString()} %`;

/** One step of the explanation; a cap or a floor also says whether it applied, and any reading it rests on. */
export function step<I extends StepId, V extends StepVariant<I>>(
  id: I,
  variant: V,
  formula: string,
  values: StepOf<I, V>['values'],
  result: StepOf<I, V>['result'],
  legal: StepOf<I, V>['legal'],
  limit?: { applied: boolean; assumptions?: StepOf<I, V>['assumptions'] },
): StepOf<I, V> {
  const s: StepOf<I, V> = { id, variant, formula, values, result, legal };
  if (limit) {
    s.applied = limit.applied;
    if (limit.assumptions) s.assumptions = limit.assumptions;
  }
  return s;
}

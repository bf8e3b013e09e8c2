/**
 * What one calculation records while it runs: each parameter value it used (with provenance) and each
 * ASSUMED reading it relied on, so that the result can say both.
 */
import type { AssumptionId } from './assumptions';
import type { IsoDate } from './dates';
import { valueOn } from './params/lookup';
import type { Parameter, ParamValue } from './params/types';
import type { ParameterUse } from './result';

export class Context {
  private readonly used = new Set<ParameterUse>();
  private readonly assumed = new Set<AssumptionId>();

  /** The parameter's value on a date, recorded as used. */
  param<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
    const v = valueOn(param, date);
    this.used.add(useOf(v as ParamValue<unknown>));
    return v;
  }

  assume(id: AssumptionId): AssumptionId {
    this.assumed.add(id);
    return id;
  }

  assumptions(): AssumptionId[] {
    return [...this.assumed].sort();
  }

  /** The values used, by parameter and date (a projection after the known value of the same entry). */
  parameterUses(): ParameterUse[] {
    return [...this.used].sort((a, b) => (a.id === b.id ? (a.from === b.from ? Number(a.projected) - Number(b.projected) : a.from < b.from ? -1 : 1) : a.id < b.id ? -1 : 1));
  }
}

/**
 * One description per parameter entry (and per projection of it), so that a value used in many months is
 * recorded once: lookup.ts hands out one object per entry, and this map keeps its description.
 */
const uses = new Map<ParamValue<unknown>, ParameterUse>();
function useOf(v: ParamValue<unknown>): ParameterUse {
  let use = uses.get(v);
  if (!use) {
    use = { id: v.id, unit: v.unit, from: v.from, value: describeValue(v.value), status: v.status, source: v.source, unconfirmed: v.unconfirmed, projected: v.projected };
    uses.set(v, use);
  }
  return use;
}

function describeValue(value: unknown): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.map(describeValue).join(' / ');
  if (typeof value === 'object' && value !== null && 'standard' in value) {
    return Object.entries((value as { standard: Record<string, number> }).standard)
      .map(([k, d]) => `${k} ${d}`)
      .join(', ');
  }
  return String(value);
}

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
  // The lookup memoises its answers, so the same value used twice is the same object.
  private readonly used = new Set<ParamValue<unknown>>();
  private readonly bundles = new Set<readonly ParamValue<unknown>[]>();
  private readonly assumed = new Set<AssumptionId>();

  /** The parameter's value on a date, recorded as used. */
  param<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
    const v = valueOn(param, date);
    this.used.add(v as ParamValue<unknown>);
    return v;
  }

  /**
   * Records values and readings looked up elsewhere and kept between calculations. A kept list is recorded
   * by identity, so recording it for every month costs one set insertion.
   */
  record(values: readonly ParamValue<unknown>[], assumptions: readonly AssumptionId[]): void {
    if (this.bundles.has(values)) return;
    this.bundles.add(values);
    for (const a of assumptions) this.assumed.add(a);
  }

  assume(id: AssumptionId): AssumptionId {
    this.assumed.add(id);
    return id;
  }

  assumptions(): AssumptionId[] {
    return [...this.assumed].sort();
  }

  parameterUses(): ParameterUse[] {
    const uses = new Set<ParameterUse>();
    for (const v of this.used) uses.add(useOf(v));
    for (const bundle of this.bundles) for (const v of bundle) uses.add(useOf(v));
    return [...uses].sort((a, b) => (a.id === b.id ? (a.from === b.from ? Number(a.projected) - Number(b.projected) : a.from < b.from ? -1 : 1) : a.id < b.id ? -1 : 1));
  }
}

/** One shared description per parameter entry (and projection), so that equal uses are the same object. */
const uses = new Map<string, ParameterUse>();
const useOfValue = new WeakMap<ParamValue<unknown>, ParameterUse>();
function useOf(v: ParamValue<unknown>): ParameterUse {
  let use = useOfValue.get(v);
  if (!use) {
    const key = `${v.id}|${v.from}|${v.projected}`;
    use = uses.get(key);
    if (!use) {
      use = { id: v.id, from: v.from, value: describeValue(v.value), status: v.status, source: v.source, unconfirmed: v.unconfirmed, projected: v.projected };
      uses.set(key, use);
    }
    useOfValue.set(v, use);
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

/**
 * What one calculation records while it runs: each parameter value it used (with provenance) and each
 * ASSUMED reading it relied on, so that the result can say both.
 */
import type { AssumptionId } from './assumptions';
import type { IsoDate } from './dates';
import { valueOn } from './params/lookup';
import type { Parameter, ParamValue } from './params/types';
import type { ParameterUse } from './result';

/**
 * Values and readings looked up once and kept between calculations (a month's rule, a schedule's floors).
 * Equal bundles are the same object (`bundleOf`), so recording one costs a single set insertion, however
 * many months share it.
 */
export interface Bundle {
  readonly uses: readonly ParameterUse[];
  readonly assumptions: readonly AssumptionId[];
}

export class Context {
  private readonly used = new Set<ParameterUse>();
  private readonly bundles = new Set<Bundle>();
  private readonly assumed = new Set<AssumptionId>();

  /** The parameter's value on a date, recorded as used. */
  param<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
    const v = valueOn(param, date);
    this.used.add(useOf(v as ParamValue<unknown>));
    return v;
  }

  /** Records a bundle of values and readings kept between calculations. */
  record(bundle: Bundle): void {
    if (this.bundles.has(bundle)) return;
    this.bundles.add(bundle);
    for (const a of bundle.assumptions) this.assumed.add(a);
  }

  assume(id: AssumptionId): AssumptionId {
    this.assumed.add(id);
    return id;
  }

  assumptions(): AssumptionId[] {
    return [...this.assumed].sort();
  }

  parameterUses(): ParameterUse[] {
    const uses = new Set(this.used);
    for (const bundle of this.bundles) for (const use of bundle.uses) uses.add(use);
    return [...uses].sort((a, b) => (a.id === b.id ? (a.from === b.from ? Number(a.projected) - Number(b.projected) : a.from < b.from ? -1 : 1) : a.id < b.id ? -1 : 1));
  }
}

/** What makes two uses the same: the parameter, the entry it comes from, and whether it is a projection. */
const useKey = (u: Pick<ParameterUse, 'id' | 'from' | 'projected'>): string => `${u.id}|${u.from}|${u.projected}`;

/** One shared description per parameter entry (and projection), so that equal uses are the same object. */
const uses = new Map<string, ParameterUse>();
// Looked-up values are kept for good (params/lookup.ts), so a plain Map is safe and faster than a WeakMap.
const useOfValue = new Map<ParamValue<unknown>, ParameterUse>();
function useOf(v: ParamValue<unknown>): ParameterUse {
  let use = useOfValue.get(v);
  if (!use) {
    const key = useKey(v);
    use = uses.get(key);
    if (!use) {
      use = { id: v.id, from: v.from, value: describeValue(v.value), status: v.status, source: v.source, unconfirmed: v.unconfirmed, projected: v.projected };
      uses.set(key, use);
    }
    useOfValue.set(v, use);
  }
  return use;
}

/** Bundles by content: the same uses (in any order, repeated or not) and readings give the same object. */
const bundles = new Map<string, Bundle>();
export function bundleOf(values: readonly ParamValue<unknown>[], assumptions: readonly AssumptionId[]): Bundle {
  const distinct = [...new Set(values.map(useOf))];
  const readings = [...new Set(assumptions)];
  const key = `${distinct.map(useKey).sort().join(';')}#${[...readings].sort().join(';')}`;
  let bundle = bundles.get(key);
  if (!bundle) {
    bundle = { uses: distinct, assumptions: readings };
    bundles.set(key, bundle);
  }
  return bundle;
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

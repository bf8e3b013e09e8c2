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
  private readonly used = new Map<string, ParamValue<unknown>>();
  private readonly assumed = new Set<AssumptionId>();

  /** The parameter's value on a date, recorded as used. */
  param<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
    const v = valueOn(param, date);
    const key = `${v.id}|${v.from}|${v.projected ? 'p' : ''}`;
    if (!this.used.has(key)) this.used.set(key, v as ParamValue<unknown>);
    return v;
  }

  assume(id: AssumptionId): AssumptionId {
    this.assumed.add(id);
    return id;
  }

  assumptions(): AssumptionId[] {
    return [...this.assumed].sort();
  }

  parameterUses(): ParameterUse[] {
    const out: ParameterUse[] = [];
    for (const v of this.used.values()) {
      out.push({
        id: v.id,
        from: v.from,
        value: describeValue(v.value),
        status: v.status,
        source: v.source,
        unconfirmed: v.unconfirmed,
        projected: v.projected,
      });
    }
    return out.sort((a, b) => (a.id === b.id ? a.from.localeCompare(b.from) : a.id.localeCompare(b.id)));
  }
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

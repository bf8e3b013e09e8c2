import type { IsoDate } from '../dates';
import { CoverageError, type DatedValue, type Parameter, type ParamValue } from './types';

/** The values handed out for a parameter: one per table entry, and one for the projection past `knownUntil`. */
interface Handed {
  entries: ParamValue<unknown>[];
  projection?: ParamValue<unknown>;
}
// Parameters are module constants, so a plain Map holds them for good; their values are few (one per entry),
// so the same value looked up on any date is the same object.
const handed = new Map<Parameter<unknown>, Handed>();

function handedOf<T>(param: Parameter<T>): Handed {
  let h = handed.get(param as Parameter<unknown>);
  if (!h) {
    const make = (entry: DatedValue<T>, projected: boolean): ParamValue<unknown> => ({
      id: param.id,
      value: entry.value,
      from: entry.from,
      status: entry.status,
      source: entry.source,
      unconfirmed: entry.unconfirmed === true,
      projected,
    });
    h = { entries: param.values.map((entry) => make(entry, false)) };
    const last = param.values.at(-1);
    if (param.knownUntil !== undefined && last) h.projection = make(last, true);
    handed.set(param as Parameter<unknown>, h);
  }
  return h;
}

/**
 * The value of a parameter in force on a date. Refuses dates before the table starts (nobody coded them);
 * after the table's `knownUntil` it returns the last value, marked `projected`.
 */
export function valueOn<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
  const values = param.values;
  if (values.length === 0 || date < values[0].from) throw new CoverageError(param.id, date);
  const h = handedOf(param);
  if (h.projection && date > (param.knownUntil as IsoDate)) return h.projection as ParamValue<T>;
  // Most dates asked about are recent: search from the newest entry.
  let i = values.length - 1;
  while (values[i].from > date) i--;
  return h.entries[i] as ParamValue<T>;
}

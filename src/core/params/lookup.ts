import type { IsoDate } from '../dates';
import { CoverageError, type DatedValue, type Parameter, type ParamValue } from './types';

/**
 * The last date a yearly table (МЗП, МРП) is known for: the end of the year of its last value that is not a
 * forecast. Derived from the table, so that adding a year is one dated line and its source.
 */
export function knownUntil(param: Parameter<unknown>): IsoDate | undefined {
  if (!param.yearly) return undefined;
  const known = param.values.filter((v) => v.status !== 'forecast').at(-1);
  return known ? `${known.from.slice(0, 4)}-12-31` : undefined;
}

/** The values handed out for a parameter, one per table entry and one per entry as a projection. */
interface Handed {
  known: ParamValue<unknown>[];
  projected: ParamValue<unknown>[];
  until: IsoDate | undefined;
}
// Parameters are module constants and their values few, so the same value looked up on any date is the same
// object (the context describes each value once).
const handed = new Map<Parameter<unknown>, Handed>();

function handedOf<T>(param: Parameter<T>): Handed {
  let h = handed.get(param as Parameter<unknown>);
  if (!h) {
    const make = (entry: DatedValue<T>, projected: boolean): ParamValue<unknown> => ({
      id: param.id,
      unit: param.unit,
      value: entry.value,
      from: entry.from,
      status: entry.status,
      source: entry.source,
      unconfirmed: entry.unconfirmed === true,
      projected,
    });
    h = { known: param.values.map((e) => make(e, false)), projected: param.values.map((e) => make(e, true)), until: knownUntil(param as Parameter<unknown>) };
    handed.set(param as Parameter<unknown>, h);
  }
  return h;
}

/**
 * The value of a parameter in force on a date: the last entry starting on or before it. Refuses dates before
 * the table starts (nobody coded them). A date past a yearly table's `knownUntil` gets its value marked
 * `projected`: a forecast entry where one exists, else the last value carried forward.
 */
export function valueOn<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
  const values = param.values;
  if (values.length === 0 || date < values[0].from) throw new CoverageError(param.id, date);
  let i = values.length - 1;
  while (values[i].from > date) i--;
  const h = handedOf(param);
  const projected = (h.until !== undefined && date > h.until) || values[i].status === 'forecast';
  return (projected ? h.projected[i] : h.known[i]) as ParamValue<T>;
}

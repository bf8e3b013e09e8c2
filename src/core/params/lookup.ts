import type { IsoDate } from '../dates';
import { CoverageError, type DatedValue, type Parameter, type ParamValue } from './types';

const cache = new WeakMap<Parameter<unknown>, Map<IsoDate, ParamValue<unknown>>>();

/**
 * The value of a parameter in force on a date. Refuses dates before the table starts (nobody coded them);
 * after the table's `knownUntil` it returns the last value, marked `projected`.
 */
export function valueOn<T>(param: Parameter<T>, date: IsoDate): ParamValue<T> {
  let memo = cache.get(param as Parameter<unknown>);
  if (!memo) {
    memo = new Map();
    cache.set(param as Parameter<unknown>, memo);
  }
  const hit = memo.get(date);
  if (hit) return hit as ParamValue<T>;

  const values = param.values;
  if (values.length === 0 || date < values[0].from) throw new CoverageError(param.id, date);
  let entry: DatedValue<T> = values[0];
  for (let i = 1; i < values.length && values[i].from <= date; i++) entry = values[i];
  const result: ParamValue<T> = {
    id: param.id,
    on: date,
    value: entry.value,
    from: entry.from,
    status: entry.status,
    source: entry.source,
    unconfirmed: entry.unconfirmed === true,
    projected: param.knownUntil !== undefined && date > param.knownUntil,
  };
  memo.set(date, result as ParamValue<unknown>);
  return result;
}

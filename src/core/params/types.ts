import type { IsoDate } from '../dates';
import type { Source } from './sources';

/**
 * How sure we are of a value (RULES.md): read in the statute, published by the Ministry/Fund, seen in press, our
 * reading, or an official forecast for a year whose budget law is not out yet.
 */
export type Status = 'law' | 'official' | 'secondary' | 'assumed' | 'forecast';

/** One value of a parameter, in force from `from` until the next value's `from`. */
export interface DatedValue<T> {
  from: IsoDate;
  value: T;
  status: Status;
  /** Where the value comes from: the act and article, or the publication. */
  source: Source;
  /** Published, but not confirmed by a second source: shown to users as such. */
  unconfirmed?: boolean;
}

/** What a parameter's value counts: tenge, a share, multiples of the МЗП or МРП, days, payments, or a rule. */
export type Unit = 'KZT' | 'ratio' | 'MZP' | 'MRP' | 'days' | 'payments' | 'rule';

export interface Parameter<T> {
  id: string;
  description: string;
  unit: Unit;
  values: readonly DatedValue<T>[];
  /**
   * Set each year by the budget law: the table is known until the end of the year of its last value that is
   * not a forecast (`knownUntil` in lookup.ts). A later date gets the forecast for it, or else the last value,
   * marked as a projection either way. Statutory values that stay in force until the statute changes are not.
   */
  yearly?: true;
}

/** A parameter's value on a date, with its provenance. */
export interface ParamValue<T> {
  id: string;
  unit: Unit;
  value: T;
  from: IsoDate;
  status: Status;
  source: Source;
  unconfirmed: boolean;
  projected: boolean;
}

export class CoverageError extends Error {
  constructor(
    readonly parameterId: string,
    readonly date: IsoDate,
  ) {
    super(`${parameterId} has no value before ${date}: the calculator covers rights from 2008-01-01 and income from 2006-01.`);
    this.name = 'CoverageError';
  }
}

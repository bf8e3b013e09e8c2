/** The last date both budget-law tables (МЗП and МРП) are known for, derived from the tables (lookup.ts). */
import type { IsoDate } from '../dates';
import { knownUntil } from './lookup';
import { MRP, MZP } from './wages';

const dates = [knownUntil(MZP), knownUntil(MRP)].filter((d): d is IsoDate => d !== undefined);
export const lawKnownUntil: IsoDate = dates.reduce((a, b) => (a < b ? a : b));

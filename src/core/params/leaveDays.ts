/**
 * Days of pregnancy and childbirth leave (Labour Code art. 99 p.2–3). A file of its own, free of decimal
 * arithmetic, because the form reads it on its first screen.
 */
import { src } from './sources';
import type { Parameter } from './types';

export type StandardLeaveCase = 'normal' | 'complicated' | 'multiple' | 'zone' | 'zone_complicated';
export type LeaveCase = StandardLeaveCase | 'adoption';

export interface LeaveDaysRule {
  /** Days of the sheet, by case (before and after the birth together). */
  standard: Record<StandardLeaveCase, number>;
  /** Of those, the days before the birth: the leave normally starts this many days before it (the form's estimate). */
  beforeBirth: Record<StandardLeaveCase, number>;
  /** Shorter sheets allowed instead (a birth at 22–29 weeks, or a sheet issued only after the birth). */
  shorter: Record<StandardLeaveCase, readonly number[]>;
  /** The case a later sheet turns it into when complications or twins are found (art. 77 p.4). */
  complicatedOf: Partial<Record<StandardLeaveCase, StandardLeaveCase>>;
  adoptionMaxDays: number;
}

/** Labour Code art. 99 p.2–3 (the days are stated on the sick-leave sheet). */
export const LEAVE_DAYS: Parameter<LeaveDaysRule> = {
  id: 'leave_days',
  description: 'Days of pregnancy and childbirth leave by case',
  unit: 'days',
  values: [
    {
      from: '2008-01-01',
      status: 'law',
      source: src('labour_code', { article: '99', point: '2–3', note: 'Same days in the Labour Code of 2007; egov.kz' }),
      value: {
        standard: { normal: 126, complicated: 140, multiple: 140, zone: 170, zone_complicated: 184 },
        // Art. 99 p.2: 70 days before the birth and 56 (70) after; in the Semipalatinsk zone 91 before and 79 (93) after.
        beforeBirth: { normal: 70, complicated: 70, multiple: 70, zone: 91, zone_complicated: 91 },
        shorter: { normal: [56, 70], complicated: [56, 70], multiple: [56, 70], zone: [79, 93], zone_complicated: [79, 93] },
        complicatedOf: { normal: 'complicated', zone: 'zone_complicated' },
        adoptionMaxDays: 56,
      },
    },
  ],
};


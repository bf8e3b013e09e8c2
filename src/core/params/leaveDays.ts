/**
 * Days of pregnancy and childbirth leave (Labour Code art. 99 p.2–3). A file of its own, free of decimal
 * arithmetic, because the form reads it on its first screen.
 */
import type { Parameter } from './types';

export type StandardLeaveCase = 'normal' | 'complicated' | 'multiple' | 'zone' | 'zone_complicated';
export type LeaveCase = StandardLeaveCase | 'adoption';

export interface LeaveDaysRule {
  /** Days of the sheet taken before the birth, by case. */
  standard: Record<StandardLeaveCase, number>;
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
      source: 'Labour Code art. 99 p.2–3 (same days in the Labour Code of 2007); egov.kz',
      value: {
        standard: { normal: 126, complicated: 140, multiple: 140, zone: 170, zone_complicated: 184 },
        shorter: { normal: [56, 70], complicated: [56, 70], multiple: [56, 70], zone: [79, 93], zone_complicated: [79, 93] },
        complicatedOf: { normal: 'complicated', zone: 'zone_complicated' },
        adoptionMaxDays: 56,
      },
    },
  ],
};


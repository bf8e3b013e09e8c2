/**
 * Social contributions (СО / ӘА) and the monthly income the Fund counts from them (Social Code art. 244–245).
 */
import { dec, type Exact } from '../money';
import { src } from './sources';
import type { Parameter } from './types';

/** The general СО rate, applied to the monthly base. Social Code art. 244 (from 2025). */
export const SO_RATE: Parameter<Exact> = {
  id: 'so_rate',
  description: 'Social contributions rate (СО / ӘА)',
  unit: 'ratio',
  values: [
    { from: '2006-01-01', value: dec('0.02'), status: 'assumed', source: src('assumption', { note: 'Needed only for income months of 2006 in windows of rights from 2008' }) },
    { from: '2007-01-01', value: dec('0.03'), status: 'secondary', source: src('press', { note: 'nomos.kz; Government decree 29.12.2007 No. 1381' }) },
    { from: '2009-01-01', value: dec('0.04'), status: 'law', source: src('government_decree', { note: '29.12.2007 No. 1381; seed article (2009)' }) },
    { from: '2010-01-01', value: dec('0.05'), status: 'official', source: src('ministry', { note: 'FAQ, enbek.gov.kz (2017)' }) },
    { from: '2018-01-01', value: dec('0.035'), status: 'official', source: src('ministry', { note: 'FAQ, enbek.gov.kz (2018): "from January 1, 2018 – 3.5 %"' }) },
    { from: '2025-01-01', value: dec('0.05'), status: 'law', source: src('social_code', { article: '244' }) },
  ],
};

/**
 * The СО part of the single payment (ЕП) of employers who pay it instead of the separate contributions (from
 * 2023-01-01, Law of 21.12.2022 No. 165-VII). With contributions entered for such an employer, the base is
 * СО ÷ this rate. None before the single payment existed.
 */
export const SO_RATE_SINGLE_PAYMENT: Parameter<Exact | null> = {
  id: 'so_rate_single_payment',
  description: 'Social contributions rate within the single payment (ЕП)',
  unit: 'ratio',
  values: [
    { from: '2006-01-01', value: null, status: 'law', source: src('tax_code', { note: 'No single payment before 2023: the general rate applies' }) },
    { from: '2023-01-01', value: dec('0.032'), status: 'secondary', source: src('press', { note: 'Single payment from 2023 (Tax Code as amended by the Law of 21.12.2022 No. 165-VII); 3.2 % in 2023–2024 per mybuh.kz' }) },
    { from: '2025-01-01', value: dec('0.045'), status: 'law', source: src('social_code', { article: '244', point: '3', note: '4.5 % from 2025 (also mybuh.kz)' }) },
  ],
};

/**
 * The reduced СО rate of the self-employed on the special tax regime and of platform workers. Their base for
 * payments is still СО ÷ the general rate (Social Code arts. 78 p.2, 101-1, 102-1, 244).
 */
export const SO_RATE_SPECIAL: Parameter<Exact | null> = {
  id: 'so_rate_special',
  description: 'Social contributions rate of special-regime self-employed and platform workers',
  unit: 'ratio',
  values: [
    { from: '2006-01-01', value: null, status: 'law', source: src('social_code', { article: '244', note: 'No special rate before 2026: the general rules apply' }) },
    { from: '2026-01-01', value: dec('0.01'), status: 'law', source: src('social_code', { article: '101-1, 102-1, 244' }) },
  ],
};

/** Per-payer cap of the monthly base, in МЗП of that month. */
export const BASE_CAP_MZP: Parameter<Exact> = {
  id: 'base_cap_mzp',
  description: 'Cap of the monthly base per payer, in МЗП',
  unit: 'MZP',
  values: [
    { from: '2006-01-01', value: dec(10), status: 'official', source: src('seed_article', { note: 'Also the Ministry FAQ for 2010–2019' }) },
    { from: '2020-01-01', value: dec(7), status: 'official', source: src('insurance_law', { note: 'egov.kz; Social Code art. 245 from 2023' }) },
    { from: '2023-07-01', value: dec(7), status: 'law', source: src('social_code', { article: '245' }) },
  ],
};

/**
 * Floor of the monthly base: 1 МЗП in force on 1 January of the month's year (a mid-year rise does not
 * raise it). The value is the rule itself; its status changes with the period.
 */
export const BASE_FLOOR_RULE: Parameter<'mzp_on_january_1'> = {
  id: 'base_floor_rule',
  description: 'Floor of the monthly base: the МЗП in force on 1 January of that year',
  unit: 'rule',
  values: [
    { from: '2006-01-01', value: 'mzp_on_january_1', status: 'assumed', source: src('assumption', { note: 'Reading carried back from the Ministry FAQ of 2010–2019' }) },
    { from: '2010-01-01', value: 'mzp_on_january_1', status: 'official', source: src('ministry', { note: 'FAQ (2010–2019)' }) },
    { from: '2020-01-01', value: 'mzp_on_january_1', status: 'assumed', source: src('assumption', { note: 'Reading carried forward from the Ministry FAQ of 2010–2019' }) },
  ],
};

/** ОПВ (МЗЖ) deducted from an employee's salary before social contributions are charged (Social Code art. 245). */
export const OPV_SALARY_RATE: Parameter<Exact> = {
  id: 'opv_salary_rate',
  description: 'Mandatory pension contributions deducted from salary (ОПВ / МЗЖ)',
  unit: 'ratio',
  values: [
    { from: '2006-01-01', value: dec('0.1'), status: 'law', source: src('pension_law', { note: '10 % since 1998; seed article (2009)' }) },
    { from: '2023-07-01', value: dec('0.1'), status: 'law', source: src('social_code', { article: '245, 247' }) },
  ],
};

/** ОПВ (МЗЖ) withheld from the Fund's payments: net = gross − this share. */
export const OPV_RATE: Parameter<Exact> = {
  id: 'opv_rate',
  description: 'Mandatory pension contributions (ОПВ / МЗЖ)',
  unit: 'ratio',
  values: [
    { from: '2006-01-01', value: dec('0.1'), status: 'assumed', source: src('assumption', { note: 'Withholding from payments before 2019 (the seed article confirms it for childcare in 2008)' }) },
    { from: '2019-01-01', value: dec('0.1'), status: 'secondary', source: src('press', { note: 'Accountants\u2019 publications (2019)' }) },
    { from: '2023-07-01', value: dec('0.1'), status: 'law', source: src('social_code', { article: '76' }) },
  ],
};

/**
 * Parameters of the two payments of the Fund (Social Code arts. 77–78 and 84–85; Labour Code art. 99) and
 * of the state allowances shown beside them (Social Code arts. 80, 82).
 */
import { dec, type Exact } from '../money';
import { src } from './sources';
import type { Parameter } from './types';

export { LEAVE_DAYS, type LeaveCase, type LeaveDaysRule, type StandardLeaveCase } from './leaveDays';

/**
 * Overall cap of the maternity average monthly income, in МЗП in force on the right date. None before
 * 2025-04-08 (with several payers the average could exceed 7 МЗП).
 */
export const MATERNITY_CAP_MZP: Parameter<Exact | null> = {
  id: 'maternity_cap_mzp',
  description: 'Cap of the average monthly income for the maternity payment, in МЗП',
  unit: 'MZP',
  values: [
    { from: '2008-01-01', value: null, status: 'secondary', source: src('press', { note: 'No overall cap before 2025-04-08 (accountants\u2019 publications)' }) },
    { from: '2025-04-08', value: dec(7), status: 'official', source: src('ministry', { note: 'Via press: maximum income 595 000, maximum 2 249 100 net for 126 days' }) },
  ],
};

/** Income replacement coefficient of the childcare payment. Social Code art. 85; seed article (40 %). */
export const REPLACEMENT_COEFFICIENT: Parameter<Exact> = {
  id: 'replacement_coefficient',
  description: 'Income replacement coefficient of the childcare payment',
  unit: 'ratio',
  values: [
    { from: '2008-01-01', value: dec('0.4'), status: 'official', source: src('seed_article', { note: '40 % of the income of the last 24 months' }) },
    { from: '2023-07-01', value: dec('0.4'), status: 'law', source: src('social_code', { article: '85' }) },
  ],
};

/** Cap of the childcare payment: the coefficient × this many МЗП in force on the right date. */
export const CHILDCARE_CAP_MZP: Parameter<Exact> = {
  id: 'childcare_cap_mzp',
  description: 'Cap of the childcare payment: 40 % of this many МЗП',
  unit: 'MZP',
  values: [
    { from: '2008-01-01', value: dec(10), status: 'official', source: src('seed_article', { note: '40 % of 10 МЗП; the 10 МЗП base cap implies the same for 2010–2019' }) },
    { from: '2020-01-01', value: dec(7), status: 'official', source: src('insurance_law', { note: '238 000 in 2024–2026' }) },
    { from: '2023-07-01', value: dec(7), status: 'law', source: src('social_code', { article: '85' }) },
  ],
};

/** Number of monthly childcare payments, by the child's date of birth. */
export const CHILDCARE_PAYMENTS: Parameter<number> = {
  id: 'childcare_payments',
  description: 'Number of monthly childcare payments',
  unit: 'payments',
  values: [
    { from: '2008-01-01', value: 12, status: 'official', source: src('seed_article', { note: 'Until the child is 1 year old' }) },
    { from: '2022-01-02', value: 18, status: 'official', source: src('ministry', { note: 'gfss.kz: until 1.5 years for children under 1 year on 2023-01-01' }) },
  ],
};

/** State childcare allowance per month, in МРП, by birth order (1st, 2nd, 3rd, 4th and later). */
export const CHILDCARE_ALLOWANCE_MRP: Parameter<readonly Exact[]> = {
  id: 'childcare_allowance_mrp',
  description: 'State childcare allowance by birth order, in МРП',
  unit: 'MRP',
  values: [
    { from: '2006-01-01', value: ['3', '3.5', '4', '4.5'].map(dec), status: 'official', source: src('allowances_law', { note: 'As in force in 2006' }) },
    { from: '2008-01-01', value: ['5.5', '6.5', '7.5', '8.5'].map(dec), status: 'assumed', source: src('assumption', { note: 'The 2012 amounts carried back to 2008' }) },
    { from: '2012-01-01', value: ['5.5', '6.5', '7.5', '8.5'].map(dec), status: 'official', source: src('ministry', { note: '2012' }) },
    { from: '2013-01-01', value: ['5.76', '6.81', '7.85', '8.90'].map(dec), status: 'assumed', source: src('assumption', { note: 'Start date of the 2014 amounts' }) },
    { from: '2014-01-01', value: ['5.76', '6.81', '7.85', '8.90'].map(dec), status: 'official', source: src('ministry', { note: 'From 2014' }) },
    { from: '2023-07-01', value: ['5.76', '6.81', '7.85', '8.90'].map(dec), status: 'law', source: src('social_code', { article: '82' }) },
  ],
};

/** State birth allowance, once per child, in МРП: 1st–3rd child, 4th and later. */
export const BIRTH_ALLOWANCE_MRP: Parameter<readonly Exact[]> = {
  id: 'birth_allowance_mrp',
  description: 'State birth allowance by birth order (1st–3rd, 4th and later), in МРП',
  unit: 'MRP',
  values: [
    { from: '2008-01-01', value: ['30', '50'].map(dec), status: 'official', source: src('seed_article', { note: '30 МРП; also the Ministry (2012)' }) },
    { from: '2013-01-01', value: ['31.41', '52.35'].map(dec), status: 'assumed', source: src('assumption', { note: 'Start date assumed; amounts official for 2015–2017' }) },
    { from: '2015-01-01', value: ['31.41', '52.35'].map(dec), status: 'official', source: src('ministry', { note: '2015–2017' }) },
    { from: '2017-07-01', value: ['38', '63'].map(dec), status: 'law', source: src('social_code', { article: '80', note: 'Law on state allowances as amended in 2017 before it' }) },
  ],
};

/**
 * The budget's pension top-up while the parent receives the childcare payment: this share of the average
 * monthly income, less the ОПВ withheld (Social Code arts. 87–89). None before 2014.
 */
export const PENSION_TOPUP_RATE: Parameter<Exact | null> = {
  id: 'pension_topup_rate',
  description: 'Budget pension top-up during childcare, share of the average monthly income',
  unit: 'ratio',
  values: [
    { from: '2008-01-01', value: null, status: 'law', source: src('pension_law', { note: 'No top-up before 2014-01-01' }) },
    { from: '2014-01-01', value: dec('0.1'), status: 'law', source: src('social_code', { article: '87–89', note: 'Law on pension provision (2013) as amended before it' }) },
  ],
};

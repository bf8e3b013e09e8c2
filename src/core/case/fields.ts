/**
 * The rules of the case format's fields, shared by the schema (./schema.ts) and its shortcut (./quick.ts):
 * the allowed values, the limits, and why a date, a month or an amount is refused.
 */
import { parseIsoDate, parseIsoMonth } from '../dates';
import { LEAVE_DAYS } from '../params/benefits';
import { valueOn } from '../params/lookup';
import type { CaseMessageKey } from './messages';
import type { Case } from './schema';

export { INCOME_KINDS, LEAVE_CASES, MAX_MONTHS, MAX_PAYERS, PAYERS } from '../lists';

export const FIRST_RIGHT_DATE = '2008-01-01';
export const FIRST_INCOME_MONTH = '2006-01';
export const LAST_DATE = '2099-12-31';
export const LAST_MONTH = '2099-12';

export const AMOUNT_RE = /^\d{1,12}(\.\d{1,2})?$/;

/** Why a date is not one the calculator takes, or null when it is fine. */
export function dateProblem(text: string): CaseMessageKey | null {
  if (!parseIsoDate(text)) return /^\d{4}-\d{2}-\d{2}$/.test(text) ? 'date.impossible' : 'date.format';
  if (text < FIRST_RIGHT_DATE) return 'date.before_coverage';
  if (text > LAST_DATE) return 'date.too_late';
  return null;
}

export function monthProblem(text: string): CaseMessageKey | null {
  if (!parseIsoMonth(text)) return /^\d{4}-\d{2}$/.test(text) ? 'month.impossible' : 'month.format';
  if (text < FIRST_INCOME_MONTH) return 'month.before_coverage';
  if (text > LAST_MONTH) return 'month.too_late';
  return null;
}

export function amountProblem(text: string): CaseMessageKey | null {
  if (AMOUNT_RE.test(text)) return null;
  if (/^-\s*\d/.test(text)) return 'amount.negative';
  if (/^\d{13,}(\.\d{1,2})?$/.test(text)) return 'amount.too_large';
  return 'amount.format';
}

/** What the case as a whole must satisfy beyond its fields: a date, and leave days that fit the leave case. */
export function caseProblems(c: Pick<Case, 'leaveStart' | 'birthDate' | 'leaveCase' | 'leaveDays'>): { message: CaseMessageKey; path: string[] }[] {
  const problems: { message: CaseMessageKey; path: string[] }[] = [];
  if (c.leaveStart === undefined && c.birthDate === undefined) problems.push({ message: 'case.no_dates', path: [] });
  const rule = valueOn(LEAVE_DAYS, FIRST_RIGHT_DATE).value;
  if (c.leaveCase === 'adoption') {
    if (c.leaveDays === undefined) {
      if (c.leaveStart !== undefined) problems.push({ message: 'leave_days.required', path: ['leaveDays'] });
    } else if (!Number.isInteger(c.leaveDays) || c.leaveDays < 1 || c.leaveDays > rule.adoptionMaxDays) {
      problems.push({ message: 'leave_days.adoption_range', path: ['leaveDays'] });
    }
  } else if (c.leaveDays !== undefined && c.leaveDays !== rule.standard[c.leaveCase] && !rule.shorter[c.leaveCase].includes(c.leaveDays)) {
    problems.push({ message: 'leave_days.not_allowed', path: ['leaveDays'] });
  }
  return problems;
}

/**
 * Validation messages of the case format, by key. The core and the command line use the English texts; the
 * app translates the same keys (the errors namespace of each locale).
 */
export const CASE_MESSAGES = {
  required: 'is required',
  type: 'has the wrong type',
  unknown_field: 'is not a field of the case format',
  enum: 'must be one of the listed values',
  'version.unsupported': 'is not a supported version of the case format (only 1 is)',
  'case.not_object': 'the case must be a JSON object',
  'case.no_dates': 'give leaveStart, birthDate or both: without a date nothing can be calculated',
  'date.format': 'must be a date written YYYY-MM-DD',
  'date.impossible': 'is not a date of the calendar',
  'date.before_coverage': 'is before 2008-01-01: the calculator covers rights that arose from 2008 on',
  'date.too_late': 'is after 2099-12-31',
  'month.format': 'must be a month written YYYY-MM',
  'month.impossible': 'is not a month of the calendar',
  'month.before_coverage': 'is before 2006-01: income months of rights from 2008 start there',
  'month.too_late': 'is after 2099-12',
  'month.duplicate': 'is listed twice',
  'months.limit': 'lists more than 600 months',
  'amount.type': 'must be a decimal string such as "180000" or "45000.50", not a number',
  'amount.format': 'must be an amount in tenge written like "180000" or "45000.50": digits and a dot, no spaces or thousands separators',
  'amount.negative': 'cannot be negative',
  'amount.too_large': 'is too large (more than 999 999 999 999 tenge)',
  'amounts.empty': 'must list at least one amount (one per payer)',
  'amounts.limit': 'lists more than 10 payers',
  'leave_days.required': 'is required for an adoption: the days on the sick-leave sheet, 1 to 56',
  'leave_days.adoption_range': 'must be a whole number from 1 to 56 for an adoption',
  'leave_days.not_allowed': 'is not allowed for this leave case (normal, complicated, multiple: 56 or 70; zone cases: 79 or 93)',
  'birth_order.range': 'must be a whole number from 1 to 20',
  'children_born.range': 'must be a whole number from 1 to 4',
} as const;

export type CaseMessageKey = keyof typeof CASE_MESSAGES;

export function isCaseMessageKey(key: string): key is CaseMessageKey {
  return Object.prototype.hasOwnProperty.call(CASE_MESSAGES, key);
}

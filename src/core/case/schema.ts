/**
 * The case format (one person's case: dates, leave case, children and income), validated by one zod schema.
 * The same schema serves the core's entry point, the command line, the form, prefill links and the widget.
 * Every error carries a message key (./messages.ts) and the path of the field it names.
 */
import { z } from 'zod';
import { parseIsoDate, parseIsoMonth } from '../dates';
import { LEAVE_DAYS } from '../params/benefits';
import { valueOn } from '../params/lookup';
import { CASE_MESSAGES, isCaseMessageKey, type CaseMessageKey } from './messages';

export const PAYERS = ['employee', 'entrepreneur', 'self_employed_special', 'platform_worker'] as const;
export const LEAVE_CASES = ['normal', 'complicated', 'multiple', 'zone', 'zone_complicated', 'adoption'] as const;
export const INCOME_KINDS = ['salary', 'base', 'contributions'] as const;

export const FIRST_RIGHT_DATE = '2008-01-01';
export const FIRST_INCOME_MONTH = '2006-01';
const LAST_DATE = '2099-12-31';
const LAST_MONTH = '2099-12';
const MAX_MONTHS = 600;
const MAX_PAYERS = 10;

const AMOUNT_RE = /^\d{1,12}(\.\d{1,2})?$/;

/** Why a date is not one the calculator takes, or null when it is fine. */
function dateProblem(text: string): CaseMessageKey | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return 'date.format';
  if (!parseIsoDate(text)) return 'date.impossible';
  if (text < FIRST_RIGHT_DATE) return 'date.before_coverage';
  if (text > LAST_DATE) return 'date.too_late';
  return null;
}

function monthProblem(text: string): CaseMessageKey | null {
  if (!/^\d{4}-\d{2}$/.test(text)) return 'month.format';
  if (!parseIsoMonth(text)) return 'month.impossible';
  if (text < FIRST_INCOME_MONTH) return 'month.before_coverage';
  if (text > LAST_MONTH) return 'month.too_late';
  return null;
}

function amountProblem(text: string): CaseMessageKey | null {
  if (AMOUNT_RE.test(text)) return null;
  if (/^-\s*\d/.test(text)) return 'amount.negative';
  if (/^\d{13,}(\.\d{1,2})?$/.test(text)) return 'amount.too_large';
  return 'amount.format';
}

/** A string checked by one of the functions above; the problem it finds is the issue's message key. */
function checkedString(error: CaseMessageKey, problem: (text: string) => CaseMessageKey | null) {
  return z.string({ error }).check((ctx) => {
    const message = problem(ctx.value);
    if (message !== null) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });
}

const isoDate = checkedString('date.format', dateProblem);
const isoMonth = checkedString('month.format', monthProblem);
const amount = checkedString('amount.type', amountProblem);

const incomeMonth = z.strictObject({
  month: isoMonth,
  amounts: z.array(amount, { error: 'type' }).min(1, { error: 'amounts.empty' }).max(MAX_PAYERS, { error: 'amounts.limit' }),
});

const income = z.strictObject({
  kind: z.enum(INCOME_KINDS, { error: 'enum' }),
  months: z
    .array(incomeMonth, { error: 'type' })
    .max(MAX_MONTHS, { error: 'months.limit' })
    .superRefine((months, ctx) => {
      const seen = new Set<string>();
      months.forEach((m, i) => {
        if (seen.has(m.month)) ctx.addIssue({ code: 'custom', message: 'month.duplicate', path: [i, 'month'], input: m.month });
        seen.add(m.month);
      });
    }),
});

const wholeNumber = (min: number, max: number, error: CaseMessageKey) =>
  z.number({ error }).int({ error }).min(min, { error }).max(max, { error });

export const caseSchema = z
  .strictObject(
    {
      version: z.literal(1, { error: 'version.unsupported' }).optional(),
      payer: z.enum(PAYERS, { error: 'enum' }).default('employee'),
      leaveStart: isoDate.optional(),
      leaveCase: z.enum(LEAVE_CASES, { error: 'enum' }).default('normal'),
      leaveDays: z.number({ error: 'leave_days.not_allowed' }).optional(),
      birthDate: isoDate.optional(),
      birthOrder: wholeNumber(1, 20, 'birth_order.range').default(1),
      childrenBorn: wholeNumber(1, 4, 'children_born.range').default(1),
      income: income.default({ kind: 'salary', months: [] }),
    },
    { error: 'case.not_object' },
  )
  .superRefine((c, ctx) => {
    if (c.leaveStart === undefined && c.birthDate === undefined) {
      ctx.addIssue({ code: 'custom', message: 'case.no_dates', path: [], input: c });
    }
    const rule = valueOn(LEAVE_DAYS, FIRST_RIGHT_DATE).value;
    if (c.leaveCase === 'adoption') {
      if (c.leaveDays === undefined) {
        if (c.leaveStart !== undefined) ctx.addIssue({ code: 'custom', message: 'leave_days.required', path: ['leaveDays'], input: c.leaveDays });
      } else if (!Number.isInteger(c.leaveDays) || c.leaveDays < 1 || c.leaveDays > rule.adoptionMaxDays) {
        ctx.addIssue({ code: 'custom', message: 'leave_days.adoption_range', path: ['leaveDays'], input: c.leaveDays });
      }
    } else if (c.leaveDays !== undefined && c.leaveDays !== rule.standard[c.leaveCase] && !rule.shorter[c.leaveCase].includes(c.leaveDays)) {
      ctx.addIssue({ code: 'custom', message: 'leave_days.not_allowed', path: ['leaveDays'], input: c.leaveDays });
    }
  });

/** A valid case, with defaults filled in. */
export type Case = z.output<typeof caseSchema>;
/** What a caller may send: optional fields may be left out. */
export type CaseInput = z.input<typeof caseSchema>;
export type Payer = Case['payer'];
export type IncomeKind = Case['income']['kind'];

export interface CaseError {
  /** The field, as a path: `income.months[3].amounts[0]`; empty for the case as a whole. */
  path: string;
  /** A message key of ./messages.ts, translated by the app. */
  code: CaseMessageKey;
  /** The English message, for the command line. */
  message: string;
}

export type ParseResult = { ok: true; value: Case } | { ok: false; errors: CaseError[] };

function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean } {
  let here: unknown = input;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.prototype.hasOwnProperty.call(here, key)) return { found: false };
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return { found: here !== undefined };
}

function toCaseErrors(issue: z.core.$ZodIssue, input: unknown): CaseError[] {
  const base = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = pathString([...base, key]);
      return { path, code: 'unknown_field', message: `${path}: ${CASE_MESSAGES.unknown_field}` };
    });
  }
  let code: CaseMessageKey = isCaseMessageKey(issue.message) ? issue.message : 'type';
  // A field that is missing altogether reports as "required", whatever its type's message.
  if (issue.code === 'invalid_type' && base.length > 0 && !valueAt(input, base).found) code = 'required';
  const path = pathString(base);
  return [{ path, code, message: path ? `${path}: ${CASE_MESSAGES[code]}` : CASE_MESSAGES[code] }];
}

/** Validates anything (parsed JSON, a form's values) as a case. Never throws. */
export function parseCase(input: unknown): ParseResult {
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((issue) => toCaseErrors(issue, input)) };
}

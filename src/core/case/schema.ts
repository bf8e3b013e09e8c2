/**
 * The case format (one person's case: dates, leave case, children and income), validated by one zod schema.
 * The same schema serves the core's entry point, the command line, the form, prefill links and the widget.
 * Every error carries a message key (./messages.ts) and the path of the field it names.
 */
import { MAX_BIRTH_ORDER, MAX_CHILDREN_BORN } from '../lists';
import { z } from 'zod';
import { CASE_MESSAGES, isCaseMessageKey, type CaseMessageKey } from './messages';
import { amountProblem, caseProblems, dateProblem, INCOME_KINDS, LEAVE_CASES, MAX_MONTHS, MAX_PAYERS, monthProblem, PAYERS } from './fields';
import { quickCase } from './quick';

export { FIRST_INCOME_MONTH, FIRST_RIGHT_DATE, INCOME_KINDS, LEAVE_CASES, PAYERS } from './fields';

/** A string checked by one of the field rules (./fields.ts); the problem it finds is the issue's message key. */
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
  /**
   * Per payer (the position of its amount in each month): true when that employer pays the single payment (ЕП),
   * whose СО part has its own rate (art. 244 p.3). Used with contributions entered; leave it out otherwise.
   */
  singlePayment: z.array(z.boolean({ error: 'type' }), { error: 'type' }).max(MAX_PAYERS, { error: 'amounts.limit' }).optional(),
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
      birthOrder: wholeNumber(1, MAX_BIRTH_ORDER, 'birth_order.range').default(1),
      childrenBorn: wholeNumber(1, MAX_CHILDREN_BORN, 'children_born.range').default(1),
      income: income.default({ kind: 'salary', months: [] }),
    },
    { error: 'case.not_object' },
  )
  .superRefine((c, ctx) => {
    for (const { message, path } of caseProblems(c)) ctx.addIssue({ code: 'custom', message, path, input: path.length === 0 ? c : c.leaveDays });
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
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && base.length > 0 && !valueAt(input, base).found) code = 'required';
  const path = pathString(base);
  // A field with a list of values says which (the command line's reader has no form to pick from).
  const allowed = issue.code === 'invalid_value' ? ` (one of: ${issue.values.map(String).join(', ')})` : '';
  const text = `${CASE_MESSAGES[code]}${allowed}`;
  return [{ path, code, message: path ? `${path}: ${text}` : text }];
}

/** Validates anything (parsed JSON, a form's values) as a case. Never throws. */
export function parseCase(input: unknown): ParseResult {
  // The common case, a plain well-formed object, is recognised by a shortcut that gives what the schema would
  // (quick.test.ts checks both agree); anything else, and every error, goes through the schema.
  const quick = quickCase(input);
  if (quick !== null) return { ok: true, value: quick };
  const parsed = caseSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((issue) => toCaseErrors(issue, input)) };
}

/**
 * A shortcut past the schema for the common case. The zod schema (./schema.ts) defines the case format and
 * explains every error; recognising a well-formed case through it costs about 20 µs, most of it the schema's
 * machinery for each month and amount. `quickCase` reads a plain, well-formed case by hand with the same field
 * rules (./fields.ts) and returns what the schema would return; for anything else — an error, an unusual shape,
 * an explicit `undefined`, an object that is not plain — it returns null and the schema decides.
 * quick.test.ts checks, on valid, broken and hostile cases, that whatever it accepts the schema accepts with an
 * equal result.
 */
import { MAX_BIRTH_ORDER, MAX_CHILDREN_BORN } from '../lists';
import { amountProblem, caseProblems, dateProblem, INCOME_KINDS, LEAVE_CASES, MAX_MONTHS, MAX_PAYERS, monthProblem, PAYERS } from './fields';
import type { Case } from './schema';

const KEYS = new Set(['version', 'payer', 'leaveStart', 'leaveCase', 'leaveDays', 'birthDate', 'birthOrder', 'childrenBorn', 'income']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * How many keys the object has when all of them are its own, among `allowed`, and none holds `undefined`
 * (then it is safe to read field by field); -1 otherwise.
 */
function keysWithin(value: Record<string, unknown>, allowed: ReadonlySet<string>): number {
  let keys = 0;
  for (const key in value) {
    if (!allowed.has(key) || !Object.hasOwn(value, key) || value[key] === undefined) return -1;
    keys++;
  }
  return keys;
}

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const isWhole = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isDate = (value: unknown): value is string => typeof value === 'string' && dateProblem(value) === null;

const INCOME_KEYS = new Set(['kind', 'months']);
const MONTH_KEYS = new Set(['month', 'amounts']);

function quickMonths(value: unknown): Case['income']['months'] | null {
  if (!Array.isArray(value) || value.length > MAX_MONTHS) return null;
  const months: Case['income']['months'] = new Array(value.length);
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const m: unknown = value[i];
    if (!isPlainObject(m) || keysWithin(m, MONTH_KEYS) !== 2) return null;
    const { month, amounts } = m;
    if (typeof month !== 'string' || seen.has(month) || monthProblem(month) !== null) return null;
    if (!Array.isArray(amounts) || amounts.length < 1 || amounts.length > MAX_PAYERS) return null;
    for (let j = 0; j < amounts.length; j++) {
      const a: unknown = amounts[j];
      if (typeof a !== 'string' || amountProblem(a) !== null) return null;
    }
    seen.add(month);
    months[i] = { month, amounts: (amounts as string[]).slice() };
  }
  return months;
}

/** The case the schema would return for `input`, or null when the schema has to look at it. */
export function quickCase(input: unknown): Case | null {
  if (!isPlainObject(input) || keysWithin(input, KEYS) < 0) return null;
  const { version, payer = 'employee', leaveStart, leaveCase = 'normal', leaveDays, birthDate, birthOrder = 1, childrenBorn = 1, income } = input;
  if (version !== undefined && version !== 1) return null;
  if (!isOneOf(PAYERS, payer) || !isOneOf(LEAVE_CASES, leaveCase)) return null;
  if (leaveStart !== undefined && !isDate(leaveStart)) return null;
  if (birthDate !== undefined && !isDate(birthDate)) return null;
  if (leaveDays !== undefined && (typeof leaveDays !== 'number' || !Number.isFinite(leaveDays))) return null;
  if (!isWhole(birthOrder, 1, MAX_BIRTH_ORDER) || !isWhole(childrenBorn, 1, MAX_CHILDREN_BORN)) return null;

  let kind: Case['income']['kind'] = 'salary';
  let months: Case['income']['months'] | null = [];
  if (income !== undefined) {
    if (!isPlainObject(income) || keysWithin(income, INCOME_KEYS) < 0 || !isOneOf(INCOME_KINDS, income.kind)) return null;
    kind = income.kind;
    months = quickMonths(income.months);
    if (months === null) return null;
  }
  if (caseProblems({ leaveStart, birthDate, leaveCase, leaveDays }).length > 0) return null;

  // The schema's output: its fields in its order, optional ones only when given.
  const c: Partial<Case> = {};
  if (version !== undefined) c.version = 1;
  c.payer = payer;
  if (leaveStart !== undefined) c.leaveStart = leaveStart;
  c.leaveCase = leaveCase;
  if (leaveDays !== undefined) c.leaveDays = leaveDays;
  if (birthDate !== undefined) c.birthDate = birthDate;
  c.birthOrder = birthOrder;
  c.childrenBorn = childrenBorn;
  c.income = { kind, months };
  return c as Case;
}

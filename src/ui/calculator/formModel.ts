/**
 * The form's values (strings, as typed) and their translation to the case format of the core. The case
 * schema of the core is the one validator: its errors come back by path and are put on the form's fields.
 */
import type { Case, CaseError, CaseInput } from '../../core';
import { addDays, CHILDCARE_WINDOW_MONTHS, INCOME_KINDS, LEAVE_CASES, LEAVE_DAYS, MATERNITY_WINDOW_MONTHS, MAX_PAYERS, monthFromIndex, monthIndex, PAYERS, valueOn, type CaseMessageKey } from '../../core/light';
import { parseAmount, type AmountError } from './amounts';
import { parseUserDate, toUserDate } from './userDate';


export type LeaveSource = 'sheet' | 'estimate' | 'none';

export interface FormValues {
  payer: (typeof PAYERS)[number];
  birthStatus: 'born' | 'expected';
  birthDate: string;
  leaveSource: LeaveSource;
  leaveStart: string;
  leaveCase: (typeof LEAVE_CASES)[number];
  /** '' for the standard sheet, or the days of a shorter one (56, 70, 79, 93). */
  sheetDays: string;
  adoptionDays: string;
  childrenBorn: string;
  birthOrder: string;
  incomeKind: (typeof INCOME_KINDS)[number];
  payerCount: number;
  /** Per payer: that employer pays the single payment (ЕП); counts only with contributions entered. */
  singlePayment: boolean[];
  /** Amounts as typed, by month (`YYYY-MM`), one per payer. Kept even for months the dates no longer show. */
  amounts: Record<string, string[]>;
}

export const DEFAULT_VALUES: FormValues = {
  payer: 'employee',
  birthStatus: 'expected',
  birthDate: '',
  leaveSource: 'sheet',
  leaveStart: '',
  leaveCase: 'normal',
  sheetDays: '',
  adoptionDays: '',
  childrenBorn: '1',
  birthOrder: '1',
  incomeKind: 'salary',
  payerCount: 1,
  singlePayment: [],
  amounts: {},
};

/** The ISO date of a typed date field, or null while it is empty or not a date. */
export function isoOf(typed: string): string | null {
  const d = parseUserDate(typed);
  return d.ok && d.iso !== '' ? d.iso : null;
}

/** Leave normally starts 70 days before the expected birth (91 in the Semipalatinsk zone): Labour Code art. 99 p.2. */
export function estimatedLeaveStart(birthDate: string, leaveCase: FormValues['leaveCase']): string | null {
  const birth = isoOf(birthDate);
  // Before the table starts (2008) there is nothing to estimate with: the date itself is refused elsewhere.
  if (birth === null || leaveCase === 'adoption' || birth < LEAVE_DAYS.values[0].from) return null;
  return addDays(birth, -valueOn(LEAVE_DAYS, birth).value.beforeBirth[leaveCase]);
}

/** The leave start the calculation uses: from the sheet, estimated from the birth date, or none. */
export function effectiveLeaveStart(v: FormValues): string | null {
  if (v.leaveSource === 'none') return null;
  // An adoption has no estimate: its sheet starts on the adoption date.
  if (v.leaveSource === 'estimate' && v.leaveCase !== 'adoption') return estimatedLeaveStart(v.birthDate, v.leaveCase);
  return isoOf(v.leaveStart);
}

export interface MonthInfo {
  month: string;
  inMaternity: boolean;
  inChildcare: boolean;
  /** On or after the leave month: usually no salary is paid (maternity leave). */
  onLeave: boolean;
}

function validMonthIndex(date: string | null): number | null {
  if (date === null) return null;
  const i = monthIndex(date);
  return Number.isFinite(i) && i >= 2006 * 12 && i < 2100 * 12 ? i : null;
}

/** The months of income the dates call for: both windows, oldest first. */
export function tableMonths(v: FormValues): MonthInfo[] {
  const leave = validMonthIndex(effectiveLeaveStart(v));
  const birth = validMonthIndex(isoOf(v.birthDate));
  const ranges: [number, number][] = [];
  if (leave !== null) ranges.push([leave - MATERNITY_WINDOW_MONTHS, leave - 1]);
  if (birth !== null) ranges.push([birth - CHILDCARE_WINDOW_MONTHS, birth - 1]);
  if (ranges.length === 0) return [];
  const from = Math.max(Math.min(...ranges.map((r) => r[0])), 2006 * 12);
  const to = Math.max(...ranges.map((r) => r[1]));
  const out: MonthInfo[] = [];
  for (let i = from; i <= to; i++) {
    out.push({
      month: monthFromIndex(i),
      inMaternity: leave !== null && i >= leave - MATERNITY_WINDOW_MONTHS && i <= leave - 1,
      inChildcare: birth !== null && i >= birth - CHILDCARE_WINDOW_MONTHS && i <= birth - 1,
      onLeave: leave !== null && i >= leave && v.leaveCase !== 'adoption',
    });
  }
  return out.filter((m) => m.inMaternity || m.inChildcare);
}

export const amountField = (month: string, payer: number) => `amounts.${month}.${payer}` as const;

export type FieldErrors = Record<string, CaseMessageKey | AmountError>;

export interface Translation {
  input: CaseInput | null;
  errors: FieldErrors;
}

/** The case the form describes, and the errors of the fields that do not make one. */
export function toCase(v: FormValues): Translation {
  const errors: FieldErrors = {};
  const months: { month: string; amounts: string[] }[] = [];
  for (const m of tableMonths(v)) {
    const typed = v.amounts[m.month] ?? [];
    const amounts: string[] = [];
    let any = false;
    for (let p = 0; p < v.payerCount; p++) {
      const parsed = parseAmount(typed[p] ?? '');
      if (!parsed.ok) {
        errors[amountField(m.month, p)] = parsed.error;
        amounts.push('0');
      } else {
        amounts.push(parsed.value === '' ? '0' : parsed.value);
        any ||= parsed.value !== '';
      }
    }
    if (any) months.push({ month: m.month, amounts });
  }

  const input: CaseInput = {
    version: 1,
    payer: v.payer,
    leaveCase: v.leaveCase,
    birthOrder: Number(v.birthOrder),
    childrenBorn: Number(v.childrenBorn),
    income: { kind: v.incomeKind, months },
  };
  // The single payment's rate matters only for contributions entered (art. 244 p.3).
  const single = Array.from({ length: v.payerCount }, (_, p) => v.singlePayment[p] === true);
  if (v.incomeKind === 'contributions' && single.includes(true) && input.income) input.income.singlePayment = single;
  const birth = parseUserDate(v.birthDate);
  if (!birth.ok) errors.birthDate = birth.error;
  else if (birth.iso !== '') input.birthDate = birth.iso;
  else if (v.leaveSource === 'estimate' && v.leaveCase !== 'adoption') errors.birthDate = 'required';

  if (v.leaveSource !== 'none') {
    if (v.leaveSource === 'estimate' && v.leaveCase !== 'adoption') {
      const estimate = estimatedLeaveStart(v.birthDate, v.leaveCase);
      if (estimate !== null) input.leaveStart = estimate;
    } else {
      const leave = parseUserDate(v.leaveStart);
      if (!leave.ok) errors.leaveStart = leave.error;
      else if (leave.iso !== '') input.leaveStart = leave.iso;
      else errors.leaveStart = 'required';
    }
    if (v.leaveCase === 'adoption') {
      const days = v.adoptionDays.trim();
      if (days !== '' && !/^\d{1,3}$/.test(days)) errors.adoptionDays = 'leave_days.adoption_range';
      else input.leaveDays = days === '' ? undefined : Number(days);
    }
    else if (v.sheetDays !== '') input.leaveDays = Number(v.sheetDays);
  }
  return { input, errors };
}

/** Puts the case schema's errors (by path) on the form's fields. */
export function fieldOf(error: CaseError, v: FormValues, sent: CaseInput): string {
  const m = /^income\.months\[(\d+)\]\.amounts(?:\[(\d+)\])?/.exec(error.path);
  if (m) {
    const month = sent.income?.months?.[Number(m[1])]?.month ?? '';
    return amountField(month, Number(m[2] ?? 0));
  }
  if (error.path === 'leaveStart') return v.leaveSource === 'estimate' && v.leaveCase !== 'adoption' ? 'birthDate' : 'leaveStart';
  if (error.path === 'leaveDays') return v.leaveCase === 'adoption' ? 'adoptionDays' : 'sheetDays';
  if (error.path === '') return 'birthDate';
  return error.path;
}

export type Validated = { ok: true; value: Case; input: CaseInput } | { ok: false; errors: FieldErrors };

/** The form values of a case (a prefill link, a pasted case). Income is written as typed amounts. */
export function fromCase(c: Case): FormValues {
  const amounts: Record<string, string[]> = {};
  let payerCount = 1;
  for (const m of c.income.months) {
    amounts[m.month] = [...m.amounts];
    payerCount = Math.max(payerCount, Math.min(m.amounts.length, MAX_PAYERS));
  }
  const standard = c.leaveCase === 'adoption' ? undefined : valueOn(LEAVE_DAYS, c.leaveStart ?? '2008-01-01').value.standard[c.leaveCase];
  const standardDays = c.leaveCase !== 'adoption' && c.leaveDays !== undefined && c.leaveDays !== standard;
  return {
    ...DEFAULT_VALUES,
    payer: c.payer,
    birthStatus: 'expected',
    birthDate: c.birthDate ? toUserDate(c.birthDate) : '',
    leaveSource: c.leaveStart === undefined ? 'none' : 'sheet',
    leaveStart: c.leaveStart ? toUserDate(c.leaveStart) : '',
    leaveCase: c.leaveCase,
    sheetDays: standardDays ? String(c.leaveDays) : '',
    adoptionDays: c.leaveCase === 'adoption' && c.leaveDays !== undefined ? String(c.leaveDays) : '',
    childrenBorn: String(c.childrenBorn),
    birthOrder: String(c.birthOrder),
    incomeKind: c.income.kind,
    payerCount,
    singlePayment: c.income.singlePayment ? c.income.singlePayment.slice(0, MAX_PAYERS) : [],
    amounts,
  };
}

/**
 * The result of a calculation: the amounts of CONTRACT.md, plus everything the interface needs to explain
 * them (steps with formulas and legal references, the parameter values used with their provenance, the
 * ASSUMED readings relied on, projections and warnings). Amounts are decimal strings with two decimals.
 */
import type { AssumptionId } from './assumptions';
import type { IsoDate, IsoMonth } from './dates';
import type { LeaveCase, StandardLeaveCase } from './params/benefits';
import type { LegalRef } from './params/sources';
import type { Status } from './params/types';

export type Money = string;

export type StepId =
  | 'income.base'
  | 'maternity.window'
  | 'maternity.sum'
  | 'maternity.average'
  | 'maternity.cap'
  | 'maternity.days'
  | 'maternity.gross'
  | 'maternity.pension'
  | 'maternity.net'
  | 'childcare.window'
  | 'childcare.sum'
  | 'childcare.average'
  | 'childcare.amount'
  | 'childcare.cap'
  | 'childcare.floor'
  | 'childcare.duration'
  | 'childcare.pension'
  | 'childcare.total'
  | 'childcare.pension_topup';

/** One step of the explanation: a formula, its inputs, its output and the law behind it. */
export interface Step {
  id: StepId;
  /** The formula in symbols, language-neutral (the interface has a sentence per step id). */
  formula: string;
  values: Record<string, string>;
  result: string;
  legal: readonly LegalRef[];
  /** For a cap or floor: whether it changed the amount. */
  applied?: boolean;
  assumptions?: readonly AssumptionId[];
}

export interface ParameterUse {
  id: string;
  from: IsoDate;
  value: string;
  status: Status;
  source: string;
  unconfirmed: boolean;
  projected: boolean;
}

export type WarningCode =
  | 'income_outside_windows'
  | 'leave_months_without_income'
  | 'special_payer_before_2026'
  | 'dates_far_apart'
  | 'projection'
  | 'unconfirmed_parameter'
  | 'adoption_childcare_from_birth';

export interface Warning {
  code: WarningCode;
  months?: IsoMonth[];
  parameters?: string[];
}

export type IneligibleReason = 'no_income_in_window';

export interface PayerMonth {
  amount: Money;
  base: Money;
  capped: boolean;
  floored: boolean;
  /** The per-payer cap and floor of that month (floor "0.00" where none applies). */
  cap: Money;
  floor: Money;
}

export interface MonthRow {
  month: IsoMonth;
  inMaternityWindow: boolean;
  inChildcareWindow: boolean;
  payers: PayerMonth[];
  base: Money;
}

export interface MaternityTopUp {
  toCase: StandardLeaveCase;
  days: number;
  gross: Money;
  pension: Money;
  net: Money;
}

export interface MaternityResult {
  eligible: boolean;
  reason?: IneligibleReason;
  rightDate: IsoDate;
  leaveCase: LeaveCase;
  windowFrom: IsoMonth;
  windowTo: IsoMonth;
  monthsWithIncome: number;
  sumOfBases: Money;
  averageBeforeCap: Money;
  averageMonthlyIncome: Money;
  cap: Money | null;
  capApplied: boolean;
  days: number;
  gross: Money;
  pension: Money;
  net: Money;
  leaveEnd: IsoDate;
  applicationDeadline: IsoDate;
  /** What an extra sheet adds if complications or twins are found after a normal (or zone) sheet. */
  topUp: MaternityTopUp | null;
  steps: Step[];
}

export interface Payment {
  index: number;
  from: IsoDate;
  to: IsoDate;
  gross: Money;
  pension: Money;
  net: Money;
  floor: Money;
  floorApplied: boolean;
  capApplied: boolean;
  /** Depends on a parameter value projected beyond the last budget law. */
  projected: boolean;
}

export interface ChildSchedule {
  birthOrder: number;
  schedule: Payment[];
  totalGross: Money;
  totalPension: Money;
  totalNet: Money;
}

export interface PensionTopUp {
  monthly: Money;
  total: Money;
}

export interface ChildcareResult {
  eligible: boolean;
  reason?: IneligibleReason;
  rightDate: IsoDate;
  windowFrom: IsoMonth;
  windowTo: IsoMonth;
  monthsWithIncome: number;
  sumOfBases: Money;
  averageMonthlyIncome: Money;
  coefficient: string;
  /** 40 % of the average, before the cap and the floor. */
  amountBeforeLimits: Money;
  cap: Money;
  capApplied: boolean;
  floorApplied: boolean;
  months: number;
  monthlyGross: Money;
  monthlyNet: Money;
  totalGross: Money;
  totalNet: Money;
  endDate: IsoDate;
  applicationDeadline: IsoDate;
  children: ChildSchedule[];
  pensionTopUp: PensionTopUp | null;
  steps: Step[];
}

export interface AllowanceChild {
  birthOrder: number;
  birth: Money;
  childcareMonthly: Money;
  childcareTotal: Money;
}

/** State allowances from the budget (not the Fund), shown beside the Fund's payments. */
export interface Allowances {
  children: AllowanceChild[];
  birthTotal: Money;
  /** What a parent who is not insured would get: the birth allowances plus the childcare allowances. */
  nonInsuredTotal: Money;
}

export interface CalcResult {
  version: 1;
  maternity?: MaternityResult;
  childcare?: ChildcareResult;
  allowances?: Allowances;
  months: MonthRow[];
  parameters: ParameterUse[];
  assumptions: AssumptionId[];
  warnings: Warning[];
}

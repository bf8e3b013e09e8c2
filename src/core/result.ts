/**
 * The result of a calculation: the amounts of CONTRACT.md, plus everything the interface needs to explain
 * them (steps with formulas and legal references, the parameter values used with their provenance, the
 * ASSUMED readings relied on, projections and warnings). Amounts are decimal strings with two decimals.
 */
import type { AssumptionId } from './assumptions';
import type { IsoDate, IsoMonth } from './dates';
import type { LeaveCase, StandardLeaveCase } from './params/benefits';
import type { LegalRef, Source } from './params/sources';
import type { Unit } from './params/types';
import type { Status } from './params/types';

export type Money = string;

/**
 * What a value of a step is, so that the interface formats it by its kind and never guesses from its name.
 * Every value is a string as the case format writes it.
 */
export type StepValueKind =
  /** Tenge, a decimal string with two decimals. */
  | 'money'
  /** `YYYY-MM`. */
  | 'month'
  /** `YYYY-MM-DD`. */
  | 'date'
  /** A whole number: months, days, payments, children. */
  | 'count'
  /** A share as a decimal ("0.4"); shown as a percentage. */
  | 'rate'
  /** A plain decimal multiplier or divisor ("7" МЗП, "0.9"). */
  | 'factor'
  /** A leave case code (`LeaveCase`); shown by its name. */
  | 'leave_case';

export interface StepValue<K extends StepValueKind = StepValueKind> {
  kind: K;
  value: string;
}

/** The kinds of a step variant's values (by name) and of its result. */
interface Shape<V extends Record<string, StepValueKind>, R extends StepValueKind> {
  values: V;
  result: R;
}
type NoValues = Record<never, never>;

/**
 * Every step the core explains: its id, its variants, and for each variant the kinds of its values and of its
 * result. `standard` is the rule as written; another variant is a case the rule words differently (no cap on
 * the date, a shorter sheet, an adoption…). The interface has one sentence per id and variant
 * (ui/calculator/explain.ts); `result` and `count` are not value names (the sentence's own placeholders).
 */
export interface StepCatalogue {
  'maternity.window': { standard: Shape<{ rightDate: 'date'; from: 'month'; to: 'month' }, 'count'> };
  'maternity.sum': { standard: Shape<{ monthsWithIncome: 'count' }, 'money'> };
  'maternity.average': { standard: Shape<{ sum: 'money'; divisor: 'count' }, 'money'> };
  'maternity.cap': {
    standard: Shape<{ cap: 'money'; mzp: 'money'; multiple: 'factor' }, 'money'>;
    /** No overall cap on the right date (before 2025-04-08). */
    none: Shape<NoValues, 'money'>;
  };
  'maternity.days': {
    /** The days of the leave case (Labour Code art. 99 p.2). */
    standard: Shape<{ leaveCase: 'leave_case' }, 'count'>;
    /** A shorter sheet than the case's standard (a birth at 22–29 weeks, a sheet issued after the birth). */
    shorter: Shape<{ leaveCase: 'leave_case' }, 'count'>;
    /** From the adoption to the `maxDays`-th day after the birth (art. 99 p.3). */
    adoption: Shape<{ leaveCase: 'leave_case'; maxDays: 'count' }, 'count'>;
  };
  'maternity.gross': { standard: Shape<{ average: 'money'; days: 'count' }, 'money'> };
  'maternity.pension': { standard: Shape<{ gross: 'money'; rate: 'rate' }, 'money'> };
  'maternity.net': { standard: Shape<{ gross: 'money'; pension: 'money' }, 'money'> };
  'childcare.window': { standard: Shape<{ rightDate: 'date'; from: 'month'; to: 'month' }, 'count'> };
  'childcare.sum': { standard: Shape<{ monthsWithIncome: 'count' }, 'money'> };
  'childcare.average': { standard: Shape<{ sum: 'money'; divisor: 'count' }, 'money'> };
  'childcare.amount': { standard: Shape<{ average: 'money'; coefficient: 'rate' }, 'money'> };
  'childcare.cap': { standard: Shape<{ cap: 'money'; mzp: 'money'; multiple: 'factor'; coefficient: 'rate' }, 'money'> };
  'childcare.floor': {
    /** Allowance ÷ `divisor` (1 − ОПВ); `floor` is the first month's. */
    standard: Shape<{ floor: 'money'; divisor: 'factor' }, 'money'>;
    /** No income in the window: no payment, so no floor. */
    ineligible: Shape<NoValues, 'money'>;
  };
  'childcare.duration': { standard: Shape<{ payments: 'count'; children: 'count' }, 'count'> };
  'childcare.pension': { standard: Shape<{ gross: 'money'; rate: 'rate' }, 'money'> };
  'childcare.total': { standard: Shape<{ children: 'count'; payments: 'count' }, 'money'> };
  'childcare.pension_topup': { standard: Shape<{ average: 'money'; rate: 'rate' }, 'money'> };
}

export type StepId = keyof StepCatalogue;
export type StepVariant<I extends StepId = StepId> = I extends StepId ? Extract<keyof StepCatalogue[I], string> : never;

type ShapeOf<I extends StepId, V extends StepVariant<I>> = StepCatalogue[I][V & keyof StepCatalogue[I]];
type KindsOf<S> = S extends Shape<infer V extends Record<string, StepValueKind>, StepValueKind> ? V : never;
type ResultKindOf<S> = S extends Shape<Record<string, StepValueKind>, infer R extends StepValueKind> ? R : never;
type ValuesOf<K extends Record<string, StepValueKind>> = { [N in keyof K]: StepValue<K[N]> };

/** One step of the explanation, of one id and variant: a formula, its typed inputs and output, the law behind it. */
export interface StepOf<I extends StepId, V extends StepVariant<I>> {
  id: I;
  variant: V;
  /** The formula in symbols, language-neutral, written from the parameter values used. */
  formula: string;
  values: ValuesOf<KindsOf<ShapeOf<I, V>>>;
  result: StepValue<ResultKindOf<ShapeOf<I, V>>>;
  legal: readonly LegalRef[];
  /** For a cap or floor: whether it changed the amount. */
  applied?: boolean;
  assumptions?: readonly AssumptionId[];
}

/** Any step: the union of every id and variant of `StepCatalogue`. */
export type Step = { [I in StepId]: { [V in StepVariant<I>]: StepOf<I, V> }[StepVariant<I>] }[StepId];

export interface ParameterUse {
  id: string;
  /** What the value counts (tenge, a share, МЗП or МРП multiples, days, …): how to show it. */
  unit: Unit;
  from: IsoDate;
  value: string;
  status: Status;
  /** The act and article (linked to its official text where it has one), or the publication. */
  source: Source;
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

/** Everything added up (rules/totals.ts): what the family receives, and what a parent without insurance would. */
export interface Totals {
  /**
   * Maternity (net) + every childcare payment of every child (net) + the state birth allowance; when the Fund's
   * childcare payment is not due (no income in its window), the state childcare allowance instead.
   */
  grandNet: Money;
  maternityNet: Money;
  childcareNet: Money;
  /** The state childcare allowances counted in their place when the Fund's childcare payment is not due, else 0.00. */
  childcareAllowances: Money;
  birthAllowances: Money;
  /** The birth allowance + the state childcare allowance: what a parent who is not insured receives. */
  nonInsured: Money | null;
  /** grandNet − nonInsured: what social insurance adds (0.00 when the allowances are all there is). */
  insuranceAdds: Money | null;
}

/** "To reach the maximum" (rules/maximum.ts): the average at which a payment reaches its cap, and the case's distance. */
export interface MaximumTarget {
  /** The average monthly income counted at which the cap is reached (7 МЗП on the right date). */
  average: Money;
  /** The case's own average, before the cap. */
  current: Money;
  /** How much the case's average falls short ("0.00" when reached). */
  shortfall: Money;
  reached: boolean;
  /** One payer's amount each month of the window would need, in the case's kind of income; null when out of reach. */
  monthly: Money | null;
  /** What one payer's month counts at most (a special regime: far below the cap). */
  payerMax: Money;
  kind: 'salary' | 'base' | 'contributions';
  /** A salary-kind income that is a declared income (an entrepreneur's): no ОПВ is taken off it. */
  declared: boolean;
  windowFrom: IsoMonth;
  windowTo: IsoMonth;
  months: number;
  /** Months of the window whose counted income is below the cap. */
  monthsBelow: number;
}

export interface CalcResult {
  version: 1;
  maternity?: MaternityResult;
  childcare?: ChildcareResult;
  allowances?: Allowances;
  totals?: Totals;
  /** Where each payment's cap lies and how far the case is from it (absent where there is no single cap). */
  maximum?: { maternity?: MaximumTarget; childcare?: MaximumTarget };
  months: MonthRow[];
  parameters: ParameterUse[];
  assumptions: AssumptionId[];
  warnings: Warning[];
}

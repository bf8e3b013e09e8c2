/** The calc core's public surface: pure functions, no React, no i18n, no DOM, no clock. */
export { calculate, computeCase, type CalcOutcome } from './calculate';
export { parseCase, caseSchema, PAYERS, LEAVE_CASES, INCOME_KINDS, type Case, type CaseInput, type CaseError } from './case/schema';
export { CASE_MESSAGES, type CaseMessageKey } from './case/messages';
export { ASSUMPTIONS, type AssumptionId } from './assumptions';
export { ACTS, type ActId, type LegalRef, type Source } from './params/sources';
export type * from './result';
export { LAW_DATA } from './lawData';
export { lawKnownUntil } from './params/known';
export { compareResults, type Comparison, type Figure, type Reason, type PaymentKind } from './compare';

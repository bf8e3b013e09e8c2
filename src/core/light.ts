/**
 * The core's light entry: what the first screen (the form, the saved-data reader, the bootstrap) may take from
 * the core without loading its decimal arithmetic or its schema. Everything here is free of decimal.js and
 * zod; ESLint keeps the app's first-screen code to this module and the core's index (eslint.config.js).
 */
export * from './lists';
export { addDays, daysBetween, firstDayOfMonthIndex, monthFromIndex, monthIndex, parseIsoDate, type IsoDate, type IsoMonth } from './dates';
export { LEAVE_DAYS, type LeaveCase, type LeaveDaysRule, type StandardLeaveCase } from './params/leaveDays';
export { valueOn } from './params/lookup';
export { CASE_MESSAGES, isCaseMessageKey, type CaseMessageKey } from './case/messages';
export { LAW_DATA } from './lawData';
export { ACTS, type ActId, type LegalRef, type Source } from './params/sources';

/**
 * Every legal list and limit of the case format, in one place with no imports, so that the form's first
 * screen, the saved-data reader, the schema and the command line all take them from here (through
 * core/light.ts on the first screen) and none keeps a copy.
 */

/** Who pays the social contributions (Social Code art. 243; the special regime and platform work from 2026). */
export const PAYERS = ['employee', 'entrepreneur', 'self_employed_special', 'platform_worker'] as const;
/** The leave cases of Labour Code art. 99 p.2–3 (days in params/leaveDays.ts). */
export const LEAVE_CASES = ['normal', 'complicated', 'multiple', 'zone', 'zone_complicated', 'adoption'] as const;
/** How the income of a month is given: salary (or declared income), the contribution base, or the СО paid. */
export const INCOME_KINDS = ['salary', 'base', 'contributions'] as const;

/** Art. 78 p.2: the maternity payment averages the 12 calendar months before the month the right arises in. */
export const MATERNITY_WINDOW_MONTHS = 12;
/** Art. 85 p.1: the childcare payment averages the 24 calendar months before the birth month. */
export const CHILDCARE_WINDOW_MONTHS = 24;

/** Payers in one month (a person may work for several employers at once). */
export const MAX_PAYERS = 10;
/** Income months in one case. */
export const MAX_MONTHS = 600;
/** Birth order: 1 = the first child. The floor of the childcare payment depends on it (art. 85). */
export const MAX_BIRTH_ORDER = 20;
/** Children born at once (twins = 2). */
export const MAX_CHILDREN_BORN = 4;

export type Payer = (typeof PAYERS)[number];
export type LeaveCaseId = (typeof LEAVE_CASES)[number];
export type IncomeKindId = (typeof INCOME_KINDS)[number];

/**
 * The date the law data was last checked. (The last date the budget-law tables are known for is derived from
 * the tables themselves: `lawKnownUntil` in params/known.ts.)
 */
export const LAW_DATA = { updated: '2026-12-02' } as const;

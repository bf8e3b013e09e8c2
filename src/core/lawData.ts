/** The date the law data was last checked, and the last date the budget-law tables are known for (params/wages.ts). */
export const LAW_DATA = { updated: '2026-11-27', knownUntil: '2026-12-31' } as const;

/**
 * The case format's limits on children, in a module of their own (no imports) so that the form's first screen
 * can offer exactly the values the schema accepts without loading the schema.
 */
/** Birth order: 1 = the first child. The floor of the childcare payment depends on it (art. 85). */
export const MAX_BIRTH_ORDER = 20;
/** Children born at once (twins = 2). */
export const MAX_CHILDREN_BORN = 4;

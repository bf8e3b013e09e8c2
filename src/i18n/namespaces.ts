/** What every page needs; a page may ask for more (the widget, the embedding guide). */
export const BASE_NAMESPACES = ['common', 'calc', 'errors'] as const;

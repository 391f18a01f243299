/**
 * Generational suffixes after a personal name (`Peter Lund Jr.`,
 * `Henry Ford II`): they are not the surname. From the suffixes wire style
 * guides list for personal names.
 */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set("jr sr ii iii iv".split(" "));

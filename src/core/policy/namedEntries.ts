/**
 * Items of a contest, a list or a series that a quotation names (`this
 * year's entry — "…"`, `the winning submission: "…"`, `the festival's
 * theme, "…"`): the quoted words are the item's name or text, a title in
 * policy 1.1 (v1.2), not speech. From the words contest and listings pages
 * use for what they present; worksTitles.ts holds the kinds of works.
 */
export const ENTRY_NOUNS: ReadonlySet<string> = new Set("entry entries submission submissions theme themes".split(" "));

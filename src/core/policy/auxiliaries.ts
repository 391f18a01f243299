/**
 * Auxiliary verbs (English grammar's closed class: the forms of `be`, the
 * modals, `do` and `have`), which stand between a subject and its verb and
 * make a participle passive (`was praised`, `has said`).
 */

/** The forms of `be`, which make a participle after them passive (`was told`, `being asked`). */
export const BE_FORMS: ReadonlySet<string> = new Set("is are was were be been being am".split(" "));

/** `be` with its contracted `'s` (`the mayor's expected to say`). */
export const BE_WITH_CONTRACTIONS: ReadonlySet<string> = new Set([...BE_FORMS, "'s", "\u2019s"]);

/** The modals with `do` and `have`, which show that the word after a noun is its verb (`the council will vote`). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  "will would could can may might must should shall did does do has have had".split(" "),
);

/** Words before a participle that make it passive or an infinitive, never a report (`was told`, `to say`). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  ..."to would will could may might".split(" "),
]);

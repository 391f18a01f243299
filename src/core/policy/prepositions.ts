/** Prepositions (English grammar's closed class) in the roles the cue reader gives them. */

/**
 * Prepositions that make the word after them a noun, never a cue: `in
 * writing`, `pages of records`, `in reports`. (`before adding that`, `after
 * saying` do report speech.)
 */
export const NOUN_MAKING_PREPOSITIONS: ReadonlySet<string> = new Set(
  "to of in on at for with from into under over through during among between against toward towards per".split(" "),
);

/** Prepositions that open a phrase before or after a source's subject (`in a statement, the ministry said`). */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(
  "in on at after during for with from under over since by among across before regarding despite amid".split(" "),
);

/** Words that open a time or place element after a verb: `said Thursday`, `said at a rally`, `wrote in a post`. */
export const TIME_OR_PLACE_OPENERS: ReadonlySet<string> = new Set(
  (
    "in on at during after before outside inside near from regarding today yesterday tonight this last earlier " +
    "later late early"
  ).split(" "),
);

/**
 * Prepositions before which a gerund of speech opens a sentence and reports
 * what the main clause's subject said (`After denying that …, she …`, `By
 * insisting that …, the council …`).
 */
export const GERUND_OPENERS: ReadonlySet<string> = new Set("after before while since upon by".split(" "));

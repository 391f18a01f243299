/**
 * Words that open a phrase saying when (or, after a participle, by whom)
 * something was done: English prepositions of time and the relative time
 * words (timeWords.ts holds the times themselves).
 */

/** Before a time between a subject and its verb: `GM in November announced`, `the ministry last week said`. */
export const TIME_PHRASE_OPENERS: ReadonlySet<string> = new Set("in on last this earlier late early".split(" "));

/**
 * After a past participle between commas (`the plan, announced in March,`,
 * `the list, compiled by staff,`): the participle describes the noun before it.
 */
export const PARTICIPLE_PHRASE_OPENERS: ReadonlySet<string> = new Set(
  "in on at last earlier this by during after before since early late".split(" "),
);

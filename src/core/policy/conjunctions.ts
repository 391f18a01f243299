/** Conjunctions (English grammar's closed class), which join two verbs or open a clause. */

/** Words that join a second verb to the subject of the first (`toured the ward and noted …`). */
export const VERB_COORDINATORS: ReadonlySet<string> = new Set(["and", "or", "but", "then"]);

/** Words that open a clause, never a time or place element (`said after the vote` is one; `said that …` is not). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  "that and but while because as when if so though although where whether".split(" "),
);

/** Where a subject phrase stops: a clause opener, a word that is one here, or a speech verb. */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  ...CLAUSE_OPENERS,
  ..."after before since said says".split(" "),
]);

/**
 * Conjunctions that open a subordinate clause (`since`, `because`, `until`):
 * a word right after one begins that clause, so it cannot be a verb whose
 * subject stands before the conjunction (`the highest figure since records
 * began`: `records` is the clause's noun, not a cue of `the highest figure`).
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(
  "since because although though while whilst when whenever where whereas whether if unless until till after before".split(
    " ",
  ),
);

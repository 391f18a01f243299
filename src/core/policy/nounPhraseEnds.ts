/**
 * Where a source's noun phrase ends (English grammar's closed classes:
 * prepositions, conjunctions, relative and interrogative words): the words
 * the cue reader stops at when it reads a phrase, so a source is the whole
 * phrase and nothing past it.
 */

/** Words that end the phrase after `according to` or `per` (`according to the mayor, who …`, `… on Tuesday`). */
export const SOURCE_PHRASE_ENDS: ReadonlySet<string> = new Set(
  "that who which said says told on in at because when while and".split(" "),
);

/**
 * Words that end the speaker phrase after an inverted verb (`said Lund in a
 * statement`, `says he was frightened about the storm`): prepositions and the
 * words that open a question or a clause.
 */
export const SPEAKER_PHRASE_ENDS: ReadonlySet<string> = new Set(
  "about on in at for with from to of by over after if whether how why what when who whose as".split(" "),
);

/**
 * Words that are never part of a subject phrase: conjunctions, relatives,
 * prepositions and the words that open a question (`That was how Ruiz put
 * it`: the subject is `Ruiz`, not `how Ruiz`).
 */
export const NOT_IN_SUBJECT: ReadonlySet<string> = new Set(
  "and but or that which who to of in on at for with from by than as how what why where whom".split(" "),
);

/** Words that open a clause of the object's own (`urged residents to evacuate`, `told staff that …`). */
export const OBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["to", "that"]);

/**
 * Words that stand between a subject and its verb without ending the subject
 * (`Zapatero then claimed`, `the minister has said`, `police later
 * confirmed`): AP style's placements of time and manner adverbs, and the
 * auxiliaries.
 */

/** Time and manner adverbs between a subject and its verb, in drafts and source articles alike. */
export const SUBJECT_VERB_ADVERBS: ReadonlySet<string> = new Set(
  (
    "also later previously then recently earlier again once further already still often repeatedly publicly " +
    "privately separately yesterday today now tonight initially first finally reportedly allegedly however"
  ).split(" "),
);

/**
 * Between a subject and a verb of a draft's cue: the adverbs, the auxiliaries
 * and a negation (`the council did not say`), which the cue reader weighs itself.
 */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set([
  ...SUBJECT_VERB_ADVERBS,
  ..."has have had will would could may might did does do shall should must not never".split(" "),
]);

/**
 * Between a subject and its verb in a source article's sentence: the adverbs
 * and `have`; a modal or a negation (`the company would not disclose`) says
 * the speech did not happen, so it ends the search.
 */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([...SUBJECT_VERB_ADVERBS, "had", "has", "have"]);

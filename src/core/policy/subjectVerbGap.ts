/**
 * Adverbs and auxiliaries that stand between a subject and its verb without
 * ending the subject (`Zapatero then claimed`, `the minister has said`,
 * `police later confirmed`): AP style's placements of time and manner adverbs.
 */

/** Between a subject and a verb of a draft's cue. */
export const BETWEEN_SUBJECT_AND_CUE: ReadonlySet<string> = new Set(
  (
    "also later previously then recently earlier again once further already still has have had will would could may " +
    "might did does do shall should must not never often repeatedly publicly privately separately yesterday today now " +
    "tonight initially first finally reportedly allegedly"
  ).split(" "),
);

/** Between a subject and its verb in a source article's sentence. */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(
  (
    "also then now today yesterday tonight later initially previously recently earlier further again once however " +
    "separately had has have"
  ).split(" "),
);

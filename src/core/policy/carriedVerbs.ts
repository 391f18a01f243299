import { CONTINUING_VERBS } from "./continuingVerbs";

/**
 * The verbs a fix words its attribution with (policy 4, fixes in the source's
 * style): the neutral verbs of wire-service style (AP: `said` is always
 * right), and those of the source article that a fix may carry over.
 */

/** The plain verbs of saying and telling. */
export const PLAIN_VERBS: ReadonlySet<string> = new Set(["said", "says", "told", "tells"]);

/** Neutral verbs that carry information of their own: kept as the source wrote them. */
export const INFORMATIVE_VERBS: ReadonlySet<string> = new Set(
  "wrote writes posted posts tweeted tweets testified testifies".split(" "),
);

/** Verbs a fix can carry over under the `source` policy; the others (`continued`, `showed`) presuppose their context. */
export const CARRIED_VERBS: ReadonlySet<string> = new Set([
  ...PLAIN_VERBS,
  ...INFORMATIVE_VERBS,
  ...(
    "stated noted explained argued claimed insisted warned reported announced confirmed admitted conceded " +
    "acknowledged"
  ).split(" "),
]);

/** Verbs that report speech but presuppose their context, so a fix never carries them. */
export const CONTEXT_SPEECH_VERBS: ReadonlySet<string> = new Set([...CONTINUING_VERBS, "added", "commented"]);

/** Present-tense report verbs: a source that prefers one writes its attributions in the present (`says`). */
export const PRESENT_TENSE_VERBS: ReadonlySet<string> = new Set(
  "says tells writes adds notes explains argues claims insists warns reports announces confirms posts tweets".split(
    " ",
  ),
);

import type { VerbPolicy } from "./options";
import { CARRIED_VERBS, INFORMATIVE_VERBS as INFORMATIVE } from "./policy/carriedVerbs";
import type { StyleProfile } from "./types";

/**
 * The speech verb a fix writes. Wire style attributes with "said" ("says" in
 * a present-tense story): a verb like "claimed" or "admitted" passes a
 * judgement the reporter did not make, and "told" needs its listener. A
 * source's own verb is kept only where it is neutral and says something
 * "said" does not: the medium ("wrote", "posted", "testified") or, with its
 * listener or its time and place, "told reporters", "said in a statement".
 * The `source` policy keeps the source's verb, loaded or not.
 */

const TELL = new Set(["told", "tells"]);

const SAY = new Set(["said", "says"]);

export { CARRIED_VERBS };

/** The plain verb of a style: "said", or "says" for a present-tense source; never a "told" without its listener. */
export function plainVerb(style: StyleProfile): string {
  return style.tense === "present" ? "says" : "said";
}

/**
 * The verb and the words after it for an attribution, from the source's verb
 * (lower case, "" when unknown) and its complement (time and place, or whom
 * it told), under a verb policy.
 */
export function fixVerb(
  sourceVerb: string,
  complement: string | undefined,
  style: StyleProfile,
  policy: VerbPolicy,
): { verb: string; complement?: string } {
  const told = TELL.has(sourceVerb);
  if (told) return complement ? { verb: sourceVerb, complement } : { verb: plainVerb(style) };
  const kept = policy === "source" ? CARRIED_VERBS.has(sourceVerb) : SAY.has(sourceVerb) || INFORMATIVE.has(sourceVerb);
  const verb = kept ? sourceVerb : plainVerb(style);
  return complement ? { verb, complement } : { verb };
}

import { Attribution, Claim, FidelityCode, FindingCode, Unfixable } from "./types";
import { SPACES } from "./text/patterns";

// Made once at module level, as text/patterns.ts says why.
const TRAILING_PAUSE = /[,;:]$/;

type AttributionCode = Exclude<FindingCode, "malformed-directive" | FidelityCode>;

/** The longest a claim's words are quoted in a message before they are cut. */
export const MAX_EXCERPT = 60;

/** A claim's words shortened for a one-line message, cut at a word boundary. */
export function excerpt(claim: Claim): string {
  const words = (claim.kind === "quote" ? (claim.inner ?? claim.text) : claim.text).replace(SPACES, " ").trim();
  if (words.length <= MAX_EXCERPT) return words;
  const cut = words.slice(0, MAX_EXCERPT);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(TRAILING_PAUSE, "")}…`;
}

const REASONS: Record<AttributionCode, string> = {
  "unattributed-quote":
    "Policy 2.1: a quote is attributed by a cue (said, told, wrote, according to …) with a source in its sentence or its paragraph, " +
    "or, when its paragraph is only the quote, by the paragraph before it introducing the speaker or ending with a colon. None applies here.",
  "unattributed-number":
    "Policy 2.2: a number is attributed only by a cue with a source in its own sentence (a cue in a neighbouring sentence does not count) " +
    "or by lying inside an attributed quote.",
  "weak-attribution":
    "Policy 2.3: the claim is attributed, but to an anonymous source (officials, people familiar with …) or a weasel source " +
    "(critics say, experts believe, reportedly). Name the source if you can.",
};

/** The one-line message and the policy reason of a finding, `what` the claim's excerpt. */
export function explain(
  code: AttributionCode,
  claim: Claim,
  what: string,
  attribution?: Attribution,
): { message: string; reason: string } {
  if (code === "weak-attribution") {
    const kind = attribution?.weak === "anonymous" ? "an anonymous source" : "a vague source";
    const by = attribution ? ` ("${attribution.source || attribution.cue}")` : "";
    return {
      message: `${claim.kind === "quote" ? "Quote" : "Number"} “${what}” is attributed only to ${kind}${by}.`,
      reason: REASONS[code],
    };
  }
  if (code === "unattributed-quote") {
    return { message: `Unattributed quote: “${what}”. Says who?`, reason: REASONS[code] };
  }
  return { message: `Unattributed number: “${what}”. Says who?`, reason: REASONS[code] };
}

/** Why a fix leaves a placeholder, and what the reporter can do so that it names the source. */
export const UNFIXABLE: Record<Unfixable, { title: string; note: string }> = {
  "no-source": {
    title: "name the source: no source article is set",
    note: "No source article is set for this draft: name one in its front matter (`sources:`), in the folder's .sayswho.json, or with Says Who: Set Source Article…, and the fix names the speaker.",
  },
  "not-in-source": {
    title: "name the source: not in the source article",
    note: "The source articles do not hold this claim, so the fix cannot say who made it.",
  },
  "no-speaker": {
    title: "name the source: the source article does not say who",
    note: "The source article holds this claim but does not say clearly who made it.",
  },
  "no-publication": {
    title: "name the publication: the source article names none",
    note: "The source article states this in its own voice but never names its publication. Name it with `publication` in the folder's .sayswho.json, the saysWho.publication setting, --publication on the command line, or a `publication:` line in the article's front matter.",
  },
};

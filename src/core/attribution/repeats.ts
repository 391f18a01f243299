import { Attribution, Claim } from "../types";

/** A claim with the attribution that covers it, if any; a quote's words, once worked out, travel with it. */
export interface Judged {
  claim: Claim;
  attribution?: Attribution;
  words?: string;
}

/** A quotation's words, lower case, space-joined and padded: ` the same words `. */
export function quoteWords(inner: string): string {
  return ` ${(inner.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? []).join(" ")} `;
}

/** Between two quotes' words in the joined text: no word holds it, so no quote's words reach across it. */
const APART = "\u0000";

/** The last of `starts` (ascending) at or before `offset`. */
function lastAtOrBefore(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A quote whose words stand again inside a quote the draft attributes (a
 * pull quote above the story's `"…," Dempsey said`, a quote repeated from an
 * earlier paragraph) is attributed by that quote's cue, the first such quote
 * in the draft: the draft answers "says who?" for those words. The credited
 * quotes' words are joined once and each unattributed quote's words are
 * sought in them with one native search, not quote by quote.
 */
export function attributeRepeats(judged: Judged[]): void {
  const quotes = judged.filter((j) => j.claim.kind === "quote" && j.claim.inner !== undefined);
  const wordsOf = (j: Judged) => (j.words ??= quoteWords(j.claim.inner ?? ""));
  const credited = quotes.filter((j) => j.attribution && !j.attribution.weak && j.attribution.rule !== "repeated-quote");
  if (credited.length === 0) return;
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (const c of credited) {
    const words = wordsOf(c);
    starts.push(length);
    parts.push(words);
    length += words.length + APART.length;
  }
  const joined = parts.join(APART);
  for (const j of quotes) {
    if (j.attribution) continue;
    const words = wordsOf(j);
    if (words.trim() === "") continue;
    const at = joined.indexOf(words);
    if (at < 0) continue;
    const same = credited[lastAtOrBefore(starts, at)].attribution as Attribution;
    j.attribution = { ...same, rule: "repeated-quote" };
  }
}

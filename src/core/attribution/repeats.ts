import { positionAt } from "../text/positions";
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

/**
 * The credited quotes' words joined, as the last check had them, with where
 * each unattributed quote's words were found in them: a keystroke that
 * changes no credited quote asks the same again.
 */
export class RepeatsMemo {
  words: string[] = [];
  joined = "";
  starts: number[] = [];
  found = new Map<string, number>();
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/**
 * A quote whose words stand again inside a quote the draft attributes (a
 * pull quote above the story's `"…," Dempsey said`, a quote repeated from an
 * earlier paragraph) is attributed by that quote's cue, the first such quote
 * in the draft: the draft answers "says who?" for those words. The credited
 * quotes' words are joined once and each unattributed quote's words are
 * sought in them with one native search, not quote by quote; with a memo,
 * only when the credited quotes changed. The judgments given are not
 * written to (a cache shares them between checks): a repeat is a new one.
 */
export function attributeRepeats(judged: Judged[], memo = new RepeatsMemo()): Judged[] {
  const quotes = judged.filter((j) => j.claim.kind === "quote" && j.claim.inner !== undefined);
  const wordsOf = (j: Judged) => j.words ?? quoteWords(j.claim.inner ?? "");
  const credited = quotes.filter(
    (j) => j.attribution && !j.attribution.weak && j.attribution.rule !== "repeated-quote",
  );
  if (credited.length === 0) return judged;
  const words = credited.map(wordsOf);
  // Typing inside an unattributed quote asks for new words each time: what was found is forgotten past a bound.
  if (!sameWords(words, memo.words) || memo.found.size > 2 * quotes.length + 64) {
    memo.words = words;
    memo.joined = words.join(APART);
    memo.starts = [];
    memo.found = new Map();
    let length = 0;
    for (const w of words) {
      memo.starts.push(length);
      length += w.length + APART.length;
    }
  }
  const repeated = new Map<Judged, Attribution>();
  for (const j of quotes) {
    if (j.attribution) continue;
    const own = wordsOf(j);
    if (own.trim() === "") continue;
    let at = memo.found.get(own);
    if (at === undefined) {
      at = memo.joined.indexOf(own);
      memo.found.set(own, at);
    }
    if (at < 0) continue;
    const same = credited[positionAt(memo.starts, at).line].attribution as Attribution;
    repeated.set(j, { ...same, rule: "repeated-quote" });
  }
  if (repeated.size === 0) return judged;
  return judged.map((j) => {
    const attribution = repeated.get(j);
    return attribution ? { ...j, attribution } : j;
  });
}

import { EVIDENTIAL_VERBS } from "../attribution/cues";
import { PLAIN_VERBS, PRESENT_TENSE_VERBS as PRESENT } from "../policy/carriedVerbs";
import { StyleProfile } from "../types";
import { AnalysedSource } from "./analysis";
import { quotesAround } from "./article";
import { Statement } from "./speakers";

/**
 * The house style a fix falls back on when there is no source article, or when
 * the article never shows a choice: wire style (docs/style.md).
 */
export const HOUSE_STYLE: StyleProfile = {
  verb: "said",
  tense: "past",
  order: "subject-first",
  placement: "end",
  timeElement: true,
  quoteMarks: "curly",
  punctuationInside: true,
  dataVerb: "according to",
  learnedFrom: 0,
};

class Votes<T extends string> {
  private counts = new Map<T, number>();
  add(choice: T, weight = 1): void {
    this.counts.set(choice, (this.counts.get(choice) ?? 0) + weight);
  }
  /** The clear winner, or the fallback on a tie or with no votes. */
  winner(fallback: T): T {
    const sorted = [...this.counts].sort((a, b) => b[1] - a[1]);
    if (!sorted.length || (sorted[1] && sorted[1][1] === sorted[0][1])) return fallback;
    return sorted[0][0];
  }
}

/**
 * Where one attribution sits against the quotation it attributes: before it
 * (a lead-in), after its first sentence with more quotation to follow, or at
 * its end. A one-sentence quotation tells only before or after.
 */
function placementVote(a: AnalysedSource, s: Statement): { before: boolean; firstSentence?: boolean } | undefined {
  const { article } = a;
  const around = quotesAround(article, s.at);
  const next = around.next?.paragraph === s.paragraph ? around.next : undefined;
  const previous = around.previous?.paragraph === s.paragraph ? around.previous : undefined;
  const leadIn =
    next &&
    (s.colon || /^[^.!?]*,?\s*$/.test(article.text.slice(s.at, next.start))) &&
    /^\p{Lu}/u.test(article.text.slice(next.innerStart, next.innerStart + 1));
  if (leadIn && !previous) return { before: true };
  // A quotation in an earlier sentence ("…correction." He referred to …) is not the one this attribution follows.
  if (
    !previous ||
    previous.start < article.sentences[s.sentence].start ||
    /[.!?]\s/.test(article.text.slice(previous.end, s.at))
  )
    return undefined;
  if (next) return { before: false, firstSentence: true };
  const multiSentence = /[.!?]["”’]?\s+\p{Lu}/u.test(article.text.slice(previous.innerStart, previous.innerEnd));
  return { before: false, firstSentence: multiSentence ? false : undefined };
}

/** The style of source articles already read. */
export function styleOf(analysed: AnalysedSource[]): StyleProfile {
  const verb = new Votes<string>();
  const order = new Votes<StyleProfile["order"]>();
  const side = new Votes<"before" | "after">();
  const split = new Votes<"end" | "after-first-sentence">();
  const honorific = new Votes<string>();
  const marks = new Votes<StyleProfile["quoteMarks"]>();
  const inside = new Votes<"inside" | "outside">();
  const data = new Votes<StyleProfile["dataVerb"]>();
  let timeElements = 0;
  let learnedFrom = 0;
  let publication: string | undefined;
  for (const a of analysed) {
    const text = a.article.text;
    publication ??= a.publication;
    marks.add("curly", (text.match(/[“”]/g) ?? []).length);
    marks.add("straight", (text.match(/"/g) ?? []).length);
    inside.add("inside", (text.match(/[,.]["”]/g) ?? []).length);
    inside.add("outside", (text.match(/["”][,.]/g) ?? []).length);
    for (const person of a.speakers.people.values()) if (person.honorific) honorific.add(person.honorific);
    for (const s of a.speakers.statements) {
      learnedFrom++;
      const lower = s.verb.toLowerCase();
      if (PLAIN_VERBS.has(lower)) verb.add(lower);
      if (s.complement) timeElements++;
      const outsideQuotes = a.article.sentences[s.sentence].numbers.length > 0;
      const dataFrame = lower === "according to" || (EVIDENTIAL_VERBS.has(lower) && !PLAIN_VERBS.has(lower));
      if (outsideQuotes) data.add(dataFrame ? "according to" : "said");
      const vote = placementVote(a, s);
      if (!vote) continue;
      side.add(vote.before ? "before" : "after");
      if (vote.firstSentence !== undefined) split.add(vote.firstSentence ? "after-first-sentence" : "end");
      if (!vote.before && !s.pronoun && PLAIN_VERBS.has(lower)) order.add(s.inverted ? "verb-first" : "subject-first");
    }
  }
  const preferred = verb.winner(HOUSE_STYLE.verb);
  const placement = side.winner("after") === "before" ? "colon-before" : split.winner(HOUSE_STYLE.placement as "end");
  return {
    verb: preferred,
    tense: PRESENT.has(preferred) ? "present" : "past",
    order: order.winner(HOUSE_STYLE.order),
    placement,
    ...(honorific.winner("") ? { honorific: honorific.winner("") } : {}),
    timeElement: learnedFrom ? timeElements > 0 : HOUSE_STYLE.timeElement,
    quoteMarks: marks.winner(HOUSE_STYLE.quoteMarks),
    punctuationInside: inside.winner("inside") === "inside",
    dataVerb: data.winner(HOUSE_STYLE.dataVerb),
    ...(publication ? { publication } : {}),
    learnedFrom,
  };
}

/** The profile in words, for `says-who style` and the editor's "Show Source Style". */
export function describeStyle(profile: StyleProfile): string {
  const example = profile.order === "verb-first" ? `"…," ${profile.verb} Grabsky.` : `"…," Grabsky ${profile.verb}.`;
  const placement = {
    end: "after the quote, at its end",
    "after-first-sentence": "after the first sentence of a quote that runs on",
    "colon-before": `before the quote, with a colon (Grabsky ${profile.verb}: "…")`,
  }[profile.placement];
  const lines = [
    profile.learnedFrom
      ? `Learned from ${profile.learnedFrom} attribution${profile.learnedFrom === 1 ? "" : "s"} in the source article(s).`
      : "House style (no source article, or none with attributions).",
    `Verb: ${profile.verb} (${profile.tense} tense); numbers: ${profile.dataVerb === "according to" ? "according to X" : `X ${profile.verb}`}.`,
    `Order: ${profile.order === "verb-first" ? "verb first" : "subject first"}, as in ${example}`,
    `Placement: ${placement}.`,
    `Later references: ${profile.honorific ? `${profile.honorific} and surname` : "surname"}; first reference: full name with title as the article gives it.`,
    `Time and place after the verb: ${profile.timeElement ? "kept where the source article has them" : "not used"}.`,
    `Quote marks: ${profile.quoteMarks}; comma and period ${profile.punctuationInside ? "inside" : "outside"} the closing mark.`,
    `Publication: ${profile.publication ?? "not stated in the source article"}.`,
  ];
  return lines.join("\n");
}

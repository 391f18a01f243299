import { attributeNumber, attributeQuote } from "./attribution/rules";
import { attributeRepeats, Judged, quoteWords } from "./attribution/repeats";
import { isShortQuote, QuoteSpan } from "./claims/quotes";
import { isTitleOfWork } from "./claims/titles";
import { DraftFacts, sentenceAt } from "./facts";
import type { NumberScope } from "./options";
import type { ParagraphCache, ParagraphFacts } from "./paragraphCache";
import { plainHeadline } from "./text/headline";
import { mergedBy } from "./sorted";
import { Paragraph } from "./text/paragraphs";
import { Claim, Span } from "./types";
import { DraftVersions, Seen, takenElsewhere, unchangedSince } from "./draftVersions";
import { detachedSlice } from "./text/detached";

/**
 * What a check judged of one paragraph's own claims (its numbers, and the
 * quotes that open and close in it), kept with the paragraph's facts. It
 * holds while the paragraph's text, the few characters around it that the
 * title-of-work test reads and the number scope are the same (the cues,
 * sentences and quote marks are the facts' own), and, for a paragraph
 * whose quotes may take their speaker from another (rule 2.1.3), while the
 * neighbours that rule reads are the same paragraphs at the same distance.
 */
export interface JudgedParagraph {
  text: string;
  /** The masked characters the title-of-work test reads before the paragraph and after it. */
  before: string;
  after: string;
  seen: Seen;
  scope: NumberScope;
  neighbours: Neighbour[];
  base: number;
  firstSentence: number;
  paragraph: number;
  quotes: Judged[];
  numbers: Judged[];
}

/** A paragraph another's verdicts read: its facts, and where it starts from the other's start. */
interface Neighbour {
  local: ParagraphFacts;
  offset: number;
}

/** How far outside a quote the title-of-work test reads (claims/titles.ts). */
const BEFORE = 48;
const AFTER = 40;

/** The draft's judgments of a check, and the cache they are kept in, if any. */
interface Judging {
  facts: DraftFacts;
  scope: NumberScope;
  headline?: Span;
  kept?: WeakMap<ParagraphFacts, JudgedParagraph[]>;
  versions?: DraftVersions;
  /** How many judgments to keep for each paragraph text (ParagraphCache.placesIn). */
  places?: (local: ParagraphFacts) => number;
}

function judgeQuote(j: Judging, q: QuoteSpan): Judged | undefined {
  const { doc } = j.facts;
  const inHeadline = j.headline !== undefined && q.start < j.headline.end && q.start >= j.headline.start;
  if (isShortQuote(q) || isTitleOfWork(doc.masked, q) || inHeadline) return undefined;
  return {
    claim: {
      kind: "quote",
      start: q.start,
      end: q.end,
      text: detachedSlice(doc.text, q.start, q.end),
      inner: q.inner,
      paragraph: q.paragraph,
      sentence: sentenceAt(j.facts, q.start),
      ...(q.lastParagraph !== q.paragraph ? { lastParagraph: q.lastParagraph } : {}),
      ...(q.closed ? {} : { unclosed: true as const }),
    },
    attribution: attributeQuote(j.facts, q),
  };
}

/** The numbers of the paragraph's sentences: `facts.numbers` from index `from` on. */
function judgeNumbers(j: Judging, p: Paragraph, from: number): Judged[] {
  const { facts } = j;
  const { end } = facts.paragraphSentences[p.index];
  const judged: Judged[] = [];
  for (let k = from; k < facts.numbers.length && facts.numbers[k].sentence < end; k++) {
    const { sentence, span } = facts.numbers[k];
    if (j.headline !== undefined && span.start < j.headline.end && span.start >= j.headline.start) continue;
    // Built up, not spread: a spread object and a property added after it are made once a claim, thousands of times in a table.
    const claim: Claim = {
      kind: "number",
      start: span.start,
      end: span.end,
      text: detachedSlice(facts.doc.text, span.start, span.end),
      paragraph: p.index,
      sentence,
    };
    if (span.value !== undefined) claim.value = span.value;
    judged.push({ claim, attribution: attributeNumber(facts, sentence, j.scope) });
  }
  return judged;
}

/** The quotes that open and close in a paragraph, which it alone decides (but for rule 2.1.3). */
function ownQuotes(facts: DraftFacts, p: Paragraph): QuoteSpan[] {
  // A loop, not a map and a filter: two lists a paragraph, most of them empty.
  const own: QuoteSpan[] = [];
  for (const i of facts.doc.quotesByParagraph[p.index]) {
    const q = facts.doc.quotes[i];
    if (q.paragraph === p.index && q.lastParagraph === p.index) own.push(q);
  }
  return own;
}

/** Whether the paragraph's quotes may be credited from outside it: rule 2.1.3 reads the neighbours only then. */
function readsNeighbours(facts: DraftFacts, p: Paragraph): boolean {
  if (facts.doc.quotesByParagraph[p.index].length === 0) return false;
  if (facts.quoteOnly[p.index]) return true;
  const { first, end } = facts.paragraphSentences[p.index];
  for (let s = first; s < end; s++) if (facts.cues[s].length > 0) return false;
  return true;
}

/**
 * The paragraphs rule 2.1.3 may read for a paragraph's quotes, or none when
 * it reads none: the next one (a dash credit line), and the ones before back
 * through the run of quote-only paragraphs to the first that is not (where
 * the lead-in is). This reaches at least as far as the rule does.
 */
function neighboursOf(facts: DraftFacts, p: Paragraph): Neighbour[] {
  if (!readsNeighbours(facts, p)) return [];
  const { paragraphs } = facts.doc;
  const at = (i: number) => ({ local: facts.local[i], offset: paragraphs[i].start - p.start });
  const read = p.index + 1 < paragraphs.length ? [at(p.index + 1)] : [];
  for (let i = p.index - 1; i >= 0; i--) {
    read.push(at(i));
    if (!facts.quoteOnly[i]) break;
  }
  return read;
}

function sameNeighbours(a: Neighbour[], b: Neighbour[]): boolean {
  return a.length === b.length && a.every((n, i) => n.local === b[i].local && n.offset === b[i].offset);
}

/**
 * A judgment, moved with its paragraph: `by` characters, `sentences`
 * sentences, to paragraph `paragraph`. Judgments are never changed once
 * made, so one that has not moved is shared.
 */
function moved(j: Judged, by: number, sentences: number, paragraph: number): Judged {
  const { claim, attribution } = j;
  if (by === 0 && sentences === 0 && paragraph === claim.paragraph) return j;
  // Plain copies, then what moves: a spread with properties after it defines them the slow way, once a claim.
  const at = { ...claim };
  at.start += by;
  at.end += by;
  at.paragraph = paragraph;
  at.sentence += sentences;
  let credit: Judged["attribution"];
  if (attribution) {
    credit = { ...attribution };
    credit.start += by;
    credit.end += by;
  }
  const judged: Judged = credit ? { claim: at, attribution: credit } : { claim: at };
  if (j.words !== undefined) judged.words = j.words;
  return judged;
}

/**
 * Whether judgments kept for a paragraph hold for paragraph `p` of this
 * draft: its text and the masked characters around it are the same (the
 * text read in place unless the edit has told it already), as are the
 * number scope and the neighbours rule 2.1.3 reads.
 */
function holds(j: Judging, k: JudgedParagraph, p: Paragraph, neighbours: Neighbour[], sameText: boolean): boolean {
  const { text, masked } = j.facts.doc;
  const from = Math.max(0, p.start - BEFORE);
  const to = Math.min(masked.length, p.end + AFTER);
  // The few characters around come first: they tell apart the places of a text that stands more than once, and
  // cost less to compare than the paragraph. The lengths told equal, a slice compared costs less than startsWith
  // (a third of the time in V8), once a paragraph.
  return (
    k.text.length === p.end - p.start &&
    k.before.length === p.start - from &&
    k.after.length === to - p.end &&
    k.scope === j.scope &&
    masked.slice(from, p.start) === k.before &&
    masked.slice(p.end, to) === k.after &&
    sameNeighbours(k.neighbours, neighbours) &&
    (sameText || text.slice(p.start, p.end) === k.text)
  );
}

/**
 * The judgments kept for paragraph `p`, if any hold: the ones this place had
 * first, told by the edit alone (their text unchanged since the check that
 * saw them here); else any other place's that the text shows hold here too,
 * unless this check has already given them to that place.
 */
function keptFor(j: Judging, places: JudgedParagraph[], p: Paragraph, neighbours: Neighbour[]) {
  const { versions } = j;
  const from = Math.max(0, p.start - BEFORE);
  // Loops, not find with closures: this runs for every paragraph on every check.
  if (versions !== undefined)
    for (const k of places)
      if (unchangedSince(versions, k.seen, from, p.end + AFTER, p.start) && holds(j, k, p, neighbours, true)) return k;
  for (const k of places)
    if ((versions === undefined || !takenElsewhere(versions, k.seen, p.start)) && holds(j, k, p, neighbours, false))
      return k;
  return undefined;
}

/** One paragraph's own judgments, kept or made (and then kept). */
function paragraphJudged(j: Judging, p: Paragraph, numbersFrom: number): { quotes: Judged[]; numbers: Judged[] } {
  const { facts, kept } = j;
  const outsideHeadline = !j.headline || p.start >= j.headline.end || p.end <= j.headline.start;
  const local = facts.local[p.index];
  const first = facts.paragraphSentences[p.index].first;
  const neighbours = neighboursOf(facts, p);
  const places = kept && outsideHeadline ? kept.get(local) : undefined;
  const known = places && keptFor(j, places, p, neighbours);
  const seen = { generation: j.versions?.generation ?? 0, at: p.start };
  if (known) {
    known.seen = seen;
    const by = p.start - known.base;
    const sentences = first - known.firstSentence;
    if (by === 0 && sentences === 0 && known.paragraph === p.index) return known;
    const move = (x: Judged) => moved(x, by, sentences, p.index);
    return { quotes: known.quotes.map(move), numbers: known.numbers.map(move) };
  }
  const numbers = judgeNumbers(j, p, numbersFrom);
  const quotes = ownQuotes(facts, p).flatMap((q) => {
    const judged = judgeQuote(j, q);
    return judged ? [{ ...judged, words: quoteWords(q.inner) }] : [];
  });
  if (kept && outsideHeadline) {
    const { text, masked } = facts.doc;
    const entry: JudgedParagraph = {
      text: detachedSlice(text, p.start, p.end),
      before: detachedSlice(masked, Math.max(0, p.start - BEFORE), p.start),
      after: detachedSlice(masked, p.end, p.end + AFTER),
      seen,
      scope: j.scope,
      neighbours,
      base: p.start,
      firstSentence: first,
      paragraph: p.index,
      numbers,
      quotes,
    };
    // A paragraph's first judgment is kept on its own: no empty list sliced and spread, once a paragraph.
    kept.set(local, places ? [entry, ...places.slice(0, (j.places?.(local) ?? 1) - 1)] : [entry]);
  }
  return { quotes, numbers };
}

/**
 * Every claim in the draft with the attribution that covers it, if any, in
 * the draft's order. With a cache, a paragraph judged before (with the same
 * text around it) is not judged again; quotes repeated across the draft are
 * matched across it, again only when the credited quotes changed. The
 * cache's versions are already at this draft (analyzeDraft moves them).
 */
export function judge(facts: DraftFacts, language: string, scope: NumberScope, cache?: ParagraphCache): Judged[] {
  const headline = language === "plaintext" ? plainHeadline(facts.doc.text) : undefined;
  const j: Judging = {
    facts,
    scope,
    ...(headline ? { headline } : {}),
    ...(cache ? { kept: cache.judged, versions: cache.versions, places: cache.placesIn(facts) } : {}),
  };
  const quotes: Judged[] = [];
  const numbers: Judged[] = [];
  let numbersFrom = 0;
  for (const p of facts.doc.paragraphs) {
    const { first } = facts.paragraphSentences[p.index];
    while (numbersFrom < facts.numbers.length && facts.numbers[numbersFrom].sentence < first) numbersFrom++;
    const own = paragraphJudged(j, p, numbersFrom);
    for (const q of own.quotes) quotes.push(q);
    for (const i of facts.doc.quotesByParagraph[p.index]) {
      const q = facts.doc.quotes[i];
      const judged = q.paragraph === p.index && q.lastParagraph !== p.index ? judgeQuote(j, q) : undefined;
      if (judged) quotes.push(judged);
    }
    for (const n of own.numbers) numbers.push(n);
  }
  quotes.sort((a, b) => a.claim.start - b.claim.start);
  return mergedBy(attributeRepeats(quotes, cache?.repeats), numbers, (j) => j.claim.start);
}

import { diffArrays, diffChars } from "diff";
import { AnalysedSource } from "../source/analysis";
import { Quotation } from "../source/article";
import { Span } from "../types";
import { FidelityWord, QuotedWords, wordsOf } from "./words";

/**
 * How a draft's quotation lines up with the source's words: which words
 * they share in order, and every place where the draft's words differ in a
 * way the policy does not allow (policy 5: a changed, added, dropped or
 * reordered word). Omissions marked by an ellipsis, words standing in
 * square brackets and the words the draft leaves off either end (a
 * contiguous extract) are not differences.
 */
export interface Difference {
  /** The draft's words that the source does not have here (none when the draft dropped words). */
  draft: FidelityWord[];
  /** The source's words the draft lacks here (none when the draft added words). */
  source: FidelityWord[];
  /** The draft word index the difference stands before. */
  at: number;
  /** Where the difference stands in the source: between the source's words on each side of it (none at an edge). */
  sourceGap?: Span;
}

export interface Alignment {
  /** The source quotation's words the draft's quotation runs over, first to last. */
  span: Span;
  shared: number;
  differences: Difference[];
  /**
   * Sentences the draft puts in another order: where the source has the
   * draft's first, its own first of them, and the sentences as the source
   * says them, in its order, for the fix.
   */
  reordered?: { draftFirst: Span; sourceFirst: Span; said: string };
}

/** Source words an ellipsis-free pair of square brackets may stand in for (`[the Conservatives]` for "me"). */
const BRACKET_REACH = 6;

/** The words of a source quotation and of the quotations the same speaker goes on with around it. */
export function spokenWords(source: AnalysedSource, quote: Quotation): { words: FidelityWord[]; quotes: Quotation[] } {
  const { article, speakers } = source;
  const speaker = speakers.quoteSpeakers.get(quote)?.speaker;
  const near = article.quotes.filter((q) => {
    if (q === quote) return true;
    if (q.lastParagraph < quote.paragraph - 1 || q.paragraph > quote.lastParagraph + 1) return false;
    const other = speakers.quoteSpeakers.get(q)?.speaker;
    return other !== undefined && other === speaker;
  });
  const words = near.flatMap((q) => wordsOf(article.text.slice(q.innerStart, q.innerEnd), q.innerStart));
  return { words, quotes: near };
}

/**
 * Lines up the draft's quoted words with the source's, word by word. A
 * draft quotation is often an extract whose first words also stand earlier
 * in the source ("I have never seen it" out of "I have lived here … and I
 * have never seen it"): it is lined up from each place its first word
 * stands as well, and from each sentence the source's words start (a quote
 * whose first word is changed, "We are seeing" for "We're seeing", most
 * often starts one), and the alignment with the fewest differing words wins
 * (the earliest of equals), so a changed word is not read as the words
 * between two places dropped.
 */
export function align(draft: QuotedWords, source: FidelityWord[], text: string): Alignment | undefined {
  let best = alignFrom(draft, source, text);
  const first = draft.words[0]?.word;
  for (let k = 1; k < source.length; k++) {
    if (source[k].word !== first && !endsBetween(text, source[k - 1], source[k])) continue;
    const from = alignFrom(draft, source.slice(k), text);
    if (from && (!best || differingWords(from) < differingWords(best))) best = from;
  }
  return best;
}

function differingWords(alignment: Alignment): number {
  return alignment.differences.reduce((n, d) => n + d.draft.length + d.source.length, 0);
}

/**
 * A draft quotation whose sentences each stand word for word in the
 * source's words, side by side there, but in another order (policy 5: a
 * reordered word is a misquote): lined up as one difference, the draft's
 * words for the source's passage in its own order. `quote` is the text
 * the draft's word offsets are in, `text` the source's.
 */
export function reordered(
  draft: QuotedWords,
  quote: string,
  source: FidelityWord[],
  text: string,
): Alignment | undefined {
  if (draft.gaps.size > 0) return undefined;
  const sentences: FidelityWord[][] = [[]];
  draft.words.forEach((w, i) => {
    if (i > 0 && /[.!?]/.test(quote.slice(draft.words[i - 1].end, w.start))) sentences.push([]);
    sentences[sentences.length - 1].push(w);
  });
  if (sentences.length < 2 || sentences.some((words) => words.length < 2)) return undefined;
  const at = sentences.map((words) => runAt(source, words));
  if (at.some((k) => k < 0)) return undefined;
  const order = sentences.map((_, i) => i).sort((a, b) => at[a] - at[b]);
  if (order.every((g, i) => g === i)) return undefined;
  let next = at[order[0]];
  for (const g of order) {
    if (at[g] !== next) return undefined;
    next += sentences[g].length;
  }
  const words = source.slice(at[order[0]], next);
  const spanOf = (g: number) => ({ start: source[at[g]].start, end: source[at[g] + sentences[g].length - 1].end });
  // Each sentence as the source writes it, ended as a sentence where the source's ends it with a comma before its cue.
  const said = order
    .map((g, i) => {
      const { start, end } = spanOf(g);
      const stop = /^[.!?]/.exec(text.slice(end, end + 1))?.[0] ?? ".";
      return text.slice(start, end).replace(/\s+/g, " ") + (i < order.length - 1 ? stop : "");
    })
    .join(" ");
  return {
    span: { start: words[0].start, end: words[words.length - 1].end },
    shared: draft.words.length,
    differences: [{ draft: draft.words, source: words, at: 0 }],
    reordered: { draftFirst: spanOf(0), sourceFirst: spanOf(order[0]), said },
  };
}

/** Where `words` stand one after another in `source`, or -1. */
function runAt(source: FidelityWord[], words: FidelityWord[]): number {
  for (let k = 0; k + words.length <= source.length; k++)
    if (words.every((w, i) => source[k + i].word === w.word)) return k;
  return -1;
}

/** Whether a sentence of the source (or one quotation of its speaker) ends between two of its words, in `text`. */
const endsBetween = (text: string, a: FidelityWord, b: FidelityWord) =>
  /[.!?\u2026"\u201C\u201D\u00AB\u00BB]/.test(text.slice(a.end, b.start));

/**
 * How many of `next`, the words going on from `from` one after another
 * (back towards the start of `text` when `backwards`), stand in `from`'s
 * sentence.
 */
function inSentence(text: string, from: FidelityWord, next: FidelityWord[], backwards: boolean): number {
  let near = from;
  let count = 0;
  for (const word of next) {
    if (backwards ? endsBetween(text, word, near) : endsBetween(text, near, word)) break;
    near = word;
    count++;
  }
  return count;
}

function alignFrom(draft: QuotedWords, source: FidelityWord[], text: string): Alignment | undefined {
  const changes = diffArrays(
    source.map((w) => w.word),
    draft.words.map((w) => w.word),
  );
  let s = 0;
  let d = 0;
  let shared = 0;
  let first = -1;
  let last = -1;
  const raw: Difference[] = [];
  let entry: Difference | undefined;
  for (const c of changes) {
    if (!c.added && !c.removed) {
      entry = undefined;
      if (first < 0) first = s;
      last = s + c.count - 1;
      shared += c.count;
      s += c.count;
      d += c.count;
      continue;
    }
    if (!entry) {
      entry = { draft: [], source: [], at: d };
      if (s > 0 && s < source.length) entry.sourceGap = { start: source[s - 1].end, end: source[s].start };
      raw.push(entry);
    }
    if (c.removed) {
      entry.source.push(...source.slice(s, s + c.count));
      s += c.count;
    } else {
      entry.draft.push(...draft.words.slice(d, d + c.count));
      d += c.count;
    }
  }
  if (first < 0) return undefined;
  const leading = raw[0]?.at === 0 && raw[0].draft.length > 0 ? raw[0] : undefined;
  const trailing = entry && entry.draft.length > 0 ? entry : undefined;
  // A draft that changes its first or last words is lined up with the source
  // words those stand for, never past the end of the source's sentence: the
  // source's words beyond them are the ones an extract leaves out, not words
  // the draft replaced. A quote that ends another way than the source's
  // sentence stands for the rest of that sentence ("tired of waiting" for
  // "tired, but they are not afraid"); one that starts another way, for as
  // many words as it has (a partial quote starts mid-sentence).
  if (leading) {
    const own = inSentence(text, source[first], [...leading.source].reverse(), true);
    leading.source = leading.source.slice(leading.source.length - Math.min(own, edgeCount(leading)));
  }
  if (trailing) trailing.source = trailing.source.slice(0, inSentence(text, source[last], trailing.source, false));
  const start = leading?.source[0]?.start ?? source[first].start;
  const end = trailing?.source.at(-1)?.end ?? source[last].end;
  const differences = raw.filter((x) => x.draft.length > 0 || !placesOf(draft, x).some((at) => omits(draft, x, at)));
  return { span: { start, end }, shared, differences };
}

/** How alike two words' letters must be for a changed edge to stand for more or fewer source words than it has. */
const SAME_LETTERS = 0.65;

/**
 * How many source words a changed first stretch of the draft stands for,
 * the source's words before the quote's first shared word: as many as it
 * has ("go" for "leave"), unless another count of them has letters clearly
 * like its own ("We're" for "We are").
 */
function edgeCount(edge: Difference): number {
  const letters = (words: FidelityWord[]) => words.map((w) => w.word).join("");
  const ours = letters(edge.draft);
  const likeness = (m: number) => {
    const theirs = letters(edge.source.slice(edge.source.length - m));
    const common = diffChars(ours, theirs).reduce((n, c) => (c.added || c.removed ? n : n + c.value.length), 0);
    return (2 * common) / (ours.length + theirs.length);
  };
  const own = Math.min(edge.draft.length, edge.source.length);
  let best = own;
  let bestLikeness = likeness(own);
  for (let m = 1; m <= Math.min(edge.source.length, edge.draft.length + 2); m++) {
    const alike = likeness(m);
    if (alike >= SAME_LETTERS && alike > bestLikeness) [best, bestLikeness] = [m, alike];
  }
  return best;
}

/**
 * Whether the source's words dropped before draft word `at` are an
 * omission the draft may make: before its first word or after its last (an
 * extract), at an ellipsis, or where square brackets stand in for them.
 */
function omits(draft: QuotedWords, dropped: Difference, at: number): boolean {
  if (at === 0 || at === draft.words.length) return true;
  const gap = draft.gaps.get(at);
  return gap === "ellipsis" || (gap === "bracket" && dropped.source.length <= BRACKET_REACH);
}

/**
 * Every place a run of dropped words may stand: a diff puts it at one place,
 * but where the words beside it repeat its own ("…for granted [and I will
 * … flat out,] to prove") it may slide over them to the ellipsis.
 */
function placesOf(draft: QuotedWords, dropped: Difference): number[] {
  const words = draft.words;
  const lost = dropped.source;
  const places = [dropped.at];
  for (let k = 0; k < lost.length && dropped.at - 1 - k >= 0; k++) {
    if (words[dropped.at - 1 - k].word !== lost[lost.length - 1 - k].word) break;
    places.push(dropped.at - 1 - k);
  }
  for (let k = 0; k < lost.length && dropped.at + k < words.length; k++) {
    if (words[dropped.at + k].word !== lost[k].word) break;
    places.push(dropped.at + k + 1);
  }
  return places;
}

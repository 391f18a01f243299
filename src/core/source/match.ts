import { STOP_WORDS as STOP } from "../policy/functionWords";
import { Span } from "../types";
import { AnalysedSource, derived } from "./analysis";
import { quoteAt } from "./article";
import { DraftLayout, sentenceHolding } from "../text/layout";
import { NumberMention, numbersIn, numbersWithin, sameQuantity } from "./numbers";

/** How many matches (and figure checks) a memo of them keeps: the oldest go first. */
export const MATCHES_CAPACITY = 20000;

/**
 * Finds where a source article says what a draft claims: the same quotation
 * (whatever its marks, ellipses, trimmed words or sentence split) or the same
 * number in the same words. No match is better than a wrong one, so a number
 * whose best passages disagree on who said it matches nothing.
 */
export interface Passage extends Span {
  source: AnalysedSource;
}

interface Token extends Span {
  word: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
function tokens(text: string, offset = 0): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    word: normal(m[0]),
  }));
}

function normal(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/(?<=\d)[,.](?=\d{3}\b)/g, "");
}

/** The article body's words, each word's positions listed, read once per analysed source. */
function indexOf(source: AnalysedSource): { list: Token[]; at: Map<string, number[]> } {
  return derived(source, "match.words", () => {
    const body = source.article.paragraphs.filter((p) => !p.headline);
    const list = body.flatMap((p) => tokens(source.article.text.slice(p.start, p.end), p.start));
    const at = new Map<string, number[]>();
    list.forEach((t, i) => {
      const known = at.get(t.word);
      if (known) known.push(i);
      else at.set(t.word, [i]);
    });
    return { list, at };
  });
}

interface Run {
  draft: number;
  source: number;
  length: number;
}

const MIN_RUN = 3;
const MIN_COVERAGE = 0.6;

/** The longest stretches of the quotation's words that the article has word for word, near one another. */
function runsIn(words: string[], source: AnalysedSource): Run[] {
  const { list, at } = indexOf(source);
  const runs: Run[] = [];
  for (let i = 0; i < words.length;) {
    let best: Run | undefined;
    let quoted = false;
    for (const p of at.get(words[i]) ?? []) {
      let n = 0;
      while (i + n < words.length && p + n < list.length && list[p + n].word === words[i + n]) n++;
      // A direct quote comes from a quotation: the same words again outside quotation marks (an embedded post, a pull quote) say nothing of who spoke.
      const inQuote = n >= MIN_RUN && !!quoteAt(source.article, list[p].start);
      if (!best || (inQuote && !quoted) || (inQuote === quoted && n > best.length)) {
        best = { draft: i, source: p, length: n };
        quoted = inQuote;
      }
    }
    if (best && best.length >= Math.min(MIN_RUN, words.length - i)) {
      runs.push(best);
      i += best.length;
    } else i++;
  }
  const anchor = runs.reduce<Run | undefined>((a, r) => (!a || r.length > a.length ? r : a), undefined);
  return anchor
    ? runs.filter((r) => Math.abs(r.source - anchor.source) < 300 && r.length >= Math.min(MIN_RUN, anchor.length))
    : [];
}

/** How far from a run of the quotation a word may stand and still be placed by it. */
const PLACE_REACH = 3;

/**
 * The article's words (their indexes) that stand where a run of the
 * quotation places them, for the quotation's words outside its runs: a
 * stretch too short to be a run of its own ("My customers" before a changed
 * word) is still the same quotation when the article has it at the same
 * distance from a run, or one word nearer or farther, where the draft
 * added or dropped a word between them ("I could not walk to the shops"
 * for "I couldn't walk to the shops"). A word one place off is weaker
 * evidence than one in place, and counts half toward the coverage: a
 * generic opening ("We are ready to") and a stray "to" are not the same
 * quotation.
 */
function placedWords(words: string[], runs: Run[], list: Token[]): Placed[] {
  const inRun = new Set(runs.flatMap((r) => Array.from({ length: r.length }, (_, k) => r.draft + k)));
  const placed: Placed[] = [];
  for (let i = 0; i < words.length; i++) {
    if (inRun.has(i)) continue;
    const found = placeOf(words[i], i, runs, list);
    if (found) placed.push(found);
  }
  return placed;
}

/** An article word a run places a quotation's word at, and how much it counts toward the coverage. */
interface Placed {
  at: number;
  weight: number;
}

/** Where a run places the quotation's word `i` in the article, if one does. */
function placeOf(word: string, i: number, runs: Run[], list: Token[]): Placed | undefined {
  for (const r of runs) {
    const before = i < r.draft;
    const gap = before ? r.draft - i : i - (r.draft + r.length - 1);
    if (gap > PLACE_REACH) continue;
    // A word added between them puts the article's word one nearer the run; a word dropped, one farther.
    const [nearer, farther] = before ? [1, -1] : [-1, 1];
    const offsets = gap > 1 ? [0, nearer, farther] : [0, farther];
    for (const offset of offsets) {
      const p = r.source + (i - r.draft) + offset;
      if (p >= 0 && p < list.length && list[p].word === word) return { at: p, weight: offset === 0 ? 1 : 0.5 };
    }
  }
  return undefined;
}

/** The passage of the source articles that a quotation's words come from, if one holds most of them. */
export function matchQuote(inner: string, sources: AnalysedSource[]): (Passage & { anchor: number }) | undefined {
  const words = tokens(inner).map((t) => t.word);
  if (words.length < MIN_RUN) return undefined;
  let best: (Passage & { anchor: number; coverage: number }) | undefined;
  for (const source of sources) {
    const runs = runsIn(words, source);
    if (!runs.length) continue;
    const { list } = indexOf(source);
    const placed = placedWords(words, runs, list);
    const covered = runs.reduce((n, r) => n + r.length, 0) + placed.reduce((n, p) => n + p.weight, 0);
    const coverage = covered / words.length;
    if (coverage < MIN_COVERAGE || (best && best.coverage >= coverage)) continue;
    const longest = runs.reduce((a, r) => (r.length > a.length ? r : a));
    const start = Math.min(...runs.map((r) => list[r.source].start), ...placed.map((p) => list[p.at].start));
    const end = Math.max(...runs.map((r) => list[r.source + r.length - 1].end), ...placed.map((p) => list[p.at].end));
    best = { source, start, end, anchor: list[longest.source].start, coverage };
  }
  return best && { source: best.source, start: best.start, end: best.end, anchor: best.anchor };
}

function stem(word: string): string {
  return word.length > 3 ? word.replace(/(?:ies)$/, "y").replace(/(?<![su])s$/, "") : word;
}

/** The first of `list` (sorted, disjoint) from `lo` whose `pick` passes, or `hi` when none does; `pick` must be monotone. */
function firstWhere(list: Token[], lo: number, hi: number, pick: (t: Token) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pick(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The content words within a few words of a span, as a bag; binary searches, so a sentence of thousands of numbers costs no more per number. */
function context(list: Token[], span: Span, limit: Span, reach = 8): Set<string> {
  const from = firstWhere(list, 0, list.length, (t) => t.start >= limit.start);
  const to = firstWhere(list, from, list.length, (t) => t.end > limit.end);
  const first = firstWhere(list, from, to, (t) => t.end > span.start);
  if (first === to) return new Set();
  const before = firstWhere(list, from, to, (t) => t.start >= span.end);
  const last = before === from ? to : before - 1;
  const words = new Set<string>();
  for (let i = Math.max(from, first - reach); i < Math.min(to, last + 1 + reach); i++)
    if (!STOP.has(list[i].word)) words.add(stem(list[i].word));
  return words;
}

/** The first word after a number: its unit or noun ("square", "troops", "seats"). */
function unitAfter(text: string, end: number): string | undefined {
  const m = /^\s*(?:[-–]\s*)?([\p{L}]+)/u.exec(text.slice(end, end + 40));
  return m && !STOP.has(m[1].toLowerCase()) ? stem(m[1].toLowerCase()) : undefined;
}

/** Every number in the article's body with its sentence and that sentence's words, read once. */
function mentionsOf(source: AnalysedSource): { mention: NumberMention; sentence: number; words: Token[] }[] {
  return derived(source, "match.numbers", () => {
    const { article } = source;
    return article.sentences.flatMap((s, sentence) => {
      if (article.paragraphs[s.paragraph].headline) return [];
      const text = article.text.slice(s.start, s.end);
      const words = tokens(text, s.start);
      return numbersWithin(article.text, s.start, s.end).map((mention) => ({ mention, sentence, words }));
    });
  });
}

type Mentioned = ReturnType<typeof mentionsOf>[number];

/**
 * The article's numbers within a hair of any of `values`, in the article's
 * order: a superset of those of the same quantity (sameQuantity), found by
 * binary search in the numbers sorted by value, so that a claim is not
 * compared with every number of a long article.
 */
function mentionsNear(source: AnalysedSource, values: NumberMention[]): Mentioned[] {
  const all = mentionsOf(source);
  const byValue = byValueOf(source, all);
  const found: number[] = [];
  // Every number within reach: the test never holds, so none stops the walk.
  for (const v of values)
    someNear(all, byValue, v, (i) => {
      found.push(i);
      return false;
    });
  return [...new Set(found)].sort((a, b) => a - b).map((i) => all[i]);
}

/** The article's numbers in order of value, as their places in mentionsOf. */
function byValueOf(source: AnalysedSource, all: Mentioned[]): number[] {
  return derived(source, "match.numbersByValue", () =>
    all.map((_, i) => i).sort((a, b) => all[a].mention.value - all[b].mention.value),
  );
}

/** How far from a value a number may be and still state the same quantity: wider than sameQuantity allows. */
const reachOf = (v: NumberMention) => 1e-8 * Math.max(Math.abs(v.value), 1);

/**
 * Whether `test` holds for any of the article's numbers within reach of `v`
 * (their places in mentionsOf, in order of value), asked of each until one
 * does: found by halving, since every figure of a draft asks.
 */
function someNear(all: Mentioned[], byValue: number[], v: NumberMention, test: (i: number) => boolean): boolean {
  const reach = reachOf(v);
  let lo = 0;
  let hi = byValue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[byValue[mid]].mention.value < v.value - reach) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < byValue.length && all[byValue[k]].mention.value <= v.value + reach; k++)
    if (test(byValue[k])) return true;
  return false;
}

/**
 * Whether the article states any of `values`: mentionsNear's question
 * without its list, each value compared only with the numbers within its
 * own reach (a number of the same quantity always is), for a check that
 * asks it of every one of thousands of figures.
 */
function statesAny(source: AnalysedSource, values: NumberMention[]): boolean {
  const all = mentionsOf(source);
  const byValue = byValueOf(source, all);
  return values.some((v) => someNear(all, byValue, v, (i) => sameQuantity(v, all[i].mention)));
}

/** The words of a draft's sentence, read once per check (kept with the layout): a sentence may hold thousands of numbers. */
function sentenceTokens(draft: DraftLayout, sentence: Span): Token[] {
  const read = (draft.sentenceTokens ??= new Map());
  const key = `${sentence.start},${sentence.end}`;
  let list = read.get(key);
  if (!list) {
    list = tokens(draft.text.slice(sentence.start, sentence.end), sentence.start);
    read.set(key, list);
  }
  return list;
}

export interface NumberPassage extends Passage {
  mention: NumberMention;
  sentence: number;
}

/**
 * Everything matchNumber reads of the draft, as a string: the claim, the
 * content words around it in its sentence and the word after it. Two claims
 * with the same key match the same passage.
 */
export function numberMatchKey(draft: DraftLayout, claim: Span & { text: string }): string {
  const values = numbersIn(claim.text);
  if (!values.length) return claim.text;
  const sentence = sentenceHolding(draft, claim.start);
  const around = [...context(sentenceTokens(draft, sentence), claim, sentence)].sort().join(" ");
  return `${claim.text}\u0000${unitAfter(draft.text, claim.start + values[0].end) ?? ""}\u0000${around}`;
}

/**
 * Whether a source article states one of the claim's quantities at all: a
 * passage matches only then, so a claim the articles never state needs no
 * reading of the words around it (thousands of figures in one table).
 */
export function statedInSources(claim: { text: string }, sources: AnalysedSource[]): boolean {
  // Without a source nothing is stated: a check without one never runs the figure pattern, costly the first time.
  if (sources.length === 0) return false;
  const values = numbersIn(claim.text);
  return sources.some((source) => statesAny(source, values));
}

/**
 * The source passage that states a draft's number: the same value with the
 * most words in common around it. Two equally good passages with different
 * speakers match nothing.
 */
export function matchNumber(
  draft: DraftLayout,
  claim: Span & { text: string },
  sources: AnalysedSource[],
  speakerOf: (p: NumberPassage) => string,
): NumberPassage | undefined {
  const values = numbersIn(claim.text);
  if (!values.length) return undefined;
  const sentence = sentenceHolding(draft, claim.start);
  const draftContext = context(sentenceTokens(draft, sentence), claim, sentence);
  const unit = unitAfter(draft.text, claim.start + values[0].end);
  const scored: { passage: NumberPassage; score: number }[] = [];
  for (const source of sources) {
    for (const { mention, sentence: index, words } of mentionsNear(source, values)) {
      if (!values.some((v) => sameQuantity(v, mention))) continue;
      const s = source.article.sentences[index];
      const around = context(words, mention, s);
      let score = [...draftContext].filter((w) => around.has(w)).length;
      if (unit && unitAfter(source.article.text, mention.end) === unit) score += 2;
      scored.push({ passage: { source, start: s.start, end: s.end, mention, sentence: index }, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const [top, next] = scored;
  if (!top || top.score < 2) return undefined;
  if (next && next.score === top.score && speakerOf(next.passage) !== speakerOf(top.passage)) return undefined;
  return top.passage;
}

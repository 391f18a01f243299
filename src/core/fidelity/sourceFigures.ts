import { FIGURE_STOP_WORDS as STOP } from "../policy/functionWords";
import { AnalysedSource, derived } from "../source/analysis";
import { quoteAt } from "../source/article";
import { NumberMention, numbersWithin } from "../source/numbers";
import { Span } from "../types";
import { wordsWithoutDigitsOf } from "./words";
import { datedFigures } from "./figureTimes";
import { CURRENCY_START, DIGIT } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const POSSESSIVE = /'s$/;
const IES = /ies$/;
const ES_PLURAL = /(?<=[sxz]|ch|sh)es$/;
const S_PLURAL = /(?<![su])s$/;
const NEXT_WORD = /^\s*(?:[-\u2013]\s*)?([\p{L}]+)/u;

/**
 * The figures a source article states, each with the words around it, read
 * once per source version: what a draft's number is held to.
 */
export interface Figure {
  source: AnalysedSource;
  mention: NumberMention;
  /** The figure as the article writes it ("$1.1 billion", "About 4,500" without the approximator: "4,500"). */
  raw: string;
  sentence: number;
  passage: Span;
  around: Surroundings;
  /** A figure the article asserts (a number claim, or a figure inside a quotation), not a year or a name's number. */
  stated: boolean;
  /** The article dates it (`in 2019`, `the previous quarter`) in its clause or the sentence's (figureTimes.datedFigures). */
  dated: boolean;
}

/** The content words on each side of a number, nearest first, and its unit. */
export interface Surroundings {
  before: string[];
  after: string[];
  all: Set<string>;
  /** The content words of the number's own credit in its sentence (`city`, `finance`, `office`), apart from `all`. */
  credited?: Set<string>;
  /** "$", "%", or the noun after it ("troop", "seat"); undefined when nothing follows. */
  unit?: string;
  currency?: string;
  percent: boolean;
  /** A share written as a fraction ("a fifth", "two thirds"): held only to another fraction, not to a percentage or a count. */
  fraction: boolean;
  /** A score or a tally ("3-1"): held only to another, not to a count that happens to share its first side. */
  score: boolean;
}

export function stem(word: string): string {
  const w = word.replace(POSSESSIVE, "");
  if (w.length <= 3) return w;
  return w.replace(IES, "y").replace(ES_PLURAL, "").replace(S_PLURAL, "");
}

const isContent = (w: string) => !STOP.has(w) && !DIGIT.test(w) && w.length > 1;

const FRACTION = /\b(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/i;

/** Currencies a figure may name by a word after it instead of a sign ("1.2 million euros"); "pounds" also weighs things. */
const CURRENCY_WORDS: Record<string, string> = { euro: "€", dollar: "$", yen: "¥" };

interface ContentWord extends Span {
  stem: string;
}

/**
 * The stemmed content words of sentences, keeping the sentence last read:
 * the numbers of one sentence are read one after another, and a sentence of
 * thousands of figures must not be read once a figure.
 */
export class SentenceWords {
  private last: { text: string; sentence: Span; words: ContentWord[] } | undefined;
  private met: { words: ContentWord[]; sources: readonly AnalysedSource[]; any: boolean } | undefined;
  private uncredited: { words: ContentWord[]; credit: Span; left: ContentWord[]; inside: Set<string> } | undefined;

  /**
   * Whether any source figure has one of the sentence's words around it. A
   * draft figure is scored only against the source figures that share a word
   * with it (figuresAround), and its words are the sentence's: with none,
   * no figure of the sentence can differ from the source, and a sentence of
   * thousands of figures is looked up once, not once a figure.
   */
  meetsFigures(text: string, sentence: Span, sources: readonly AnalysedSource[]): boolean {
    const words = this.of(text, sentence);
    const met = this.met;
    if (met && met.words === words && met.sources === sources) return met.any;
    const stems = new Set(words.map((w) => w.stem));
    const any = sources.some((s) => figuresAround(s, stems).length > 0);
    this.met = { words, sources, any };
    return any;
  }

  of(text: string, sentence: Span): ContentWord[] {
    const last = this.last;
    if (last && last.sentence.start === sentence.start && last.sentence.end === sentence.end && last.text === text)
      return last.words;
    // A figure is no content word (isContent): its sentence's figures are left unread.
    const words = wordsWithoutDigitsOf(text.slice(sentence.start, sentence.end), sentence.start)
      .filter((w) => isContent(w.word))
      .map((w) => ({ start: w.start, end: w.end, stem: stem(w.word) }));
    this.last = { text, sentence: { start: sentence.start, end: sentence.end }, words };
    return words;
  }

  /**
   * The sentence's content words outside `credit`, and the stems of those
   * inside it, kept like the words themselves for the sentence's next figure.
   */
  outside(text: string, sentence: Span, credit: Span): { left: ContentWord[]; inside: Set<string> } {
    const words = this.of(text, sentence);
    const known = this.uncredited;
    if (known && known.words === words && known.credit.start === credit.start && known.credit.end === credit.end)
      return known;
    const outsideCredit = (w: ContentWord) => w.end <= credit.start || w.start >= credit.end;
    const left = words.filter(outsideCredit);
    const inside = new Set(words.filter((w) => !outsideCredit(w)).map((w) => w.stem));
    this.uncredited = { words, credit: { start: credit.start, end: credit.end }, left, inside };
    return this.uncredited;
  }
}

/** How many of `words` (in order) end at or before `offset`. */
function countEndingBy(words: ContentWord[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What stands around a number at `span` in the sentence `sentence` (both
 * offsets in `text`), the words of `credit` apart: who said it is not what
 * was said, and two statements credited to the same office are not the
 * same statement for that alone.
 */
export function surroundings(
  text: string,
  sentence: Span,
  span: Span,
  mention: NumberMention,
  read = new SentenceWords(),
  credit?: Span,
): Surroundings {
  const credited = credit ? read.outside(text, sentence, credit) : undefined;
  const words = credited ? credited.left : read.of(text, sentence);
  const split = countEndingBy(words, span.start);
  const before = words
    .slice(0, split)
    .map((w) => w.stem)
    .reverse();
  let first = split;
  while (first < words.length && words[first].start < span.end) first++;
  const after = words.slice(first).map((w) => w.stem);
  const raw = text.slice(mention.start, mention.end);
  const next = NEXT_WORD.exec(text.slice(span.end, Math.min(sentence.end, span.end + 40)))?.[1];
  const word = next && isContent(next.toLowerCase()) ? stem(next.toLowerCase()) : undefined;
  const currency = CURRENCY_START.exec(raw)?.[0] ?? (word !== undefined ? CURRENCY_WORDS[word] : undefined);
  const noun = word !== undefined && CURRENCY_WORDS[word] === undefined ? word : undefined;
  return {
    before,
    after,
    all: new Set([...before, ...after]),
    ...(credited ? { credited: credited.inside } : {}),
    percent: mention.percent,
    fraction: FRACTION.test(raw),
    score: mention.against !== undefined,
    ...(currency ? { currency } : {}),
    ...(noun ? { unit: noun } : {}),
  };
}

/** A year standing alone ("since 2009") states a date, not a figure. */
const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** Every figure of a source article's body, those it asserts marked (the number claims of its narration, the figures of its quotations). */
export function figuresOf(source: AnalysedSource): Figure[] {
  return derived(source, "fidelity.figures", () => readFigures(source));
}

/**
 * The figures of a source article that have any of `words` around them, in
 * the article's order: a figure with none of a draft number's words around it
 * can neither be the one the draft states nor the same figure in a related
 * passage, and a long article has thousands.
 */
export function figuresAround(source: AnalysedSource, words: Iterable<string>): Figure[] {
  const figures = figuresOf(source);
  const byWord = derived(source, "fidelity.figuresByWord", () => {
    const map = new Map<string, number[]>();
    figures.forEach((f, i) => {
      for (const w of f.around.all) {
        const list = map.get(w);
        if (list) list.push(i);
        else map.set(w, [i]);
      }
    });
    return map;
  });
  const found = new Set<number>();
  for (const w of words) for (const i of byWord.get(w) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => figures[i]);
}

function readFigures(source: AnalysedSource): Figure[] {
  const { article } = source;
  const read = new SentenceWords();
  return article.sentences.flatMap((s, sentence) => {
    if (article.paragraphs[s.paragraph].headline) return [];
    const mentions = numbersWithin(article.text, s.start, s.end);
    const stated = mentions.map((mention) => {
      const raw = article.text.slice(mention.start, mention.end);
      const claimed = s.numbers.some((c) => c.start < mention.end && mention.start < c.end);
      return claimed || (quoteAt(article, mention.start) !== undefined && !YEAR.test(raw));
    });
    const dated = datedFigures(article.text, s, mentions, stated);
    return mentions.map((mention, k) => {
      const raw = article.text.slice(mention.start, mention.end);
      const around = surroundings(article.text, s, mention, mention, read);
      const passage = { start: s.start, end: s.end };
      return { source, mention, raw, sentence, passage, around, stated: stated[k], dated: dated[k] };
    });
  });
}

import { AnalysedSource } from "../source/analysis";
import { quoteAt } from "../source/article";
import { NumberMention, numbersIn } from "../source/numbers";
import { Span } from "../types";
import { wordsOf } from "./words";

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
}

/** The content words on each side of a number, nearest first, and its unit. */
export interface Surroundings {
  before: string[];
  after: string[];
  all: Set<string>;
  /** "$", "%", or the noun after it ("troop", "seat"); undefined when nothing follows. */
  unit?: string;
  currency?: string;
  percent: boolean;
}

const STOP = new Set(
  (
    "a an the of to in on at for by with and or but as is are was were be been being has have had it its this that these those " +
    "from than then there their they he she we i you our your his her them not no so if into over about some more most almost " +
    "roughly nearly around approximately estimated just only up down out off per percent cent which who whom what when where while " +
    "would could should will can may might must do does did also after before since between among during under less fewer least " +
    "hundred thousand million billion trillion"
  ).split(" "),
);

export function stem(word: string): string {
  const w = word.replace(/'s$/, "");
  if (w.length <= 3) return w;
  return w
    .replace(/ies$/, "y")
    .replace(/(?<=[sxz]|ch|sh)es$/, "")
    .replace(/(?<![su])s$/, "");
}

const isContent = (w: string) => !STOP.has(w) && !/\d/.test(w) && w.length > 1;

/** What stands around a number at `span` in the sentence `sentence` (both offsets in `text`). */
export function surroundings(text: string, sentence: Span, span: Span, mention: NumberMention): Surroundings {
  const words = wordsOf(text.slice(sentence.start, sentence.end), sentence.start).filter((w) => isContent(w.word));
  const before = words
    .filter((w) => w.end <= span.start)
    .map((w) => stem(w.word))
    .reverse();
  const after = words.filter((w) => w.start >= span.end).map((w) => stem(w.word));
  const raw = text.slice(mention.start, mention.end);
  const currency = /^[$€£¥]/.exec(raw)?.[0];
  const next = /^\s*(?:[-\u2013]\s*)?([\p{L}]+)/u.exec(
    text.slice(span.end, Math.min(sentence.end, span.end + 40)),
  )?.[1];
  const noun = next && isContent(next.toLowerCase()) ? stem(next.toLowerCase()) : undefined;
  return {
    before,
    after,
    all: new Set([...before, ...after]),
    percent: mention.percent,
    ...(currency ? { currency } : {}),
    ...(noun ? { unit: noun } : {}),
  };
}

/** A year standing alone ("since 2009") states a date, not a figure. */
const YEAR = /^(?:1[6-9]|20)\d\d$/;

const figures = new WeakMap<AnalysedSource, Figure[]>();

/** Every figure of a source article's body: the number claims of its narration and the figures inside its quotations. */
export function figuresOf(source: AnalysedSource): Figure[] {
  let found = figures.get(source);
  if (found) return found;
  const { article } = source;
  found = article.sentences.flatMap((s, sentence) => {
    if (article.paragraphs[s.paragraph].headline) return [];
    const text = article.text.slice(s.start, s.end);
    return numbersIn(text).flatMap((n) => {
      const mention = { ...n, start: n.start + s.start, end: n.end + s.start };
      const raw = article.text.slice(mention.start, mention.end);
      const claimed = s.numbers.some((c) => c.start < mention.end && mention.start < c.end);
      const quoted = quoteAt(article, mention.start) !== undefined && !YEAR.test(raw);
      if (!claimed && !quoted) return [];
      const around = surroundings(article.text, s, mention, mention);
      return [{ source, mention, raw, sentence, passage: { start: s.start, end: s.end }, around }];
    });
  });
  figures.set(source, found);
  return found;
}

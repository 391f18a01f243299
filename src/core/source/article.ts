import type nlpType from "compromise/two";
import { DraftFacts, readUncued } from "../facts";
import { Paragraph } from "../text/paragraphs";
import { Span } from "../types";

/**
 * A source article read once: paragraphs, sentences, words with their part of
 * speech, and the quotations it holds. Source articles are plain text (a wire
 * story, a press release), so blank lines separate paragraphs.
 */
export interface Word extends Span {
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  sentence: number;
}

export interface ArticleSentence extends Span {
  paragraph: number;
  /** The number claims the checker finds in it outside quotations (years, dates and "no one" left out). */
  numbers: Span[];
  /** Index of its first word and one past its last. */
  from: number;
  to: number;
}

export interface ArticleParagraph extends Span {
  headline: boolean;
  /** Index of its first sentence and one past its last. */
  from: number;
  to: number;
}

export interface Quotation extends Span {
  paragraph: number;
  /** For a quotation running over several paragraphs, the paragraph it closes in. */
  lastParagraph: number;
  /** The words between the marks. */
  innerStart: number;
  innerEnd: number;
}

export interface Article {
  text: string;
  paragraphs: ArticleParagraph[];
  sentences: ArticleSentence[];
  words: Word[];
  quotes: Quotation[];
  /** How often each word's text stands other than first in its sentence (see names.ts, isProper). */
  midSentence: Map<string, number>;
}

/**
 * compromise costs 200–300 ms to load: only a check with a source article
 * pays it (require keeps it loaded). Its second level is the tagger; the
 * third adds phrase methods and a chunker that runs after tagging, which
 * leave every word's tags as they are and cost a fifth more time.
 */
function nlp(text: string): ReturnType<typeof nlpType> {
  return (require("compromise/two") as typeof nlpType)(text);
}

/** Words with their parts of speech, tagged a few sentences at a time: compromise slows down on long runs. */
function taggedTerms(text: string, sentences: Span[]): Term[] {
  const terms: Term[] = [];
  for (let i = 0; i < sentences.length;) {
    let j = i;
    let words = 0;
    while (j < sentences.length && (j === i || words < 200))
      words += text.slice(sentences[j].start, sentences[j++].end).split(/\s+/).length;
    const start = sentences[i].start;
    // compromise ends a sentence at every line break: a hard-wrapped paragraph is read as one line.
    const chunk = text.slice(start, sentences[j - 1].end).replace(/[\r\n]/g, " ");
    let at = 0;
    // The document's own terms, not .json(): that copies every term and its tags, a fifth of the time tagging takes.
    for (const s of (nlp(chunk) as unknown as { docs: CompromiseTerm[][] }).docs) {
      for (const t of s) {
        // compromise expands contractions ("Queensland's" → "Queensland's" + "is"): the word it adds has no text here.
        if (!t.text) continue;
        const found = chunk.indexOf(t.text, at);
        if (found < 0) continue;
        terms.push({ text: t.text, tags: t.tags, offset: { start: start + found, length: t.text.length } });
        at = found + t.text.length;
      }
    }
    i = j;
  }
  return terms;
}

/** A word as compromise's document holds it (what taggedTerms reads of it). */
interface CompromiseTerm {
  text: string;
  tags: Set<string>;
}

export interface Term {
  text: string;
  /** compromise's own set: the document it came from is dropped, and nothing changes a word's tags once read. */
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** Lines that say who published the article rather than what happened: front matter, ©, byline and publisher lines. */
const META_LINE =
  /^\s*(?:©|\(c\)|copyright\b|publication\s*:|source\s*:\s*\S[^\n]{0,60}$|from\s*:\s*\S[^\n]{0,80}$|from\s+\S[^\n,]{0,40},\s+the\b[^\n.]*!$|by\s+[A-Z][^.!?]*$)/i;

function isHeadline(text: string, span: Span, index: number, count: number): boolean {
  const body = text.slice(span.start, span.end);
  return index === 0 && count > 1 && !body.includes("\n") && !/[.!?"”’]$/.test(body);
}

/** A source article cut into paragraphs, sentences and quotations, before any word is tagged. */
export interface ArticleCut {
  text: string;
  facts: DraftFacts;
  /** The number claims of each sentence, by the sentence's index in `facts`. */
  claimsIn: Map<number, Span[]>;
  /** The paragraphs that tell the story (publisher and byline lines left out). */
  kept: Paragraph[];
}

/**
 * Cuts a source article as the checker cuts a plain-text draft, so that a
 * quotation means the same on both sides.
 */
export function cutArticle(text: string): ArticleCut {
  const facts = readUncued(text, "plaintext");
  const claimsIn = new Map<number, Span[]>();
  for (const { sentence, span } of facts.numbers) {
    const claims = claimsIn.get(sentence) ?? [];
    claims.push({ start: span.start, end: span.end });
    claimsIn.set(sentence, claims);
  }
  const kept = facts.doc.paragraphs.filter((p) => !META_LINE.test(text.slice(p.start, p.end)));
  return { text, facts, claimsIn, kept };
}

/** The tagged words of each paragraph read so far, by its index among the kept paragraphs. */
export type TaggedParagraphs = Map<number, Term[]>;

/**
 * The article of a cut with the words of some of its paragraphs tagged
 * (`read`, by index among the kept paragraphs; all when undefined). A
 * sentence without words is left out when every paragraph is read; when only
 * some are, every sentence stays, so that an article read further keeps its
 * sentences' indexes.
 */
export function articleOf(cut: ArticleCut, read?: ReadonlySet<number>, tagged: TaggedParagraphs = new Map()): Article {
  const { text, facts, claimsIn, kept } = cut;
  const { sentences, paragraphSentences, doc } = facts;
  const article: Article = { text, paragraphs: [], sentences: [], words: [], quotes: [], midSentence: new Map() };
  const indexOf = new Map<number, number>();
  kept.forEach((p, index) => {
    indexOf.set(p.index, index);
    const { first, end } = paragraphSentences[p.index];
    const own = sentences.slice(first, end);
    const paragraph: ArticleParagraph = {
      start: p.start,
      end: p.end,
      headline: isHeadline(text, p, index, kept.length),
      from: article.sentences.length,
      to: 0,
    };
    const wanted = !read || read.has(index);
    let terms = wanted ? tagged.get(index) : [];
    if (!terms) {
      terms = taggedTerms(text, own);
      tagged.set(index, terms);
    }
    let next = 0;
    own.forEach((piece, k) => {
      const sentenceIndex = article.sentences.length;
      const from = article.words.length;
      while (next < terms.length && terms[next].offset.start < piece.end) {
        const t = terms[next++];
        const start = t.offset.start;
        article.words.push({
          start,
          end: start + t.offset.length,
          text: t.text,
          lower: t.text.toLowerCase(),
          tags: t.tags,
          sentence: sentenceIndex,
        });
      }
      if (article.words.length === from && !read) return;
      article.sentences.push({
        start: piece.start,
        end: piece.end,
        paragraph: index,
        numbers: claimsIn.get(first + k) ?? [],
        from,
        to: article.words.length,
      });
    });
    paragraph.to = article.sentences.length;
    article.paragraphs.push(paragraph);
  });
  for (const q of doc.quotes) {
    const paragraph = indexOf.get(q.paragraph);
    if (paragraph === undefined) continue;
    const innerEnd = q.closed ? q.end - 1 : q.end;
    article.quotes.push({
      start: q.start,
      end: q.end,
      paragraph,
      lastParagraph: indexOf.get(q.lastParagraph) ?? paragraph,
      innerStart: q.start + 1,
      innerEnd,
    });
  }
  article.midSentence = midSentenceCounts(article);
  return article;
}

/**
 * How often each word's text stands other than first in its sentence,
 * counted once per article: asking the whole article for each word made
 * reading it grow with its square.
 */
export function midSentenceCounts(article: Pick<Article, "words" | "sentences">): Map<string, number> {
  const counts = new Map<string, number>();
  article.words.forEach((o, i) => {
    if (article.sentences[o.sentence].from !== i) counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
  });
  return counts;
}

/** Reads a source article whole into paragraphs, sentences, tagged words and quotations. */
export function readArticle(text: string): Article {
  return articleOf(cutArticle(text));
}

/** The last quotation that ends at or before an offset and the first that starts after it. */
export function quotesAround(article: Article, offset: number): { previous?: Quotation; next?: Quotation } {
  const { quotes } = article;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const previous = quotes[lo - 1] && quotes[lo - 1].end <= offset ? quotes[lo - 1] : quotes[lo - 2];
  return { previous, next: quotes[lo] };
}

/** The index of the span (of spans in order, none overlapping) that holds an offset, or -1. */
function indexHolding(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The quotation that holds an offset, if any. */
export function quoteAt(article: Article, offset: number): Quotation | undefined {
  const at = indexHolding(article.quotes, offset);
  return at < 0 ? undefined : article.quotes[at];
}

/** The index of the sentence that holds an offset, or -1. */
export function sentenceAt(article: Article, offset: number): number {
  return indexHolding(article.sentences, offset);
}

/** The index of the paragraph that holds an offset, or -1. */
export function paragraphAt(article: Article, offset: number): number {
  return indexHolding(article.paragraphs, offset);
}

import type nlpType from "compromise";
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
}

let loaded: typeof nlpType | undefined;

/** compromise costs 200–300 ms to load: only a check with a source article pays it. */
function nlp(text: string): ReturnType<typeof nlpType> {
  loaded ??= require("compromise") as typeof nlpType;
  return loaded(text);
}

/** Words with their parts of speech, tagged in chunks of about 200 words: compromise slows down on long runs. */
function taggedTerms(text: string): Term[] {
  const terms: Term[] = [];
  const pieces = sentencePieces(text);
  for (let i = 0; i < pieces.length; ) {
    let j = i;
    let words = 0;
    while (j < pieces.length && (j === i || words < 200)) words += text.slice(pieces[j].start, pieces[j++].end).split(/\s+/).length;
    const start = pieces[i].start;
    const chunk = text.slice(start, pieces[j - 1].end);
    let at = 0;
    for (const s of nlp(chunk).json() as { terms: Omit<Term, "offset">[] }[]) {
      for (const t of s.terms) {
        const found = chunk.indexOf(t.text, at);
        if (found < 0) continue;
        terms.push({ ...t, offset: { start: start + found, length: t.text.length } });
        at = found + t.text.length;
      }
    }
    i = j;
  }
  return terms;
}

interface Term {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Lines that say who published the article rather than what happened: front matter, © and byline lines. */
const META_LINE = /^\s*(?:©|\(c\)|copyright\b|publication\s*:|by\s+[A-Z][^.!?]*$)/i;

function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  let body = 0;
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) body = front[0].length;
  const blank = /\n[ \t]*\r?\n/g;
  blank.lastIndex = body;
  let start = body;
  const push = (end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed && !META_LINE.test(trimmed)) spans.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

const OPENERS = new Set(["“", "‘"]);
const CLOSERS = new Set(["”", "’"]);
const ELISION = /^(?:n'|n’|\d0s|em\b|til\b|cause\b|tis\b|twas\b)/i;

/** Quotations in one paragraph. Single marks count only outside double ones and when they are not apostrophes. */
function quotesIn(text: string, para: Span, index: number): Quotation[] {
  const quotes: Quotation[] = [];
  let open: { at: number; mark: string } | undefined;
  for (let i = para.start; i < para.end; i++) {
    const c = text[i];
    const before = i > para.start ? text[i - 1] : " ";
    const after = i + 1 < para.end ? text[i + 1] : " ";
    const single = c === "'" || c === "‘" || c === "’";
    const isDouble = c === '"' || c === "“" || c === "”";
    if (!single && !isDouble) continue;
    if (open && (open.mark === "double") !== isDouble) continue;
    const canOpen = /[\s([{—–-]/.test(before) && /[^\s]/.test(after) && (c === '"' || c === "'" || OPENERS.has(c));
    const canClose = /[^\s]/.test(before) && /[\s.,;:!?)\]—–-]/.test(after) && (c === '"' || c === "'" || CLOSERS.has(c));
    if (!open) {
      if (canOpen && !(single && ELISION.test(text.slice(i + 1, i + 6)))) open = { at: i, mark: isDouble ? "double" : "single" };
    } else if (canClose) {
      quotes.push({ start: open.at, end: i + 1, paragraph: index, innerStart: open.at + 1, innerEnd: i });
      open = undefined;
    }
  }
  if (open && open.mark === "double") quotes.push({ start: open.at, end: para.end, paragraph: index, innerStart: open.at + 1, innerEnd: para.end });
  return quotes;
}

export const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|St|Av|Ave|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Prof|No|vs|etc|Inc|Corp|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m)|\b\p{L}|\.\.)\.$/u;

/** "St", "Gov", "U": a word that a period after it does not end a sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATION.test(` ${word}.`);
}

/** Sentences of one paragraph: a stop, then closing marks, then space and a capital, a digit or an opening mark. */
export function sentencePieces(text: string): Span[] {
  const pieces: Span[] = [];
  const end = /[.!?…]+["”’)\]]*(?=\s+["“‘'(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = m.index + m[0].length;
    if (/^\.$/.test(m[0]) && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (/^\.{3}|^…/.test(m[0]) && !/["”’]$/.test(m[0])) continue;
    pieces.push({ start, end: stop });
    start = stop + (/^\s+/.exec(text.slice(stop))?.[0].length ?? 0);
  }
  if (text.slice(start).trim()) pieces.push({ start, end: start + text.slice(start).trimEnd().length });
  return pieces;
}

function isHeadline(text: string, span: Span, index: number, count: number): boolean {
  const body = text.slice(span.start, span.end);
  return index === 0 && count > 1 && !body.includes("\n") && !/[.!?"”’]$/.test(body);
}

/** Reads a source article into paragraphs, sentences, tagged words and quotations. */
export function readArticle(text: string): Article {
  const article: Article = { text, paragraphs: [], sentences: [], words: [], quotes: [] };
  const spans = paragraphSpans(text);
  spans.forEach((span, index) => {
    const flat = text.slice(span.start, span.end).replace(/\r?\n/g, (m) => " ".repeat(m.length));
    const paragraph: ArticleParagraph = { ...span, headline: isHeadline(text, span, index, spans.length), from: article.sentences.length, to: 0 };
    const terms = taggedTerms(flat);
    let next = 0;
    for (const piece of sentencePieces(flat)) {
      const sentenceIndex = article.sentences.length;
      const from = article.words.length;
      while (next < terms.length && terms[next].offset.start < piece.end) {
        const t = terms[next++];
        const start = span.start + t.offset.start;
        article.words.push({ start, end: start + t.offset.length, text: t.text, lower: t.text.toLowerCase(), tags: new Set(t.tags), sentence: sentenceIndex });
      }
      if (article.words.length > from) article.sentences.push({ start: span.start + piece.start, end: span.start + piece.end, paragraph: index, from, to: article.words.length });
    }
    paragraph.to = article.sentences.length;
    article.paragraphs.push(paragraph);
    article.quotes.push(...quotesIn(text, span, index));
  });
  return article;
}

/** The quotation that holds an offset, if any. */
export function quoteAt(article: Article, offset: number): Quotation | undefined {
  return article.quotes.find((q) => q.start <= offset && offset < q.end);
}

/** The sentence that holds an offset, if any. */
export function sentenceAt(article: Article, offset: number): number {
  return article.sentences.findIndex((s) => s.start <= offset && offset < s.end);
}

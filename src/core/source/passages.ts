import { DraftLayout, sentenceHolding } from "../text/layout";
import { Claim, SourceArticle } from "../types";
import { AnalysedSource } from "./analysis";
import { articleOf, ArticleCut, cutArticle, quoteAt, TaggedParagraphs } from "./article";
import { matchNumber, matchQuote } from "./match";
import { mapSpeakers } from "./speakers";
import { sketchOf } from "./sketch";

/**
 * A long source article (a transcript, a report, a day of wire copy), read
 * by passage. Tagging words with compromise costs about 10 µs a character,
 * so a 2 MB article read whole takes 20 s; a draft quotes a few passages of
 * it. The article is cut whole (paragraphs, sentences, quotations, numbers:
 * what matching reads), and its words are tagged and its speakers mapped
 * only in its lead and around the passages a draft's claims match, with the
 * paragraphs before each that a pronoun or a description looks back to. A
 * passage read once stays read; the analysis grows with what drafts need.
 */
export interface DraftNeeds {
  layout: DraftLayout;
  claims: readonly Claim[];
}

/** An article longer than this (in characters) is read by passage; shorter ones are read whole. */
export const READ_WHOLE_UP_TO = 256 * 1024;
/** The lead read in every long article, in characters: where a story introduces its people. */
const LEAD = 8 * 1024;
/** Paragraphs read before a matched passage (whom its pronouns and descriptions mean) and after it (a cue that follows). */
const BEFORE = 12;
const AFTER = 1;

export class PassageReader {
  private readonly cut: ArticleCut;
  private readonly tagged: TaggedParagraphs = new Map();
  /** The paragraphs read, by index among the kept paragraphs. */
  private readonly read = new Set<number>();
  /** The claims whose passages have been looked for, by what their match reads. */
  private readonly sought = new Set<string>();
  private readonly publication: string | undefined;
  /** The article cut, no word tagged: what claims are matched against to find the passages to read. */
  private readonly skeleton: AnalysedSource;
  private current: AnalysedSource;

  constructor(private readonly source: SourceArticle) {
    this.cut = cutArticle(source.text);
    this.skeleton = sketchOf(source, this.cut);
    this.publication = this.skeleton.publication;
    this.skeleton.article.paragraphs.forEach((p, i) => {
      if (p.start < LEAD) this.read.add(i);
    });
    this.current = this.analyse();
  }

  /** The analysis of the article as far as read, read further first where the draft's claims need it. */
  analysisFor(draft: DraftNeeds | undefined): AnalysedSource {
    if (!draft) return this.current;
    const before = this.read.size;
    for (const claim of draft.claims) this.seek(draft.layout, claim);
    if (this.read.size !== before) this.current = this.analyse();
    return this.current;
  }

  private seek(layout: DraftLayout, claim: Claim): void {
    if (claim.kind === "quote") {
      const inner = claim.inner ?? claim.text.slice(1, -1);
      if (this.once(`q${inner}`)) this.readAround(matchQuote(inner, [this.skeleton]));
      return;
    }
    const sentence = sentenceHolding(layout, claim.start);
    const key = `n${claim.start - sentence.start}\u0000${claim.text}\u0000${layout.text.slice(sentence.start, sentence.end)}`;
    if (!this.once(key)) return;
    // Every passage the match weighs against the best one may decide it (two speakers, no match): all are read.
    const match = matchNumber(layout, claim, [this.skeleton], (p) => {
      this.readAround(p);
      return "";
    });
    this.readAround(match);
  }

  private once(key: string): boolean {
    if (this.sought.has(key)) return false;
    this.sought.add(key);
    return true;
  }

  private readAround(passage: { start: number; end: number } | undefined): void {
    if (!passage) return;
    const { article } = this.skeleton;
    let first = paragraphAt(this.skeleton, passage.start);
    let last = paragraphAt(this.skeleton, Math.max(passage.start, passage.end - 1));
    for (const q of [quoteAt(article, passage.start), quoteAt(article, passage.end - 1)]) {
      if (!q) continue;
      first = Math.min(first, q.paragraph);
      last = Math.max(last, q.lastParagraph);
    }
    const to = Math.min(article.paragraphs.length - 1, last + AFTER);
    for (let p = Math.max(0, first - BEFORE); p <= to; p++) this.read.add(p);
  }

  private analyse(): AnalysedSource {
    const article = articleOf(this.cut, this.read, this.tagged);
    // What matching worked out from the cut (its words, its numbers) holds for every reading of it.
    const derived = new Map([...this.skeleton.derived].filter(([key]) => key.startsWith("match.")));
    return { source: this.source, article, speakers: mapSpeakers(article), publication: this.publication, derived };
  }
}

/** The index of the kept paragraph that holds an offset, or the last one before it. */
function paragraphAt(source: AnalysedSource, offset: number): number {
  const { paragraphs } = source.article;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

import { SourceIndex } from "../source";
import { AnalysedSource } from "../source/analysis";
import { quoteAt, Quotation } from "../source/article";
import { matchQuote } from "../source/match";
import { Claim, Span } from "../types";
import { align, Alignment, reordered, spokenWords } from "./quoteAlignment";
import { FidelityWord, QuotedWords, quotedWords, wordsOf } from "./words";

/** A draft quotation held to the passage of the source article that holds it. */
export interface HeldQuote {
  source: AnalysedSource;
  /** The source quotation it comes from; none when the draft quotes the article's own words. */
  quotation?: Quotation;
  draft: QuotedWords;
  alignment: Alignment;
  /**
   * A short quotation held on fewer shared words than MIN_SHARED (`"angry,
   * but not shocked"` for `"angry, but not surprised"`): three words in
   * common could be chance, so it stands only where the draft credits the
   * speaker the source gives it to (findings.ts).
   */
  short?: boolean;
}

/** Share of the draft quotation's words the source passage must have, in order, to be the same quotation. */
const SAME_QUOTATION = 0.6;
const MIN_SHARED = 4;
/** A quotation this short may share SHORT_SHARED words with the source, where they differ in one stretch. */
const SHORT_QUOTE = 5;
const SHORT_SHARED = 3;

/** Where a quote claim's words sit between its marks (a quote left open has no closing mark). */
export function innerSpan(claim: Claim): Span {
  const closes = /["'\u201D\u2019\u00BB]$/.test(claim.text) && claim.text.length > 1;
  return { start: claim.start + 1, end: closes ? claim.end - 1 : claim.end };
}

/** The article's own sentences that hold a passage, for a draft quoting the article itself. */
function narration(source: AnalysedSource, passage: Span): FidelityWord[] {
  const held = source.article.sentences.filter((s) => s.end > passage.start && s.start < passage.end);
  const start = held.length ? held[0].start : passage.start;
  const end = held.length ? held[held.length - 1].end : passage.end;
  return wordsOf(source.article.text.slice(start, end), start);
}

/**
 * The source passage a draft quotation is (most of its words, in order),
 * found through the source index and lined up word by word; undefined when
 * no source holds it. What it finds depends on the quotation's words alone,
 * so the index keeps it by them, offsets from the words' start.
 */
export function holdQuote(text: string, claim: Claim, index: SourceIndex): HeldQuote | undefined {
  const inner = innerSpan(claim);
  const words = text.slice(inner.start, inner.end);
  const held = index.quoteHolds.remember(words, () => readQuote(words, index) ?? null);
  return held ? movedBy(held, inner.start) : undefined;
}

function readQuote(words: string, index: SourceIndex): HeldQuote | undefined {
  const passage = matchQuote(words, index.sources);
  if (!passage) return undefined;
  const draft = quotedWords(words);
  if (draft.words.length === 0) return undefined;
  const { source } = passage;
  const quotation = quoteAt(source.article, passage.anchor);
  const spoken = quotation ? spokenWords(source, quotation).words : narration(source, passage);
  // Sentences that each stand word for word, side by side, in another order are that, even when one of them
  // alone would be held: a plain line-up would read the other as added words.
  const alignment = reordered(draft, words, spoken, source.article.text) ?? lineUp(draft, spoken, source.article.text);
  if (!alignment) return undefined;
  const short = alignment.shared < Math.min(MIN_SHARED, draft.words.length);
  return { source, ...(quotation ? { quotation } : {}), draft, alignment, ...(short ? { short } : {}) };
}

/** The draft's words lined up with the source's, when they share enough to be the same quotation. */
function lineUp(draft: QuotedWords, spoken: FidelityWord[], text: string): Alignment | undefined {
  const aligned = align(draft, spoken, text);
  if (!aligned || aligned.shared < SAME_QUOTATION * draft.words.length) return undefined;
  if (aligned.shared >= Math.min(MIN_SHARED, draft.words.length)) return aligned;
  const short = draft.words.length <= SHORT_QUOTE && aligned.shared >= SHORT_SHARED && aligned.differences.length === 1;
  return short ? aligned : undefined;
}

/** A held quotation with its draft words `by` characters on; the source's stay where they are. */
function movedBy(held: HeldQuote, by: number): HeldQuote {
  const move = (w: FidelityWord): FidelityWord => ({ ...w, start: w.start + by, end: w.end + by });
  return {
    ...held,
    draft: { words: held.draft.words.map(move), gaps: held.draft.gaps },
    alignment: {
      ...held.alignment,
      differences: held.alignment.differences.map((d) => ({ ...d, draft: d.draft.map(move) })),
    },
  };
}

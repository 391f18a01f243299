import { QuoteSpan } from "../claims/quotes";
import { DraftFacts, sentenceAt, strongest as best } from "../facts";
import type { NumberScope } from "../options";
import { Attribution, AttributionRule } from "../types";
import { PERSON_PRONOUNS } from "../policy/pronouns";
import { Cue } from "./detect";

function toAttribution(cue: Cue, rule: AttributionRule): Attribution {
  return {
    start: cue.start,
    end: cue.end,
    cue: cue.cue,
    source: cue.source,
    rule,
    ...(cue.weak ? { weak: cue.weak } : {}),
  };
}

/** Cues that credit a figure with a preposition (`$3.4 million, according to the department`). */
const CREDIT_PREPOSITIONS = new Set(["according to", "per", "citing", "cited by"]);

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * The speech cues of a sentence that attribute words to a speaker (rule
 * 2.1.3): `according to the department` after a figure, in a sentence with
 * no quotation, credits the figure and puts no words in anyone's mouth.
 */
function wordsCues(facts: DraftFacts, sentence: number): Cue[] {
  const { start, end } = facts.sentences[sentence];
  const creditsFigure =
    facts.numbers.some((n) => n.sentence === sentence) && !facts.doc.quotes.some((q) => q.start < end && start < q.end);
  return facts.cues[sentence].filter((c) => c.speech && !(creditsFigure && CREDIT_PREPOSITIONS.has(c.cue)));
}

/**
 * Rule 2.1.3: a quote-only paragraph is attributed when the paragraph before
 * it ends with an introducing colon or attributes words to a speaker
 * anywhere in it (v1.2: not only in its last sentence).
 */
function leadIn(facts: DraftFacts, paragraph: number): Attribution | undefined {
  let previous = facts.doc.paragraphs[paragraph - 1];
  // A run of quote-only paragraphs (bullets after "The memo's key messages include:") continues one lead-in.
  while (
    previous &&
    facts.quoteOnly[previous.index] &&
    !facts.paragraphBest[previous.index].speech &&
    !facts.dashes[previous.index]
  )
    previous = facts.doc.paragraphs[previous.index - 1];
  if (!previous) return undefined;
  // "— Dana Ruiz (@druiz) March 3, 2025", an embedded post's credit line, attributes words to a speaker too.
  const credit = dashParagraph(facts, previous.index);
  if (credit) return { ...credit, rule: "continuing-speaker" };
  const { first, end } = facts.paragraphSentences[previous.index];
  const last = end > first ? best(wordsCues(facts, end - 1)) : undefined;
  const cue = last ?? best(range(first, end).flatMap((s) => wordsCues(facts, s)));
  if (facts.doc.masked.slice(previous.start, previous.end).trimEnd().endsWith(":")) {
    return cue
      ? toAttribution(cue, "colon-lead-in")
      : { start: previous.end - 1, end: previous.end, cue: ":", source: "", rule: "colon-lead-in" };
  }
  // A headline-like line ("Storm notes") introduces nobody: the speaker's paragraph ends a sentence.
  const ended = /[.!?\u2026"'\u201D\u2019)]$/.test(facts.doc.masked.slice(previous.start, previous.end).trimEnd());
  return cue && ended ? toAttribution(cue, "continuing-speaker") : undefined;
}

const DASH_LINE = /^(?:\u2014|\u2013|--)\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*)/u;

/**
 * A paragraph that opens with a dash and a name (`— Dana Ruiz, a volunteer`)
 * credits the quote-only paragraph right before it, as a dash after the
 * quote in its own paragraph would.
 */
function dashParagraph(facts: DraftFacts, paragraph: number): Attribution | undefined {
  const p = facts.doc.paragraphs[paragraph];
  if (!p) return undefined;
  const m = DASH_LINE.exec(facts.doc.masked.slice(p.start, Math.min(p.end, p.start + 200)));
  if (!m) return undefined;
  const start = p.start + m[0].length - m[1].length;
  return { start, end: start + m[1].length, cue: "—", source: m[1], rule: "after-quote" };
}

/**
 * A paragraph that opens by pointing back at the words before it and names
 * who said them (`That was how Ruiz put it.`, `That is the view voiced by
 * the union.`) credits the quote-only paragraph right before it.
 */
function creditAfter(facts: DraftFacts, paragraph: number): Attribution | undefined {
  const sentences = facts.paragraphSentences[paragraph];
  if (!sentences || sentences.end <= sentences.first) return undefined;
  const cue = best(facts.cues[sentences.first].filter((c) => c.looksBack));
  return cue ? toAttribution(cue, "after-quote") : undefined;
}

/**
 * Narration in a quote's paragraph that names nobody new keeps the paragraph
 * the previous speaker's for rule 2.1.3: an action beat whose subject is a
 * pronoun (`She pulls a face.`). A lead-in that ends in a colon with no cue
 * (`Regarding the budget:`) introduces nobody.
 */
function onlyBeats(facts: DraftFacts, paragraph: number): boolean {
  const { first, end } = facts.paragraphSentences[paragraph];
  if (facts.doc.quotesByParagraph[paragraph].length === 0) return false;
  for (let s = first; s < end; s++) {
    if (facts.cues[s].length > 0) return false;
    const { start, end: stop } = facts.sentences[s];
    const from = facts.doc.paragraphs[paragraph].start;
    const narration = facts.doc.frames[paragraph]
      .slice(start - from, stop - from)
      .replace(/["'\u201C\u201D\u2018\u2019]\s*["'\u201C\u201D\u2018\u2019]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!/[\p{L}\p{N}]/u.test(narration)) continue;
    // A capital after the first word names someone (or something) new.
    if (/\s\p{Lu}/u.test(narration)) return false;
    const subject = /^(\p{Lu}\p{Ll}*)\s[^:;]*[.!]$/u.exec(narration)?.[1];
    if (subject === undefined || !PERSON_PRONOUNS.has(subject.toLowerCase())) return false;
  }
  return true;
}

/** Whether a cue covers a quote of its sentence: any cue but one that credits only the quotation right after it. */
function apposes(cue: Cue, quote: QuoteSpan): boolean {
  return !cue.quotation || (quote.start >= cue.end && quote.start - cue.end <= 3);
}

/** Policy 2.1: how a quote is attributed, or undefined when it is not. */
export function attributeQuote(facts: DraftFacts, quote: QuoteSpan): Attribution | undefined {
  const sentenceCues: Cue[] = [];
  for (
    let s = sentenceAt(facts, quote.start);
    s < facts.sentences.length && facts.sentences[s].start < quote.end;
    s++
  ) {
    if (quote.start < facts.sentences[s].end) sentenceCues.push(...facts.cues[s].filter((c) => apposes(c, quote)));
  }
  const speechInParagraphs: Cue[] = [];
  for (let p = quote.paragraph; p <= quote.lastParagraph; p++) {
    const speech = facts.paragraphBest[p].speech;
    if (speech) speechInParagraphs.push(speech);
    const dash = facts.dashes[p];
    if (dash) speechInParagraphs.push(dash);
  }
  const inSentence = best(sentenceCues);
  if (inSentence && !inSentence.weak) return toAttribution(inSentence, "sentence");
  const inParagraph = best(speechInParagraphs);
  if (inParagraph && !inParagraph.weak)
    return toAttribution(inParagraph, inParagraph.cue === "—" ? "after-quote" : "paragraph");
  const continues = facts.quoteOnly[quote.paragraph] || onlyBeats(facts, quote.paragraph);
  const endsQuoted = facts.quoteOnly[quote.lastParagraph] || onlyBeats(facts, quote.lastParagraph);
  // The paragraph after names the speaker, where the one before only suggests one.
  const pointedBack = endsQuoted ? creditAfter(facts, quote.lastParagraph + 1) : undefined;
  if (pointedBack && !pointedBack.weak) return pointedBack;
  const before = continues ? leadIn(facts, quote.paragraph) : undefined;
  const dashAfter = facts.quoteOnly[quote.lastParagraph] ? dashParagraph(facts, quote.lastParagraph + 1) : undefined;
  // A credit line right after the quote names its speaker before one that closed the quote above it.
  if (before && !before.weak && !(dashAfter && before.cue === "—")) return before;
  if (dashAfter) return dashAfter;
  if (inSentence) return toAttribution(inSentence, "sentence");
  if (inParagraph) return toAttribution(inParagraph, "paragraph");
  return before;
}

/** Policy 2.2: a number is attributed by a cue in its sentence (or paragraph, when the scope is widened). */
export function attributeNumber(facts: DraftFacts, sentence: number, scope: NumberScope): Attribution | undefined {
  // A cue that credits only the quotation after it (`Okafor's first pitch, "…"`) credits no figure.
  const cue =
    scope === "paragraph"
      ? facts.paragraphBest[facts.sentences[sentence].paragraph].figure
      : best(facts.cues[sentence].filter((c) => !c.quotation));
  return cue ? toAttribution(cue, scope) : undefined;
}

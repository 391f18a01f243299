import { QuoteSpan } from "../claims/quotes";
import { DraftFacts, sentenceAt, strongest as best } from "../facts";
import type { NumberScope } from "../options";
import { Attribution, AttributionRule } from "../types";
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

/**
 * Rule 2.1.3: a quote-only paragraph is attributed when the paragraph before
 * it ends with an introducing colon or attributes words to a speaker
 * anywhere in it (v1.2: not only in its last sentence).
 */
function leadIn(facts: DraftFacts, paragraph: number): Attribution | undefined {
  const previous = facts.doc.paragraphs[paragraph - 1];
  if (!previous) return undefined;
  const { first, end } = facts.paragraphSentences[previous.index];
  const last = end > first ? best(facts.cues[end - 1].filter((c) => c.speech)) : undefined;
  const cue = last ?? facts.paragraphBest[previous.index].speech;
  if (facts.doc.masked.slice(previous.start, previous.end).trimEnd().endsWith(":")) {
    return cue
      ? toAttribution(cue, "colon-lead-in")
      : { start: previous.end - 1, end: previous.end, cue: ":", source: "", rule: "colon-lead-in" };
  }
  // A headline-like line ("Storm notes") introduces nobody: the speaker's paragraph ends a sentence.
  const ended = /[.!?\u2026"'\u201D\u2019)]$/.test(facts.doc.masked.slice(previous.start, previous.end).trimEnd());
  return cue && ended ? toAttribution(cue, "continuing-speaker") : undefined;
}

/** Policy 2.1: how a quote is attributed, or undefined when it is not. */
export function attributeQuote(facts: DraftFacts, quote: QuoteSpan): Attribution | undefined {
  const sentenceCues: Cue[] = [];
  for (
    let s = sentenceAt(facts, quote.start);
    s < facts.sentences.length && facts.sentences[s].start < quote.end;
    s++
  ) {
    if (quote.start < facts.sentences[s].end) sentenceCues.push(...facts.cues[s]);
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
  const before = facts.quoteOnly[quote.paragraph] ? leadIn(facts, quote.paragraph) : undefined;
  if (before && !before.weak) return before;
  if (inSentence) return toAttribution(inSentence, "sentence");
  if (inParagraph) return toAttribution(inParagraph, "paragraph");
  return before;
}

/** Policy 2.2: a number is attributed by a cue in its sentence (or paragraph, when the scope is widened). */
export function attributeNumber(facts: DraftFacts, sentence: number, scope: NumberScope): Attribution | undefined {
  const cue =
    scope === "paragraph" ? facts.paragraphBest[facts.sentences[sentence].paragraph].any : best(facts.cues[sentence]);
  return cue ? toAttribution(cue, scope) : undefined;
}

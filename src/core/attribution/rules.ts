import { QuoteSpan } from "../claims/quotes";
import { Paragraph } from "../text/paragraphs";
import { Segmented } from "../text/segment";
import { Attribution, AttributionRule, NumberScope } from "../types";
import { Cue } from "./detect";

/** Cues found in a draft, indexed by sentence and paragraph. */
export interface CueIndex {
  bySentence: Cue[][];
  byParagraph: Cue[][];
  /** Dash attributions closing a paragraph (`— Geoffrey Starks`). */
  dashByParagraph: (Cue | undefined)[];
}

function toAttribution(cue: Cue, rule: AttributionRule): Attribution {
  return { start: cue.start, end: cue.end, cue: cue.cue, source: cue.source, rule, ...(cue.weak ? { weak: cue.weak } : {}) };
}

/** Strong cues win over weak ones: `according to an agency spokesperson` beats a nearby `reportedly`. */
function best(cues: Cue[]): Cue | undefined {
  return cues.find((c) => !c.weak) ?? cues[0];
}

function paragraphIsOnlyQuote(doc: Segmented, p: Paragraph): boolean {
  return !/[\p{L}\p{N}]/u.test(doc.frame.slice(p.start, p.end));
}

/**
 * Rule 2.1.3: a quote-only paragraph is attributed when the paragraph before
 * it ends with an introducing colon or its last sentence attributes words to a speaker.
 */
function leadIn(doc: Segmented, cues: CueIndex, paragraph: number): Attribution | undefined {
  const previous = doc.paragraphs[paragraph - 1];
  if (!previous) return undefined;
  const last = doc.sentences.filter((s) => s.paragraph === previous.index).pop();
  const speech = last ? cues.bySentence[last.index].filter((c) => c.speech) : [];
  const cue = best(speech);
  if (doc.masked.slice(previous.start, previous.end).trimEnd().endsWith(":")) {
    return cue ? toAttribution(cue, "colon-lead-in") : { start: previous.end - 1, end: previous.end, cue: ":", source: "", rule: "colon-lead-in" };
  }
  return cue ? toAttribution(cue, "continuing-speaker") : undefined;
}

/** Policy 2.1: how a quote is attributed, or undefined when it is not. */
export function attributeQuote(doc: Segmented, cues: CueIndex, quote: QuoteSpan): Attribution | undefined {
  const sentenceCues = doc.sentences
    .filter((s) => s.start < quote.end && quote.start < s.end)
    .flatMap((s) => cues.bySentence[s.index]);
  const inSentence = best(sentenceCues);
  if (inSentence && !inSentence.weak) return toAttribution(inSentence, "sentence");
  const paragraphCues: Cue[] = [];
  for (let p = quote.paragraph; p <= quote.lastParagraph; p++) {
    paragraphCues.push(...cues.byParagraph[p].filter((c) => c.speech));
    const dash = cues.dashByParagraph[p];
    if (dash) paragraphCues.push(dash);
  }
  const inParagraph = best(paragraphCues);
  if (inParagraph && !inParagraph.weak) return toAttribution(inParagraph, inParagraph.cue === "—" ? "after-quote" : "paragraph");
  const first = doc.paragraphs[quote.paragraph];
  const before = paragraphIsOnlyQuote(doc, first) ? leadIn(doc, cues, quote.paragraph) : undefined;
  if (before && !before.weak) return before;
  if (inSentence) return toAttribution(inSentence, "sentence");
  if (inParagraph) return toAttribution(inParagraph, "paragraph");
  return before;
}

/** Policy 2.2: a number is attributed by a cue in its sentence (or paragraph, when the scope is widened). */
export function attributeNumber(cues: CueIndex, sentence: number, paragraph: number, scope: NumberScope): Attribution | undefined {
  const pool = scope === "paragraph" ? cues.byParagraph[paragraph] : cues.bySentence[sentence];
  const cue = best(pool);
  return cue ? toAttribution(cue, scope) : undefined;
}

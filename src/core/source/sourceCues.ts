import {
  EVIDENTIAL_VERBS,
  FRAMED_VERBS,
  isNounAfterDeterminer,
  isNounUse,
  isParticipleAfterComma,
  NOUN_MAKING_PREPOSITIONS,
  reportsByInfinitive,
  SPEECH_VERBS,
} from "../attribution/cues";
import { isLabel } from "../claims/quotes";
import { AUXILIARIES } from "../policy/auxiliaries";
import { CONTINUING_VERBS } from "../policy/continuingVerbs";
import { Article, quoteAt, quotesAround } from "./article";
import { DETERMINERS, PASSIVE_AUX, POSSESSIVES } from "./clauses";
import { gapBetween } from "./names";

/**
 * Whether a sentence holds quoted words, which make a framed verb in it report
 * speech ("called the fire “a gut punch”", "described as “…”"); a label
 * (`posted “out of gas” signs`) does not.
 */
function quotedIn(article: Article, sentence: number): boolean {
  const { start, end } = article.sentences[sentence];
  for (let q = quotesAround(article, start - 1).next; q && q.start < end; q = quotesAround(article, q.start).next) {
    if (!isLabel(article.text, q.end, article.text.slice(q.innerStart, q.innerEnd))) return true;
  }
  return false;
}

/** Whether a quotation opens or closes between two words, whatever its marks ('…,' says Margaret Doyle). */
export function quoteBetween(article: Article, a: number, b: number): boolean {
  if (/[“”"]/.test(gapBetween(article, a, b))) return true;
  const words = article.words;
  return quoteAt(article, words[a].start) !== quoteAt(article, words[b].start);
}

/** Whether word i of a source article is a cue that hands words on: "said", "wrote", "according to". */
export function isCue(article: Article, i: number): boolean {
  const w = article.words[i];
  if (quoteAt(article, w.start)) return false;
  if (w.lower === "according") return article.words[i + 1]?.lower === "to";
  if (!SPEECH_VERBS.has(w.lower) && !EVIDENTIAL_VERBS.has(w.lower) && !CONTINUING_VERBS.has(w.lower)) return false;
  // The word before a cue that closes a quotation ('…it never will be,' says Doyle) is the speaker's, not the cue's.
  const afterQuote = i > 0 && quoteBetween(article, i - 1, i);
  const prev = afterQuote ? undefined : article.words[i - 1];
  // "in their remarks", "the association's suggested 7.5% hike": a noun or an adjective, not a cue.
  const modifies =
    prev &&
    (DETERMINERS.has(prev.lower) ||
      POSSESSIVES.has(prev.lower) ||
      /['’]s$/.test(prev.lower) ||
      NOUN_MAKING_PREPOSITIONS.has(prev.lower));
  if (prev && prev.sentence === w.sentence && (PASSIVE_AUX.has(prev.lower) || modifies)) return false;
  if (w.lower === "said" || w.lower === "says") return !(prev && prev.sentence === w.sentence && prev.lower === "that");
  const next = article.words[i + 1];
  if (next && next.sentence === w.sentence && isNounUse(w.lower, next.lower)) return false;
  if (isNounAfterDeterminer(w.lower, prev?.lower, i > 1 ? article.words[i - 2].lower : undefined)) return false;
  // "Halden's restructuring plan, announced in March, will close …": a passive participle describing the noun before it.
  if (prev && /,\s*$/.test(gapBetween(article, i - 1, i)) && isParticipleAfterComma(w.lower, next?.lower)) return false;
  const framed =
    next?.lower === "that" ||
    (next && /:/.test(gapBetween(article, i, i + 1))) ||
    quotedIn(article, w.sentence) ||
    afterQuote ||
    reportsByInfinitive(w.lower, next?.lower);
  // "told analysts on a conference call. "…"": a framed verb the tagger reads as a noun is the noun.
  if (FRAMED_VERBS.has(w.lower)) return !!framed && !(w.tags.has("Noun") && !w.tags.has("Verb"));
  // "property records show": the tagger may take the verb for a noun when the noun before it looks like a verb.
  const afterNounUse = prev?.sentence === w.sentence && isNounUse(prev.lower, w.lower);
  return !!framed || w.tags.has("Verb") || afterNounUse;
}

/**
 * Whether a cue asks rather than reports: in a question, a subject that is
 * the one asked (`What did you tell the minister?`) or that an auxiliary
 * inverts (`Did he say he would help?`) speaks no statement of the article.
 */
export function asksAboutSpeech(article: Article, cue: number, subject: { from: number; to: number }): boolean {
  const { words } = article;
  const sentence = words[cue].sentence;
  // The question mark may close the question inside a longer sentence: `Why did you say “…”? a reporter asked.`
  if (!article.text.slice(words[cue].end, article.sentences[sentence].end).includes("?")) return false;
  const before = words[subject.from - 1];
  const inverted = before?.sentence === sentence && AUXILIARIES.has(before.lower);
  return inverted || words.slice(subject.from, subject.to).some((w) => w.lower === "you" || AUXILIARIES.has(w.lower));
}

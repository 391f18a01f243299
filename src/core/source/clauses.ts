import { Article, Word } from "./article";
import { gapBetween, isCapitalised } from "./names";

/**
 * What marks the edges of phrases and clauses in a source sentence: the
 * function words that open or close them, punctuation between two words, a
 * finite verb.
 */
export const PASSIVE_AUX = new Set([
  "is",
  "was",
  "were",
  "been",
  "be",
  "being",
  "are",
  "to",
  "would",
  "will",
  "could",
  "may",
  "might",
]);
/** Words that open a clause, never a time or place element ("said after the vote" is one; "said that …" is not). */
export const CONJUNCTIONS = new Set([
  "that",
  "and",
  "but",
  "while",
  "because",
  "as",
  "when",
  "if",
  "so",
  "though",
  "although",
  "where",
  "whether",
]);
/** Where a subject phrase stops: a conjunction, or a word that is one here ("after", "before", "since") or a speech verb. */
export const CLAUSE_BOUNDARY = new Set([...CONJUNCTIONS, "after", "before", "since", "said", "says"]);
export const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
export const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);
export const RELATIVES = new Set(["who", "whom", "which"]);
export const DETERMINERS = new Set(["a", "an", "the"]);
export const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "after",
  "during",
  "for",
  "with",
  "from",
  "under",
  "over",
  "since",
  "by",
  "among",
  "across",
  "before",
  "regarding",
  "despite",
  "amid",
]);
/** Words between a subject and its verb: "Zapatero then claimed", "the minister has said". */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  "also",
  "then",
  "now",
  "today",
  "yesterday",
  "tonight",
  "later",
  "initially",
  "previously",
  "recently",
  "earlier",
  "further",
  "again",
  "once",
  "however",
  "separately",
  "had",
  "has",
  "have",
]);

export const hasPunct = (gap: string) => /[,;:“”"()—–]|--/.test(gap);

export const sentenceWords = (article: Article, s: number) => ({
  from: article.sentences[s].from,
  to: article.sentences[s].to,
});

/** Where the clause ending at word j starts: after punctuation or a word that opens a clause ("NASA and ESA" stays whole). */
export function clauseStart(article: Article, j: number, sentenceFrom: number): number {
  const words = article.words;
  let i = j;
  while (i > sentenceFrom) {
    if (hasPunct(gapBetween(article, i - 1, i))) break;
    // "NASA and ESA", "UAW Local 909 leaders and workers": "and" joining two names or two nouns.
    const nounLike = (w: Word) =>
      isCapitalised(w) || (w.tags.has("Noun") && !w.tags.has("Verb") && !w.tags.has("Pronoun"));
    const joinsNames =
      words[i - 1].lower === "and" && i - 2 >= sentenceFrom && nounLike(words[i - 2]) && nounLike(words[i]);
    if (CLAUSE_BOUNDARY.has(words[i - 1].lower) && !joinsNames) break;
    i--;
  }
  return i;
}

/** A verb that makes a stretch of words a clause rather than a noun phrase ("choked-up", "compiled" and the tagger's "Harbour" do not). */
export const isFiniteVerb = (w: Word): boolean =>
  w.tags.has("Verb") &&
  !w.tags.has("Participle") &&
  !w.tags.has("PastTense") &&
  !w.tags.has("Gerund") &&
  !w.tags.has("Hyphenated") &&
  !isCapitalised(w);

/**
 * Whether the last word of a stretch is the head noun of a phrase its
 * determiner opens ("the science directorate,"), whatever the tagger says:
 * nothing but nouns and adjectives stand between them.
 */
export function endsNounPhrase(article: Article, from: number, to: number): boolean {
  for (let i = to - 2; i >= from; i--) {
    const w = article.words[i];
    if (DETERMINERS.has(w.lower) || POSSESSIVES.has(w.lower)) return true;
    if (!(w.tags.has("Noun") || w.tags.has("Adjective")) || isFiniteVerb(w)) return false;
  }
  return false;
}

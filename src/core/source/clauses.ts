import { PASSIVE_AUXILIARIES as PASSIVE_AUX } from "../policy/auxiliaries";
import { CLAUSE_BOUNDARIES as CLAUSE_BOUNDARY, CLAUSE_OPENERS as CONJUNCTIONS } from "../policy/conjunctions";
import { DETERMINERS } from "../policy/determiners";
import { PHRASE_PREPOSITIONS as PREPOSITIONS } from "../policy/prepositions";
import { POSSESSIVES, RELATIVES, SUBJECT_PRONOUNS as PRONOUNS } from "../policy/pronouns";
import { BETWEEN_SUBJECT_AND_VERB } from "../policy/subjectVerbGap";
import { Article, Word } from "./article";
import { gapBetween, isCapitalised } from "./names";

/**
 * What marks the edges of phrases and clauses in a source sentence: the
 * function words that open or close them, punctuation between two words, a
 * finite verb. The word lists are the policy's (src/core/policy/).
 */
export {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_BOUNDARY,
  CONJUNCTIONS,
  DETERMINERS,
  PASSIVE_AUX,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  RELATIVES,
};

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

import {
  BELIEF_FORMS,
  EVIDENTIAL_FORMS,
  FRAMED_FORMS,
  formsOfLemma,
  OPEN_CLASS_VERBS,
  SPEECH_FORMS,
} from "../policy/communicationVerbs";
import { BE_FORMS } from "../policy/auxiliaries";
import { PHRASE_OPENERS } from "../policy/determiners";
import { PARTICIPLE_PHRASE_OPENERS } from "../policy/whenPhrases";
import { NAMING_VERBS } from "../policy/framingVerbs";
import { NOUN_MAKING_PREPOSITIONS } from "../policy/prepositions";
import { REPORT_NOUNS } from "../policy/reportNouns";
import { SOURCE_NOUNS, SOURCE_PRONOUNS } from "../policy/sourceNouns";
import { NOUN_BASE_FORMS, NOUN_LIKE_VERBS } from "../policy/verbNouns";
import { ANONYMOUS, WEASEL } from "../policy/weakSources";

/**
 * The cue grammar of policy section 2 over the policy's word lists
 * (src/core/policy/): which verb forms are cues in which frames, and when a
 * word that could be a report verb is the noun.
 */

/**
 * Verbs that also have non-speech senses (`added 300 jobs`, `called it off`,
 * `showed up`): they are cues only in a speech frame (next to a quote, before
 * `that` or a colon, or in an inverted tag) or with a source subject for data.
 * WordNet's open class of communication verbs is read the same way.
 */
export const FRAMED_VERBS = new Set([...FRAMED_FORMS, ...OPEN_CLASS_VERBS]);

/** Verbs of data frames: they attribute only with a data subject (`the report found`, `figures show`). */
export const EVIDENTIAL_VERBS = new Set([
  ...EVIDENTIAL_FORMS,
  ...formsOfLemma("report"),
  ...formsOfLemma("disclose"),
  ...formsOfLemma("estimate"),
  ...formsOfLemma("suggest"),
  "say",
  "says",
  "said",
]);

/** Verbs that take a subject far away only when unambiguous: `said`, never `estimates` (also a noun). */
export const LONG_REACH_VERBS = new Set([...formsOfLemma("say"), ...formsOfLemma("tell"), ...formsOfLemma("write")]);

/** Opinion verbs: cues only for weasel sources (`experts believe`). */
export const BELIEF_VERBS = new Set(BELIEF_FORMS);

export const SPEECH_VERBS = new Set([...SPEECH_FORMS, ...FRAMED_VERBS]);

/**
 * A past participle followed by when or by whom, between commas after a noun
 * (`the plan, announced in March, will …`), describes the noun: no cue.
 */
export function isParticipleAfterComma(lower: string, nextLower: string | undefined): boolean {
  return /ed$/.test(lower) && PARTICIPLE_PHRASE_OPENERS.has(nextLower ?? "");
}

/** Whether a base-form report verb heads a noun phrase: `the report`, `the McLaren report`, `a police report`. */
export function isNounAfterDeterminer(
  lower: string,
  prevLower: string | undefined,
  beforePrevLower: string | undefined,
): boolean {
  if (!NOUN_BASE_FORMS.has(lower)) return false;
  // "the twins claim": a plural noun before it makes it the verb.
  return (
    PHRASE_OPENERS.has(prevLower ?? "") || (PHRASE_OPENERS.has(beforePrevLower ?? "") && !/s$/.test(prevLower ?? ""))
  );
}

export { NAMING_VERBS, NOUN_MAKING_PREPOSITIONS };

/** `claim to have spent`: a claim verb before an infinitive reports what its subject says. */
export function reportsByInfinitive(lower: string, nextLower: string | undefined): boolean {
  return nextLower === "to" && formsOfLemma("claim").includes(lower);
}

/**
 * Whether a verb that is also a noun is the noun here, from the word after
 * it: `of` (`international estimates of infection rates`) or a verb (`early
 * reports said`, `property records show`). `Reuters reports that …` is the verb.
 */
export function isNounUse(lower: string, nextLower: string): boolean {
  if (!NOUN_LIKE_VERBS.has(lower)) return false;
  return (
    nextLower === "of" || SPEECH_VERBS.has(nextLower) || EVIDENTIAL_VERBS.has(nextLower) || BE_FORMS.has(nextLower)
  );
}

/** Nouns that make a subject a data source: `a report found`, `census data show`. */
export const EVIDENTIAL_NOUNS = REPORT_NOUNS;
export const PRONOUNS = SOURCE_PRONOUNS;
export { SOURCE_NOUNS };

export { ANONYMOUS, WEASEL };

export function isCueVerb(word: string): boolean {
  return SPEECH_VERBS.has(word) || EVIDENTIAL_VERBS.has(word) || BELIEF_VERBS.has(word);
}

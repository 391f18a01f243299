import { POSSESSIVES } from "./pronouns";

/**
 * Determiners (English grammar's closed class: articles, demonstratives,
 * possessives, quantifiers), which open a noun phrase: after one, a word that
 * could be a report verb is the noun (`the report`, `a police report`).
 */

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** The demonstratives. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "that", "these", "those"]);

/** Determiners, which open a subject phrase in a draft and in a source article (`several officials`, `those residents`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ..."another one two three four several some many".split(" "),
  ...POSSESSIVES,
]);

/** Words that open a noun phrase whose head may be a report verb's base form (`this post`, `her comment`, `no official record`). */
export const PHRASE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, "this", "that", "no", ...POSSESSIVES]);

import { DEMONSTRATIVES } from "./determiners";

/**
 * How a sentence points back at the words before it to credit them (`That
 * was how Ruiz put it.`, `Such is the view voiced by the union.`): English
 * grammar's demonstratives as its subject, and the words after `be` that
 * make it no credit at all (`That is why the mayor said no.`, `That is not
 * what Ruiz said.`): a reason, a time or place, a negation.
 */

/** Subjects that point back: the demonstratives and `such`. */
export const POINTING_SUBJECTS: ReadonlySet<string> = new Set([...DEMONSTRATIVES, "such"]);

/** Words after `That is` that give a reason, a time, a place or a denial instead of a credit. */
export const NOT_A_CREDIT: ReadonlySet<string> = new Set("why because when where not never".split(" "));

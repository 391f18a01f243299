/** Personal, possessive and relative pronouns (English grammar's closed classes). */

/** Subject pronouns that start a clause (`he said`, `they wrote`). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "we", "i"]);

/** Object pronouns (`allowed him to say`). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "us", "me"]);

/** Possessive determiners (`his account`, `their report`). */
export const POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** Relative pronouns that open a clause about the noun before them (`the mayor, who said …`). */
export const RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "which"]);

/** Words that open a relative clause about the noun before them, `that` with them (`a survey which records …`). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...RELATIVES, "that"]);

/** Third-person pronouns for people, the subject of an action beat (`She shakes her head.`). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they"]);

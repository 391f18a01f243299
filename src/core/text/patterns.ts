/**
 * Patterns asked of every character, token, word or claim of a draft, made
 * once here. A pattern literal is a new RegExp each time it is evaluated,
 * so one written inside a function on those paths is made thousands of
 * times a check; a module keeps its own such patterns at module level for
 * the same reason. `SPACES` is global: use it with `replace` or `match`
 * only, which start from the beginning every time.
 */
export const CAPITAL_START = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;
export const LETTER_START = /^\p{L}/u;
export const CAPITAL = /\p{Lu}/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
export const DIGIT = /\d/;
export const SPACE = /\s/;
export const SPACES = /\s+/g;
export const CURRENCY_START = /^[$€£¥]/;
export const SENTENCE_END = /[.!?]/;

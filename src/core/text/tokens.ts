export type TokenKind = "word" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
}

/**
 * Words (with inner apostrophes, hyphens and dots: `Ukraine's`, `two-thirds`,
 * `U.S.`), numbers (with currency, grouping, decimals, `%` and hyphenated
 * suffixes: `$1.2`, `60,000`, `18-month`, `'90s`) and single punctuation marks.
 */
const TOKEN =
  /(?:[$€£¥]\s?)?\d+(?:[,\u00A0\u202F\u2009]\d{3})*(?:[.:]\d+)*(?:%|(?:st|nd|rd|th|s)\b)?(?:[-\u2011][\p{L}\p{N}]+)*|['\u2019]\d0s\b|\p{L}[\p{L}\p{N}]*(?:[.\-\u2011'\u2019_+][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (;;) {
    const m = TOKEN.exec(text);
    if (!m || m.index >= to) break;
    const end = Math.min(m.index + m[0].length, to);
    const raw = text.slice(m.index, end);
    const kind: TokenKind = /^(?:[$€£¥]|\d|['\u2019]\d)/.test(raw) ? "number" : /^\p{L}/u.test(raw) ? "word" : "punct";
    tokens.push({ kind, start: m.index, end, text: raw, lower: raw.toLowerCase() });
  }
  return tokens;
}

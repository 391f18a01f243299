import { LETTER_START, SPACE } from "./patterns";

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
  /(?:[$€£¥]\s?)?\d+(?:[,\u00A0\u202F\u2009]\d{3})*(?:[.:]\d+)*(?:%|(?:st|nd|rd|th|s)\b)?(?:[-\u2011][\p{L}\p{N}]+)*|['\u2019]\d0s\b|\p{L}[\p{L}\p{N}]*(?:[.\-\u2011'\u2019_+][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/uy;

// Made once at module level, as text/patterns.ts says why.
const NUMBER_START = /^(?:[$€£¥]|\d|['\u2019]\d)/;

/** No token starts with white space, so it is skipped here, where the skipping stops at `to`. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(String.fromCharCode(code));
}

/**
 * Tokens that start in [from, to). A search that skipped blanks on its own
 * would run past `to` through a blanked-out quotation to the end of the
 * draft, once per sentence: quadratic on a long unclosed quote.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let at = from; at < to;) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    TOKEN.lastIndex = at;
    // Tested, not executed: a sticky match ends where lastIndex lands, and no match array is made once a token.
    if (!TOKEN.test(text)) {
      const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      at += pair ? 2 : 1;
      continue;
    }
    const past = TOKEN.lastIndex;
    const end = Math.min(past, to);
    const raw = text.slice(at, end);
    const kind: TokenKind = NUMBER_START.test(raw) ? "number" : LETTER_START.test(raw) ? "word" : "punct";
    tokens.push({ kind, start: at, end, text: raw, lower: raw.toLowerCase() });
    at = past;
  }
  return tokens;
}

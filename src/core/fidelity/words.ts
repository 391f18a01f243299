import { Span } from "../types";
import { DIGIT } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const THOUSANDS_COMMA = /(?<=\d)[,](?=\d{3}(?!\d))/g;
const WORD_START = /^[\p{L}\p{N}]/u;
const SUPPLIED_WORDS = /^\[(?!\s*(?:\.|\u2026))/u;

/**
 * Words as fidelity compares them: the quote marks, apostrophes, dashes,
 * spaces, case and punctuation a reporter may change without changing what
 * was said are gone, so only the words themselves are left to compare.
 */
export interface FidelityWord extends Span {
  /** The word as compared: lower case, one apostrophe, no digit grouping ("ukraine's", "60000"). */
  word: string;
}

/** What stands between two words of a quotation in a draft: omitted words, or words the reporter put in. */
export type Gap = "ellipsis" | "bracket";

export interface QuotedWords {
  words: FidelityWord[];
  /** `gaps[i]` is what stands right before `words[i]` (`gaps[words.length]`: after the last word). */
  gaps: Map<number, Gap>;
}

/** A word keeps the apostrophes, points and commas inside it (`Ukraine's`, `U.S.`, `12,000`); a hyphen splits it. */
const WORD = /[\p{L}\p{N}]+(?:['\u2018\u2019\u02BC.,][\p{L}\p{N}]+)*/gu;
const QUOTED =
  /\[\s*(?:\.\s*\.\s*\.|\u2026)\s*\]|\.\s?\.\s?\.|\u2026|\[[^\]\n]*\]|[\p{L}\p{N}]+(?:['\u2018\u2019\u02BC.,][\p{L}\p{N}]+)*/gu;

export function normalWord(raw: string): string {
  return raw.normalize("NFC").toLowerCase().replace(APOSTROPHES, "'").replace(THOUSANDS_COMMA, "");
}

/** The words of a stretch of text, with offsets from `offset`. */
export function wordsOf(text: string, offset = 0): FidelityWord[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    word: normalWord(m[0]),
  }));
}

/**
 * wordsOf less the words that hold a digit, which are not normalised: no
 * normal form loses a digit, so a caller that wants no figures among its
 * words is spared normalising a table's thousands of them.
 */
export function wordsWithoutDigitsOf(text: string, offset = 0): FidelityWord[] {
  const words: FidelityWord[] = [];
  // Executed in a loop, not matched all: an iterator's result a word is garbage a table makes thousands of.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (DIGIT.test(m[0])) continue;
    words.push({ start: offset + m.index, end: offset + m.index + m[0].length, word: normalWord(m[0]) });
  }
  return words;
}

/**
 * The words of a draft's quotation with what stands between them: an
 * ellipsis (`...`, `…`, `[...]`) for omitted words, square brackets for
 * words the reporter supplied (`[Kyiv]`), which are not the speaker's and
 * are left out of the words compared.
 */
export function quotedWords(text: string, offset = 0): QuotedWords {
  const words: FidelityWord[] = [];
  const gaps = new Map<number, Gap>();
  for (const m of text.matchAll(QUOTED)) {
    const raw = m[0];
    if (WORD_START.test(raw)) {
      words.push({ start: offset + m.index, end: offset + m.index + raw.length, word: normalWord(raw) });
      continue;
    }
    const gap: Gap = SUPPLIED_WORDS.test(raw) ? "bracket" : "ellipsis";
    if (gaps.get(words.length) !== "ellipsis") gaps.set(words.length, gap);
  }
  return { words, gaps };
}

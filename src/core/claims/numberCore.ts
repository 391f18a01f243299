import { isDigits } from "../text/digits";
import { Token } from "../text/tokens";
import { SCALE_WORDS, SHORTHAND_SCALES, UNIT_WORDS } from "../policy/numberWords";
import { CURRENCY_START } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const HYPHENED_PAIR = /^(?:\w+)-(?:\w+)$/;
const DIGIT_FIGURE = /(\d+(?:[,\u00A0\u202F\u2009]\d{3})*(?:\.\d+)?)/;
const GROUPING = /[,\u00A0\u202F\u2009]/g;
const ARTICLE = /^an?$/;

/**
 * The number itself in a sentence's tokens, before its approximator and noun
 * phrase are added or an exemption is decided: digits with their scale words
 * (`$1.2 billion`), or a run of number words (`twelve thousand`).
 */
export interface Core {
  /** Index of its first token. */
  first: number;
  /** Index of its last token. */
  last: number;
  value?: number;
}

export const SCALES: Record<string, number> = { ...SCALE_WORDS, ...SHORTHAND_SCALES };
const VAGUE: Record<string, number> = {
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
  scores: 40,
};
export const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  tenth: 10,
  tenths: 10,
};

/** Fraction words that stand alone as a number: `half`, `a third`. */
export const FRACTION_WORD = /^(?:half|third|quarter|fifth|tenth)$/;

export function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : "";
}

/**
 * The words that count on their own ("twelve", "million", "dozens"), the
 * scale letters apart ("m", "k": only glued to digits). A set, not `in` on
 * the lists: it is asked of every word, and `in` also finds what every
 * object has ("constructor").
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([UNIT_WORDS, SCALE_WORDS, VAGUE].flatMap(Object.keys));

export function isNumberWord(lower: string): boolean {
  if (NUMBER_WORDS.has(lower)) return true;
  // "twenty-five", "two-thirds"; never "third-quarter", whose first half is an ordinal. Most words have no hyphen: asked of every word.
  if (!lower.includes("-")) return false;
  const [whole, part] = lower.split("-");
  return (
    HYPHENED_PAIR.test(lower) &&
    Object.hasOwn(UNIT_WORDS, whole) &&
    (Object.hasOwn(UNIT_WORDS, part) || Object.hasOwn(FRACTION_DENOMINATORS, part))
  );
}

/** Reads a digit token's value: `$1.2` → 1.2, `60,000` → 60000, `40%` → 40. */
export function digitValue(text: string): number | undefined {
  if (isDigits(text)) {
    const whole = Number(text);
    return Number.isFinite(whole) ? whole : undefined;
  }
  const m = DIGIT_FIGURE.exec(text);
  if (!m) return undefined;
  const v = Number(m[1].replace(GROUPING, ""));
  return Number.isFinite(v) ? v : undefined;
}

/** Reads a run of number words: `twelve thousand` → 12000, `two-thirds` → 0.667, `a dozen` → 12. */
export function wordsValue(words: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === "and" || w === "a" || w === "an") continue;
    const parts = w.split("-");
    if (parts.length === 2 && parts[1] in FRACTION_DENOMINATORS && parts[0] in UNIT_WORDS) {
      return UNIT_WORDS[parts[0]] / FRACTION_DENOMINATORS[parts[1]];
    }
    for (const p of parts) {
      if (p in UNIT_WORDS) {
        current += UNIT_WORDS[p];
        seen = true;
      } else if (p === "hundred") {
        current = (current || 1) * 100;
        seen = true;
      } else if (p in SCALES) {
        total += (current || 1) * SCALES[p];
        current = 0;
        seen = true;
      } else if (p in VAGUE) {
        current = (current || 1) * VAGUE[p];
        seen = true;
      } else return seen ? total + current : undefined;
    }
  }
  return seen ? total + current : undefined;
}

/** Whether the token at k scales the digits: a scale letter glued to them is one for money or in lower case (`$4K`, `12m`), not in a name (`4K video`). */
function scaleAt(tokens: Token[], k: number, digits: Token): boolean {
  return (
    tokens[k].lower in SCALES &&
    (tokens[k].start > tokens[k - 1].end || CURRENCY_START.test(digits.text) || tokens[k].text === tokens[k].lower)
  );
}

/** The number core starting at token i: digits with scale words, or a run of number words. */
export function coreAt(tokens: Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (t.kind === "number") {
    let last = i;
    let value = digitValue(t.text);
    while (last + 1 < tokens.length && scaleAt(tokens, last + 1, t)) {
      value = value === undefined ? undefined : value * SCALES[tokens[last + 1].lower];
      last++;
    }
    return { first: i, last, value };
  }
  if (t.kind !== "word") return undefined;
  const lower = t.lower;
  if (isNumberWord(lower)) {
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1].lower;
      if (
        isNumberWord(next) ||
        (next === "and" &&
          isNumberWord(lowerAt(tokens, last + 2)) &&
          !(lowerAt(tokens, last + 2) in UNIT_WORDS && lower in UNIT_WORDS))
      )
        last++;
      else break;
    }
    return { first: i, last, value: wordsValue(tokens.slice(i, last + 1).map((x) => x.text)) };
  }
  if (FRACTION_WORD.test(lower)) {
    // "half a million dollars" is one quantity, 500,000, as "half a dozen" is six: not "half" and "a million".
    const scale = lowerAt(tokens, i + 2);
    if (
      lower === "half" &&
      ARTICLE.test(lowerAt(tokens, i + 1)) &&
      (Object.hasOwn(SCALE_WORDS, scale) || scale === "dozen")
    )
      return { first: i, last: i + 2, value: (scale === "dozen" ? VAGUE.dozen : SCALE_WORDS[scale]) / 2 };
    return { first: i, last: i, value: 1 / FRACTION_DENOMINATORS[lower] };
  }
  return undefined;
}

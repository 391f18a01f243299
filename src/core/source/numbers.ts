import { MILLIONS_OF, SCALE_WORDS, SHORTHAND_SCALES, UNIT_WORDS } from "../policy/numberWords";
import { isDigits } from "../text/digits";
import { Span } from "../types";
import { DIGIT } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const FRACTION_PARTS = /[ -]/;
const FIGURE_PARTS =
  /(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:[ \u00a0-]?(hundred|thousand|million|billion|trillion|mn|bn|tn)\b)?/i;
const GROUP_SEPARATORS = /[,\u00a0\u202f ]/g;
const WORD_BREAKS = /[\s-]+/;
const SCORE_SIDE = /^\d{1,2}$/;
const PERCENT_SIGN = /%|per ?cent/i;
const RANGE_GAP = /^\s*(?:to|and|-|–|or)\s*$/;

/** A quantity written in a text, with the value it stands for, so "60,000" and "sixty thousand" compare equal. */
export interface NumberMention extends Span {
  value: number;
  percent: boolean;
  /** A score or a tally's other side ("3-1", "a 5-4 ruling": 3 against 1): held only to the same pair. */
  against?: number;
}

const UNITS: Record<string, number> = { ...UNIT_WORDS, dozen: 12, half: 0.5 };
/** Plural scales read as the scale itself here, so "hundreds" in a draft meets "hundreds" in the source. */
const SCALES: Record<string, number> = {
  ...SCALE_WORDS,
  hundreds: 1e2,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  dozens: 12,
};
const WORD =
  "(?:" + [...Object.keys(UNITS), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join("|") + ")";
const DIGITS = String.raw`\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
/** British copy's money shorthand, "£1.2m": an m right after a sum of money is millions. */
const MONEY_M = String.raw`(?<=[$€£¥][\d.,]+)m\b`;
/** After a bare figure an m is millions before what is counted ("1.5m Canadians", "3m people"), else metres ("4m high"). */
const COUNTED_M = String.raw`(?:(?<=\d\.\d+)m(?=[ \u00a0]+\p{L}+(?<!s)s\b)|(?<=\d)m(?=[ \u00a0]+(?:${MILLIONS_OF.join("|")})\b))`;
/**
 * A k right after a figure: thousands after a sum of money ("$50k"); after a
 * bare figure it is thousands ("3k jobs") or kilometres ("a 5k run"), so
 * such a figure has no value to compare.
 */
const THOUSANDS_K = String.raw`(?<=\d)k\b`;
const SCALE = String.raw`(?:[ \u00a0-]?(?:hundred|thousand|million|billion|trillion|mn|bn|tn)\b|${MONEY_M}|${COUNTED_M}|${THOUSANDS_K})?`;
/** A figure NUMBER reads with its m is in millions: the m of metres is left out of it. */
const IN_MILLIONS = /\dm$/i;
const IN_THOUSANDS = new RegExp(String.raw`^[$€£¥][\d.,]+${THOUSANDS_K}`, "iu");
const BARE_K = new RegExp(String.raw`^[\d.,]+${THOUSANDS_K}`, "iu");
/** "half a billion": half of a scale, one quantity (the half is not a figure of its own). */
const HALF_SCALE = String.raw`\bhalf[ -]an?[ -](?:hundred|thousand|million|billion|trillion)\b`;
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per cent)\b)?`;
/** "a third", "two-thirds", "three quarters": a share written as a fraction. */
const DENOMINATORS: Record<string, number> = {
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  tenth: 10,
  tenths: 10,
};
const FRACTION = String.raw`\b(?:a|an|one|two|three|four|nine)[ -](?:${Object.keys(DENOMINATORS).join("|")})\b`;
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-/.])[$€£¥]?(?:${DIGITS})${SCALE}${PERCENT}|${FRACTION}|${HALF_SCALE}|\b${WORD}(?:[ -](?:and[ -])?${WORD})*\b${PERCENT}`,
  "giu",
);

function fractionValue(text: string): number | undefined {
  const [count, denominator] = text.toLowerCase().split(FRACTION_PARTS);
  if (!(denominator in DENOMINATORS)) return undefined;
  const times = count === "a" || count === "an" ? 1 : UNITS[count];
  return times === undefined ? undefined : times / DENOMINATORS[denominator];
}

function digitValue(text: string): number | undefined {
  // Bare digits have no scale, no k and no m: their value is told without the patterns.
  if (isDigits(text)) {
    const whole = Number(text);
    return Number.isFinite(whole) ? whole : undefined;
  }
  const match = FIGURE_PARTS.exec(text);
  if (!match || BARE_K.test(text)) return undefined;
  const base = Number(match[1].replace(GROUP_SEPARATORS, ""));
  const scale = (match[2] ?? (IN_MILLIONS.test(text) ? "mn" : IN_THOUSANDS.test(text) ? "k" : "")).toLowerCase();
  const factor = scale === "" ? 1 : (SCALE_WORDS[scale] ?? SHORTHAND_SCALES[scale] ?? 1);
  return Number.isFinite(base) ? base * factor : undefined;
}

/** The value of number words: "sixty thousand" is 60000, "a dozen" 12, "hundreds" 100. */
function wordValue(text: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.toLowerCase().split(WORD_BREAKS)) {
    if (word === "and" || word === "") continue;
    if (word in UNITS) {
      current += UNITS[word];
      seen = true;
    } else if (word in SCALES) {
      const scale = SCALES[word];
      current = (seen ? current : 1) * scale;
      if (scale >= 1e3) {
        total += current;
        current = 0;
      }
      seen = true;
    }
  }
  return seen ? total + current : undefined;
}

/**
 * The rest of a score or a vote's tally after its first side: a dash and one
 * or two digits that end the figure. The winning side comes first, so a
 * second side larger than the first is a range ("10-15 years"), not a score.
 */
const SCORE_AFTER = /^[-\u2013](\d{1,2})(?![\d.,%\u2013-]|\s?(?:percent|per cent)\b)/;

const SCALED_FIGURE = /\d[ \u00a0-]?(hundred|thousand|million|billion|trillion)\b/i;

/**
 * Every match of NUMBER in a text, read with the one pattern: matchAll would
 * copy the long pattern for each text, which costs more than reading a
 * claim of a few characters, and a check reads thousands of those.
 */
function numberMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match; match = NUMBER.exec(text)) found.push(match);
  return found;
}

/** Every quantity in a text with its value. A bare figure before a scaled one ("3.4 to 5 million") takes its scale. */
export function numbersIn(text: string): NumberMention[] {
  // Bare digits are one figure, as NUMBER would read them: most claims are, and a table's thousands each ask.
  if (isDigits(text)) return plainFigure(text);
  const found: NumberMention[] = [];
  for (const match of numberMatches(text)) {
    const raw = match[0];
    if (match.index < (found.at(-1)?.end ?? 0)) continue;
    const value = DIGIT.test(raw) ? digitValue(raw) : (fractionValue(raw) ?? wordValue(raw));
    if (value === undefined) continue;
    const score = SCORE_SIDE.test(raw) ? SCORE_AFTER.exec(text.slice(match.index + raw.length)) : null;
    // The other side of a score is no figure to NUMBER (it follows a dash), so it is read here.
    if (score && Number(score[1]) <= value) {
      found.push({
        start: match.index,
        end: match.index + raw.length + score[0].length,
        value,
        percent: false,
        against: Number(score[1]),
      });
      continue;
    }
    found.push({ start: match.index, end: match.index + raw.length, value, percent: PERCENT_SIGN.test(raw) });
  }
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i], found[i + 1]];
    const own = text.slice(a.start, a.end);
    const scale = SCALED_FIGURE.exec(text.slice(b.start, b.end));
    // "6.2 percent to $2.84 billion" is a share and an amount, not a range of billions.
    if (!scale || SCALED_FIGURE.test(own) || !DIGIT.test(own) || a.percent || a.against !== undefined) continue;
    if (RANGE_GAP.test(text.slice(a.end, b.start))) a.value *= SCALES[scale[1].toLowerCase()];
  }
  return found;
}

/** What numbersIn finds in a text of bare digits: the one figure, unless it is too long to have a value. */
function plainFigure(text: string): NumberMention[] {
  const value = Number(text);
  return Number.isFinite(value) ? [{ start: 0, end: text.length, value, percent: false }] : [];
}

/** The mentions of `text` from `from` to `to`, with offsets into `text`. */
export function numbersWithin(text: string, from: number, to: number): NumberMention[] {
  return numbersIn(text.slice(from, to)).map((n) => ({ ...n, start: n.start + from, end: n.end + from }));
}

/** Whether two mentions state the same quantity (60,000 and 60 000, 40% and 40 percent). */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  if (a.percent !== b.percent || a.against !== b.against) return false;
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  return Math.abs(a.value - b.value) / scale < 1e-9;
}

import { matchApproximator } from "./approximators";
import { Core, coreAt, lowerAt } from "./numberCore";
import { NEGATED_COMPARATIVES } from "../policy/approximators";
import { NOT_IN_NUMBER_PHRASE, TIME_UNITS, UNIT_WORDS, VERB_FORMS } from "../policy/numberWords";
import { DigitRuns, exemptionOf } from "../policy/numberExemptions";
import { Token } from "../text/tokens";
import { CAPITAL_START, LOWER_START } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const ARTICLE = /^an?$/;
const PARTICIPLE_END = /(?:ed|ing)$/;
const LETTER = /\p{L}/u;
const WORD_MEASURE = /^(\p{L}+)-\p{L}/u;

/** A number claim found in one sentence, before attribution is decided. */
export interface NumberSpan {
  start: number;
  end: number;
  /** The numeric value of the core number when it can be read (`60,000` → 60000, `two-thirds` → 0.667). */
  value?: number;
}

/** A number the policy exempts, with the rule that does: what a hover or a report says of it. */
export interface ExemptNumber {
  start: number;
  end: number;
  /** The id of the rule in policy/numberExemptions. */
  rule: string;
}

/** Extends a core to the right over percent, ranges and its noun phrase (`square miles of farmland`). */
function extendRight(tokens: Token[], core: Core, startsWithBetween: boolean): number {
  let last = core.last;
  const at = (i: number) => lowerAt(tokens, i);
  if (at(last + 1) === "percent" || at(last + 1) === "%") last++;
  else if (at(last + 1) === "per" && at(last + 2) === "cent") last += 2;
  else if (at(last + 1) === "percentage" && at(last + 2) === "points") last += 2;
  // A ratio is one claim: `1 in 4 residents`, `nine out of 10 voters`.
  const ratioAt = at(last + 1) === "in" ? last + 2 : at(last + 1) === "out" && at(last + 2) === "of" ? last + 3 : -1;
  const ratio = ratioAt > 0 && tokens[ratioAt] ? coreAt(tokens, ratioAt) : undefined;
  if (ratio) last = ratio.last;
  if (startsWithBetween && (at(last + 1) === "and" || at(last + 1) === "to")) {
    const other = tokens[last + 2] ? coreAt(tokens, last + 2) : undefined;
    if (other) {
      last = other.last;
      if (at(last + 1) === "percent") last++;
    }
  }
  // A share of a quantity is one claim: "almost a quarter of a million dollars", "half of 1,000 seats".
  if (core.value !== undefined && core.value < 1 && at(last + 1) === "of") {
    const skip = ARTICLE.test(at(last + 2)) ? 3 : 2;
    const whole = tokens[last + skip] ? coreAt(tokens, last + skip) : undefined;
    if (whole) last = whole.last;
  }
  let words = 0;
  let ofUsed = false;
  const lastCore = last;
  for (let i = last + 1; i < tokens.length && words < 4; i++) {
    const t = tokens[i];
    if (t.kind === "punct") break;
    if (
      t.lower === "of" &&
      !ofUsed &&
      words <= 2 &&
      tokens[i + 1]?.kind === "word" &&
      !NOT_IN_NUMBER_PHRASE.has(tokens[i + 1].lower)
    ) {
      ofUsed = true;
      continue;
    }
    if (t.kind !== "word" || NOT_IN_NUMBER_PHRASE.has(t.lower) || VERB_FORMS.has(t.lower)) break;
    if (words > 0 && CAPITAL_START.test(t.text) && LOWER_START.test(tokens[i - 1].text)) break;
    // A participle opens a noun phrase (`nursing homes`, `protected lanes`) but after its head it is a verb (`people splattering`).
    const participle = PARTICIPLE_END.test(t.lower) && t.lower.length > 4;
    const opensPhrase = (i - 1 === last && last === lastCore) || tokens[i - 1].lower === "of";
    if (participle && (!opensPhrase || tokens[i + 1]?.kind !== "word" || NOT_IN_NUMBER_PHRASE.has(tokens[i + 1].lower)))
      break;
    last = i;
    words++;
  }
  if ((at(last + 1) === "a" || at(last + 1) === "per") && TIME_UNITS.has(at(last + 2))) last += 2;
  return last;
}

/** The approximator's start, moved back over a negation that changes its meaning. */
function withNegation(tokens: Token[], first: number, core: Core): number {
  const negation = lowerAt(tokens, first - 1);
  const negates = first < core.first && NEGATED_COMPARATIVES.has(tokens[first].lower);
  return negates && (negation === "no" || negation === "not") ? first - 1 : first;
}

/** A measure in brackets with its unit (`(6.2-mile)`, `(12 inches)`): a conversion, not a claim of its own. Returns the ")" index. */
function conversionAt(tokens: Token[], open: number, sentenceStart: number): number | undefined {
  if (lowerAt(tokens, open) !== "(" || !tokens[open + 1]) return undefined;
  const inner = coreAt(tokens, open + 1);
  if (!inner || exemptionOf(tokens, inner, sentenceStart)) return undefined;
  const innerLast = extendRight(tokens, inner, false);
  const hasUnit = innerLast > inner.last || LETTER.test(tokens[inner.last].text);
  return hasUnit && lowerAt(tokens, innerLast + 1) === ")" ? innerLast + 1 : undefined;
}

/** A spelled-out measure a conversion can follow: `ten-kilometre`, `twenty-five-mile`. */
function isWordMeasure(token: Token | undefined): boolean {
  const head = token?.kind === "word" ? WORD_MEASURE.exec(token.lower) : null;
  return head !== null && UNIT_WORDS[head[1]] !== undefined;
}

/**
 * Reads every number in a sentence's tokens (quote interiors already
 * blanked): a claim spans from its approximator to the end of the number's
 * noun phrase, with a negation that turns the approximator around and a
 * bracketed conversion after the number (`a ten-kilometre (6.2-mile) limit`);
 * an exempt number spans its core.
 */
function readNumbers(tokens: Token[], sentenceStart: number): (NumberSpan | ExemptNumber)[] {
  const found: (NumberSpan | ExemptNumber)[] = [];
  const runs: DigitRuns = {};
  for (let i = 0; i < tokens.length; i++) {
    const core = coreAt(tokens, i);
    if (!core) continue;
    const exemption = exemptionOf(tokens, core, sentenceStart, runs);
    if (exemption) {
      found.push({ start: tokens[core.first].start, end: tokens[core.last].end, rule: exemption.id });
      i = core.last;
      continue;
    }
    // A conversion after a spelled-out measure: the measure is the claim, the brackets join it.
    const close = isWordMeasure(tokens[i - 2]) ? conversionAt(tokens, i - 1, sentenceStart) : undefined;
    if (close !== undefined) {
      const first = matchApproximator(tokens, i - 2);
      const last = extendRight(tokens, { first: close, last: close }, false);
      found.push({ start: tokens[first].start, end: tokens[last].end });
      i = last;
      continue;
    }
    let first = matchApproximator(tokens, core.first);
    // "more than a third", "nearly a dozen": an approximator before the article.
    if (first < core.first && ARTICLE.test(tokens[first].lower)) first = matchApproximator(tokens, first);
    first = withNegation(tokens, first, core);
    let last = extendRight(tokens, core, lowerAt(tokens, first) === "between");
    const converted = conversionAt(tokens, last + 1, sentenceStart);
    if (converted !== undefined) last = extendRight(tokens, { first: converted, last: converted }, false);
    found.push({ start: tokens[first].start, end: tokens[last].end, value: core.value });
    i = last;
  }
  return found;
}

/** Finds number claims in a sentence's tokens (quote interiors already blanked). */
export function findNumbers(tokens: Token[], sentenceStart: number): NumberSpan[] {
  return readNumbers(tokens, sentenceStart).filter((n): n is NumberSpan => !("rule" in n));
}

/** The numbers in a sentence's tokens that are not claims, each with the rule that exempts it. */
export function exemptNumbers(tokens: Token[], sentenceStart: number): ExemptNumber[] {
  return readNumbers(tokens, sentenceStart).filter((n): n is ExemptNumber => "rule" in n);
}

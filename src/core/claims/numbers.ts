import { Token } from "../text/tokens";
import { SCALE_WORDS, UNIT_WORDS } from "./numberWords";

/** A number claim found in one sentence, before attribution is decided. */
export interface NumberSpan {
  start: number;
  end: number;
  /** The numeric value of the core number when it can be read (`60,000` → 60000, `two-thirds` → 0.667). */
  value?: number;
}

const SCALES: Record<string, number> = { ...SCALE_WORDS, m: 1e6, bn: 1e9, k: 1e3, mn: 1e6 };
const VAGUE: Record<string, number> = {
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  billions: 2e9,
  scores: 40,
};
const FRACTION_DENOMINATORS: Record<string, number> = {
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

const APPROXIMATORS = [
  "more than",
  "less than",
  "fewer than",
  "up to",
  "at least",
  "at most",
  "as many as",
  "as much as",
  "as few as",
  "close to",
  "upwards of",
  "in excess of",
  "just over",
  "just under",
  "well over",
  "well under",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "approximately",
  "some",
  "over",
  "under",
  "only",
  "just",
  "an estimated",
  "estimated",
  "a total of",
  "a record",
  "another",
  "an additional",
  "a further",
  "all",
  "between",
  "exactly",
  "a",
  "an",
].map((a) => a.split(" "));

const TIME_UNITS = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries fortnight fortnights night nights weekend weekends semester semesters season seasons quarter quarters winters summers springs autumns".split(
    " ",
  ),
);
const MONTHS = new Set(
  "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december".split(
    " ",
  ),
);
const TIME_SUFFIX =
  /^(?:a\.?m|p\.?m|am|pm|o'clock|o’clock|utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|ist|jst|hours|hrs|h)$/;
/** Units written against the digits, in their own case: `30km` is a measure, `5G` and `4K` are names. */
const GLUED_UNIT =
  /^(?:km|kg|mm|cm|m|mi|mph|kph|ft|in|lb|lbs|oz|mg|ml|l|L|g|t|bn|mn|k|GW|MW|kW|kWh|MWh|GWh|GB|MB|TB|Hz|GHz|MHz|ha|bps|x|am|pm|AM|PM|a\.m|p\.m)$/;
const STREET =
  /^(?:st|street|ave|av|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|terrace|highway|hwy)$/;
const PERCENT = new Set(["percent", "per", "%", "percentage"]);
/** Words that never belong to the noun phrase after a number. */
const STOP = new Set(
  (
    "the a an and or but nor of last next earlier later ago to from in on at by for with without within into onto over under after before since until " +
    "during than as that which who whom whose this these those there here is are was were be been being has have had " +
    "will would could can may might must should shall do does did not no its it his her their our your my than said says " +
    "say told according while when where because if per also still now then just only about around across against among " +
    "between through toward towards upon via so such more most less fewer each every all both either neither i he she " +
    "they we you me him them us what why how out up down off"
  ).split(" "),
);
/** Verbs a noun phrase after a number never holds, whose form is no noun's: the claim stops before them (`1,900 residents remain`). */
const VERB_FORMS = new Set(
  (
    "remain remains rose fell grew died became began went came took gave got made kept held ran won spent paid sought saw " +
    "stood sat fled fought opens closes aged"
  ).split(" "),
);
/** Capitalised words before a bare number that do not make it a name (`Some 144 passengers`). */
const FUNCTION_WORDS = new Set(
  (
    "the a an some about only all more nearly almost roughly approximately around over under up at in by of for with " +
    "from to and but or just another those these its his her their our both each every no when while after before " +
    "since until about than as if on exactly between among there here estimated total record"
  ).split(" "),
);
const NAME_BEFORE_NUMBER_EXCEPTIONS = new Set([...MONTHS, "no", "nos", "number"]);
/** Lower-case nouns that name a class by its number rather than count it. */
const CLASSIFIERS = new Set(
  "type stage level grade phase category class tier step chapter page section article clause".split(" "),
);
/** People an age can follow in apposition (`the nominee, 58,`), unlike things (`the record low, 29,`). */
const PERSON_NOUNS = new Set(
  (
    "nominee man woman boy girl driver victim suspect mother father son daughter wife husband teacher student " +
    "resident worker nurse doctor pilot owner actor actress singer player candidate officer soldier veteran farmer " +
    "patient retiree grandmother grandfather spokesman spokeswoman lawyer judge senator mayor governor president " +
    "chief director founder survivor witness passenger neighbor neighbour friend brother sister child teen " +
    "teenager baby defendant plaintiff gunman shooter partner coach manager curator volunteer"
  ).split(" "),
);
const AGE_WORDS = /^(?:aged|age|ages)$/;

function lowerAt(tokens: Token[], i: number): string {
  return i >= 0 && i < tokens.length ? tokens[i].lower : "";
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && /^\p{Lu}/u.test(t.text);
}

function isNumberWord(lower: string): boolean {
  if (lower in UNIT_WORDS || lower in SCALES || lower in VAGUE)
    return lower !== "m" && lower !== "k" && lower !== "bn" && lower !== "mn";
  // "twenty-five", "two-thirds"; never "third-quarter", whose first half is an ordinal.
  const [whole, part] = lower.split("-");
  return (
    /^(?:\w+)-(?:\w+)$/.test(lower) && whole in UNIT_WORDS && (part in UNIT_WORDS || part in FRACTION_DENOMINATORS)
  );
}

/** Reads a digit token's value: `$1.2` → 1.2, `60,000` → 60000, `40%` → 40. */
export function digitValue(text: string): number | undefined {
  const m = /(\d+(?:[,\u00A0\u202F\u2009]\d{3})*(?:\.\d+)?)/.exec(text);
  if (!m) return undefined;
  const v = Number(m[1].replace(/[,\u00A0\u202F\u2009]/g, ""));
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

interface Core {
  first: number;
  last: number;
  value?: number;
}

/** The number core starting at token i: digits with scale words, or a run of number words. */
function coreAt(tokens: Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (t.kind === "number") {
    let last = i;
    let value = digitValue(t.text);
    // A scale letter glued to the digits is one for money or in lower case (`$4K`, `12m`), not in a name (`4K video`).
    const scaleAt = (k: number) =>
      tokens[k].lower in SCALES &&
      (tokens[k].start > tokens[k - 1].end || /^[$€£¥]/.test(t.text) || tokens[k].text === tokens[k].lower);
    while (last + 1 < tokens.length && scaleAt(last + 1)) {
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
  if (/^(?:half|third|quarter|fifth|tenth)$/.test(lower)) {
    return { first: i, last: i, value: 1 / FRACTION_DENOMINATORS[lower] };
  }
  return undefined;
}

/** Policy 1.2's exemptions, decided from the core and the words around it. */
function isExempt(tokens: Token[], core: Core, sentenceStart: number, runs: { last?: DigitRun }): boolean {
  const t = tokens[core.first];
  const raw = t.text;
  const lower = t.lower;
  const prev = tokens[core.first - 1];
  const prevLower = lowerAt(tokens, core.first - 1);
  const next = tokens[core.last + 1];
  const nextLower = lowerAt(tokens, core.last + 1);
  const singleToken = core.first === core.last;

  if (t.kind === "number") {
    if (/^['\u2019]?\d+s$/.test(raw)) return true; // decades: the 1990s, '90s
    if (/\d(?:st|nd|rd|th)$/.test(raw)) return true; // ordinals, addresses
    if (/:\d/.test(raw)) return true; // clock times
    if (/^\d{4}-\d{1,2}(?:-\d{1,2})?$/.test(raw) || /^\d{1,4}[-/]\d{1,2}[-/]\d{2,4}$/.test(raw)) return true; // dates
    if (/^\d+(?:\.\d+){2,}$/.test(raw)) return true; // versions
    if (isPhoneNumber(tokens, core, runs)) return true;
    if (prev?.text === "#" && prev.end === t.start) return true; // Apt. #4
    // An address, or a range of them: "12 Main St.", "630-632 Plymouth Avenue".
    if (/^\d+(?:-\d+)?$/.test(raw) && next && isCapitalised(next) && STREET.test(lowerAt(tokens, core.last + 2)))
      return true;
    // An event named by its distance: "the men's 100 metres".
    if (/^(?:men|women|boys|girls)['\u2019]s?$/.test(prevLower)) return true;
    const suffix = /[-\u2011]([\p{L}-]+)$/u.exec(raw)?.[1]?.toLowerCase() ?? "";
    if (/^year-olds?$/.test(suffix) || /^years?-old$/.test(suffix)) return true; // ages
    if (TIME_UNITS.has(suffix.split("-")[0])) return true; // 18-month, 26-year
    if (/[-\u2011]\p{Lu}/u.test(raw)) return true; // 737-MAX
    // Letters glued to the digits name a thing (3D, 5G, 4K, 2FA) unless they are a unit (30km, 5kg, $2bn).
    if (
      next &&
      next.kind === "word" &&
      next.start === tokens[core.last].end &&
      !GLUED_UNIT.test(next.text) &&
      !/^[$€£¥]/.test(raw)
    )
      return true;
    const plain = /^\d+$/.test(raw);
    // Numbers joined by a slash (9/11, 24/7) name a day or a schedule; a fraction says `of` (1/3 of voters).
    const slashed = (a: Token | undefined, b: Token | undefined) =>
      a?.text === "/" && b?.kind === "number" && a.start === tokens[core.last].end && b.start === a.end;
    if (plain && slashed(next, tokens[core.last + 2]) && lowerAt(tokens, core.last + 3) !== "of") return true;
    if (
      plain &&
      prev?.text === "/" &&
      tokens[core.first - 2]?.kind === "number" &&
      prev.end === t.start &&
      nextLower !== "of"
    )
      return true;
    if (
      plain &&
      singleToken &&
      raw.length === 4 &&
      Number(raw) >= 1000 &&
      Number(raw) <= 2199 &&
      !PERCENT.has(nextLower) &&
      !isApproximateCount(tokens, core)
    )
      return true; // years
    if (TIME_SUFFIX.test(nextLower.replace(/\./g, ""))) return true;
    if (plain && (MONTHS.has(prevLower) || MONTHS.has(prevLower.replace(/\.$/, "")))) return true; // Jan. 20
    if (plain && prev?.text === "." && MONTHS.has(lowerAt(tokens, core.first - 2))) return true;
    if (plain && MONTHS.has(nextLower)) return true; // 20 January
    if (plain && AGE_WORDS.test(prevLower)) return true;
    if (plain && prevLower === "between" && AGE_WORDS.test(lowerAt(tokens, core.first - 2))) return true;
    if (
      plain &&
      (prevLower === "and" || prevLower === "to") &&
      tokens.slice(Math.max(0, core.first - 5), core.first).some((x) => AGE_WORDS.test(x.lower))
    )
      return true;
    if (plain && (nextLower === "years" || nextLower === "year") && lowerAt(tokens, core.last + 2) === "old")
      return true;
    // The low end of an age range: "ranging from 17 to 62 years old".
    if (
      plain &&
      /^(?:to|and|-|\u2013)$/.test(nextLower) &&
      /^\d+$/.test(tokens[core.last + 2]?.text ?? "") &&
      /^years?$/.test(lowerAt(tokens, core.last + 3)) &&
      lowerAt(tokens, core.last + 4) === "old"
    )
      return true;
    // Ages in apposition: "Otis Greer, 82, has ..."
    const person = tokens[core.first - 2];
    const isPerson =
      person !== undefined &&
      ((isCapitalised(person) && !FUNCTION_WORDS.has(person.lower)) || PERSON_NOUNS.has(person.lower));
    if (plain && prev?.text === "," && next?.text === "," && isPerson && Number(raw) < 120) return true;
    if (plain && prev?.text === "(" && next?.text === ")" && isCapitalised(tokens[core.first - 2]) && Number(raw) < 120)
      return true;
    // Names and identifiers: Route 66, Flight 9525, Section 230, Gate 9, iPhone 15, No. 1.
    const namePrefix = prev !== undefined && prev.kind === "word" && (isCapitalised(prev) || /\p{Lu}/u.test(prev.text));
    if (
      plain &&
      singleToken &&
      namePrefix &&
      !FUNCTION_WORDS.has(prevLower) &&
      !NAME_BEFORE_NUMBER_EXCEPTIONS.has(prevLower) &&
      !(prev && prev.start === sentenceStart && FUNCTION_WORDS.has(prevLower))
    ) {
      if (!next || (!(nextLower in SCALES) && !PERCENT.has(nextLower))) return true;
    }
    // A class named by its number: "type 2 diabetes", "stage 4", "level 3 lockdown".
    if (plain && singleToken && CLASSIFIERS.has(prevLower)) return true;
    // The far end of a named range: "Category 3 to 4", "Route 9 or 11".
    const rangeStart = tokens[core.first - 2];
    const rangeName = tokens[core.first - 3];
    if (
      plain &&
      /^(?:to|or|and)$/.test(prevLower) &&
      rangeStart?.kind === "number" &&
      /^\d+$/.test(rangeStart.text) &&
      isCapitalised(rangeName) &&
      !FUNCTION_WORDS.has(rangeName.lower) &&
      !NAME_BEFORE_NUMBER_EXCEPTIONS.has(rangeName.lower)
    )
      return true;
    if (
      prev &&
      (prevLower === "no" || prevLower === "nos" || prevLower === "number") &&
      (tokens[core.first - 1].text === "." || prevLower === "number")
    )
      return true;
    if (prev?.text === "." && /^nos?$/.test(lowerAt(tokens, core.first - 2))) return true;
  } else {
    // Number words.
    if (TIME_UNITS.has(nextLower) && !(lower === "half" && nextLower === "hour")) return true; // durations: five months
    if (/^(?:year|month|day|week|hour|minute)s?-old$/.test(nextLower)) return true;
    if (lower === "one") {
      const afterCount =
        prevLower === "and" &&
        tokens
          .slice(Math.max(0, core.first - 5), core.first - 1)
          .some((x) => x.kind === "number" || isNumberWord(x.lower));
      const counted =
        ["only", "just", "least", "than", "exactly"].includes(prevLower) || afterCount || nextLower in SCALES;
      if (!counted) return true;
    }
    // "a third dose", "a fifth straight win": an ordinal, where "cut by a third" and "a third of voters" are shares.
    if (
      lower in FRACTION_DENOMINATORS &&
      lower !== "half" &&
      prevLower === "a" &&
      next?.kind === "word" &&
      !STOP.has(nextLower) &&
      !PERCENT.has(nextLower)
    )
      return true;
    // "the first quarter of 2010": a period.
    if (lower === "quarter" && /^(?:first|second|third|fourth|final|last|next|previous)$/.test(prevLower)) return true;
    // "a minute and a half": part of a duration.
    if (
      lower === "half" &&
      prevLower === "a" &&
      lowerAt(tokens, core.first - 2) === "and" &&
      TIME_UNITS.has(lowerAt(tokens, core.first - 3))
    )
      return true;
    // "aged fourteen, five and two": ages in words.
    if (
      AGE_WORDS.test(prevLower) ||
      ((prev?.text === "," || /^(?:and|to|or)$/.test(prevLower)) &&
        tokens.slice(Math.max(0, core.first - 6), core.first).some((x) => AGE_WORDS.test(x.lower)))
    )
      return true;
    if (/^(?:half|third|quarter|fifth|tenth)$/.test(lower)) {
      const fraction =
        nextLower === "of" ||
        (["than", "nearly", "almost", "about", "over", "roughly", "a", "one"].includes(prevLower) &&
          (prevLower === "than" || prevLower === "a"));
      if (!fraction) return true;
      if (
        TIME_UNITS.has(nextLower) ||
        nextLower === "an" ||
        (nextLower === "of" && TIME_UNITS.has(lowerAt(tokens, core.last + 3)))
      )
        return true;
    }
    // A capitalised number word inside a name: Three Mile Island, the Big Four.
    if (isCapitalised(t) && t.start !== sentenceStart && isCapitalised(next)) return true;
    if (isCapitalised(t) && isCapitalised(prev) && !FUNCTION_WORDS.has(prevLower)) return true;
    if (
      lower === "hundreds" ||
      lower === "thousands" ||
      lower === "millions" ||
      lower === "billions" ||
      lower === "dozens"
    ) {
      if (nextLower !== "of") return false;
    }
  }
  // Durations after a digit core: "14 years", "three years" — but "$38 million a year" is a rate.
  if (TIME_UNITS.has(nextLower) && !(nextLower === "quarter" || nextLower === "quarters")) return true;
  return false;
}

/** Digits that dial a telephone: "555-0148", "1-800-555-0199", "0800 800 812", "+33 1 57 02 10 55", "(555) 123-4567". */
const PHONE_TOKEN = /^(?:\d{1,3}-){1,3}\d{4}$/;
const PHONE_WORDS = new Set([
  "phone",
  "telephone",
  "call",
  "calls",
  "dial",
  "hotline",
  "helpline",
  "number",
  "numbers",
  "fax",
  "line",
  "text",
]);

/** A run of spaced digit groups, and whether it dials a telephone: every number in the run asks the same. */
interface DigitRun {
  from: number;
  to: number;
  phone: boolean;
}

function digitRun(tokens: Token[], first: number): DigitRun {
  const digits = (k: number) => tokens[k]?.kind === "number" && /^\d+$/.test(tokens[k].text);
  const spaced = (k: number) => digits(k) && digits(k + 1) && tokens[k + 1].start - tokens[k].end === 1;
  let from = first;
  while (spaced(from - 1)) from--;
  let to = first;
  while (spaced(to)) to++;
  const groups = to - from + 1;
  if (groups < 3) return { from, to, phone: false };
  const dialled = tokens[from - 1]?.text === "+" || tokens.slice(from, to + 1).some((t) => t.text.startsWith("0"));
  const named = tokens.slice(Math.max(0, from - 6), from).some((t) => PHONE_WORDS.has(t.lower));
  return { from, to, phone: dialled || named || groups >= 4 };
}

/** `runs` holds the last run read in this sentence, so a long run of numbers is walked once, not once a number. */
function isPhoneNumber(tokens: Token[], core: Core, runs: { last?: DigitRun }): boolean {
  if (PHONE_TOKEN.test(tokens[core.first].text)) return true;
  if (
    tokens[core.first - 1]?.text === "(" &&
    tokens[core.last + 1]?.text === ")" &&
    PHONE_TOKEN.test(tokens[core.last + 2]?.text ?? "")
  )
    return true;
  const known = runs.last;
  if (known && known.from <= core.first && core.first <= known.to) return known.phone;
  runs.last = digitRun(tokens, core.first);
  return runs.last.phone;
}

/** "more than 1000 people": an approximator before and a noun after make a four-digit number a count, not a year. */
function isApproximateCount(tokens: Token[], core: Core): boolean {
  const next = tokens[core.last + 1];
  const noun = next?.kind === "word" && /^\p{Ll}/u.test(next.text) && !STOP.has(next.lower) && !MONTHS.has(next.lower);
  return noun && matchApproximator(tokens, core.first) < core.first;
}

function matchApproximator(tokens: Token[], first: number): number {
  for (const words of APPROXIMATORS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k].lower === w)) return start;
  }
  return first;
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
    const skip = /^an?$/.test(at(last + 2)) ? 3 : 2;
    const whole = tokens[last + skip] ? coreAt(tokens, last + skip) : undefined;
    if (whole) last = whole.last;
  }
  let words = 0;
  let ofUsed = false;
  const lastCore = last;
  for (let i = last + 1; i < tokens.length && words < 4; i++) {
    const t = tokens[i];
    if (t.kind === "punct") break;
    if (t.lower === "of" && !ofUsed && words <= 2 && tokens[i + 1]?.kind === "word" && !STOP.has(tokens[i + 1].lower)) {
      ofUsed = true;
      continue;
    }
    if (t.kind !== "word" || STOP.has(t.lower) || VERB_FORMS.has(t.lower)) break;
    if (words > 0 && /^\p{Lu}/u.test(t.text) && /^\p{Ll}/u.test(tokens[i - 1].text)) break;
    // A participle opens a noun phrase (`nursing homes`, `protected lanes`) but after its head it is a verb (`people splattering`).
    const participle = /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4;
    const opensPhrase = (i - 1 === last && last === lastCore) || tokens[i - 1].lower === "of";
    if (participle && (!opensPhrase || tokens[i + 1]?.kind !== "word" || STOP.has(tokens[i + 1].lower))) break;
    last = i;
    words++;
  }
  if ((at(last + 1) === "a" || at(last + 1) === "per") && TIME_UNITS.has(at(last + 2))) last += 2;
  return last;
}

/**
 * Finds number claims in a sentence's tokens (quote interiors already blanked).
 * Returns spans from the approximator to the end of the number's noun phrase.
 */
export function findNumbers(tokens: Token[], sentenceStart: number): NumberSpan[] {
  const spans: NumberSpan[] = [];
  const runs: { last?: DigitRun } = {};
  for (let i = 0; i < tokens.length; i++) {
    const core = coreAt(tokens, i);
    if (!core) continue;
    if (isExempt(tokens, core, sentenceStart, runs)) {
      i = core.last;
      continue;
    }
    let first = matchApproximator(tokens, core.first);
    // "more than a third", "nearly a dozen": an approximator before the article.
    if (first < core.first && /^an?$/.test(tokens[first].lower)) first = matchApproximator(tokens, first);
    const last = extendRight(tokens, core, lowerAt(tokens, first) === "between");
    spans.push({ start: tokens[first].start, end: tokens[last].end, value: core.value });
    i = last;
  }
  return spans;
}

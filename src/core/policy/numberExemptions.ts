import { matchApproximator } from "../claims/approximators";
import { Core, FRACTION_DENOMINATORS, FRACTION_WORD, isNumberWord, lowerAt, SCALES } from "../claims/numberCore";
import { FIGURE_STOP_WORDS } from "./functionWords";
import { NOT_IN_NUMBER_PHRASE, SCALE_WORDS, TIME_UNITS } from "./numberWords";
import { isDigits } from "../text/digits";
import { Token } from "../text/tokens";
import { FIXED_SETS, GROUP_NAMES } from "./fixedCounts";
import { CAPITAL, CAPITAL_START, CURRENCY_START, LOWER_START } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const HYPHENED_SUFFIX = /[-\u2011]([\p{L}-]+)$/u;
const AND_TO_OR = /^(?:and|to|or)$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const DECADE = /^['\u2019]?\d+s$/;
const ISO_DATE = /^\d{4}-\d{1,2}(?:-\d{1,2})?$/;
const NUMERIC_DATE = /^\d{1,4}[-/]\d{1,2}[-/]\d{2,4}$/;
const CLOCK = /:\d/;
const DOTS = /\./g;
const ORDINAL_DIGITS = /\d(?:st|nd|rd|th)$/;
const VERSION = /^\d+(?:\.\d+){2,}$/;
const HOUSE_NUMBER = /^\d+(?:-\d+)?$/;
const NUMBER_ABBREVIATION = /^nos?$/;
const HYPHENED_CAPITAL = /[-\u2011]\p{Lu}/u;

/**
 * The numbers policy 1.2 says are not claims, as a table of named rules. A
 * number is exempt when any rule applies to it; the first rule that does is
 * the one a hover or a report names.
 */
export interface NumberExemption {
  /** Stable name of the rule: `age`, `year`. */
  id: string;
  /** Where the rule is written down: a section of the attribution policy, or a decision in docs/policy.md. */
  policy: string;
  /** A phrase the rule exempts, the number in it. */
  example: string;
  applies: (n: NumberAt) => boolean;
}

/** A number core and the words around it, as the rules read them. */
export interface NumberAt {
  tokens: Token[];
  core: Core;
  sentenceStart: number;
  token: Token;
  raw: string;
  lower: string;
  prev?: Token;
  prevLower: string;
  next?: Token;
  nextLower: string;
  /** Written with digits (`60,000`, `$4K`, `18-month`) rather than words. */
  digits: boolean;
  /** Digits and nothing else: `66`, not `66th` or `1,900`. */
  plain: boolean;
  /** One token, with no scale word after it. */
  single: boolean;
  /** The lower-case word `k` tokens before the core (1 is the word right before it). */
  before(k: number): string;
  /** The lower-case word `k` tokens after the core. */
  after(k: number): string;
  /** The `k` tokens right before the core. */
  within(k: number): Token[];
  /** What the rules have read of this sentence so far (see DigitRuns). */
  runs: DigitRuns;
}

/**
 * The last run of spaced digit groups read in a sentence: one reading of a
 * sentence's numbers passes the same object to every number, so a run of
 * thousands of numbers is walked once, not once a number.
 */
export interface DigitRuns {
  last?: DigitRun;
}

const MONTHS = new Set(
  "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december".split(
    " ",
  ),
);
const TIME_SUFFIX =
  /^(?:a\.?m|p\.?m|am|pm|o'clock|o’clock|utc|gmt|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|ist|jst|hours|hrs|h)$/;
/** Units written against the digits, in their own case: `30km` is a measure, `5G` and `4K` are names. */
const GLUED_UNIT =
  /^(?:km|kg|mm|cm|m|mi|mph|kph|ft|in|lb|lbs|oz|mg|ml|l|L|g|t|bn|mn|tn|k|GW|MW|kW|kWh|MWh|GWh|GB|MB|TB|Hz|GHz|MHz|ha|bps|x|am|pm|AM|PM|a\.m|p\.m|C|F)$/;
/** Degrees written against the digits (`35C`, `95F`), a measure unless a place's label names it (`seat 12F`). */
const TEMPERATURE_UNIT = /^[CF]$/;
const STREET =
  /^(?:st|street|ave|av|avenue|road|rd|blvd|boulevard|lane|ln|drive|dr|way|place|pl|court|ct|square|sq|terrace|highway|hwy)$/;
const PERCENT = new Set(["percent", "per", "%", "percentage"]);
/** Capitalised words before a bare number that do not make it a name (`Some 144 passengers`). */
const FUNCTION_WORDS = new Set(
  (
    "the a an some about only all more nearly almost roughly approximately around over under up at in by of for with " +
    "from to and but or just another those these its his her their our both each every no when while after before " +
    "since until about than as if on exactly between among there here estimated total record"
  ).split(" "),
);
const NAME_BEFORE_NUMBER_EXCEPTIONS = new Set([...MONTHS, "no", "nos", "number"]);
/** Lower-case nouns that name a class or a place by its number rather than count it (`stage 4`, `ward 12`, `gate 3`). */
const CLASSIFIERS = new Set(
  (
    "type stage level grade phase category class tier step chapter page section article clause " +
    "ward district precinct room gate platform terminal pier berth zone sector route seat row"
  ).split(" "),
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
const AGE_WORDS = new Set(["aged", "age", "ages"]);
/** An age written against the digits: `a 53-year-old`, `two 8-year-olds`. */
const AGE_COMPOUND = /^(?:year-olds?|years?-old)$/;
/** An age written after a number word: `a five year-old`. */
const AGE_AFTER_WORDS = /^(?:year|month|day|week|hour|minute)s?-old$/;
/** Nobody is older: a larger number between commas after a name is a count. */
const OLDEST_AGE = 120;
/** Words before `one` that make it a count (`only one`, `at least one`, `more than one`), not a pronoun. */
const COUNT_BEFORE_ONE = new Set(["only", "just", "least", "than", "exactly"]);
/** Words before a fraction that make it a share (`more than half`, `a third`), as an approximator (`nearly half`) and `of` after it do. */
const SHARE_BEFORE_FRACTION = new Set(["than", "a"]);
/** Words that make `quarter` a period of the year: `the first quarter`. */
const QUARTER_ORDINALS = new Set(["first", "second", "third", "fourth", "final", "last", "next", "previous"]);
const QUARTERS = new Set(["quarter", "quarters"]);
/** An event named by its distance: "the men's 100 metres". */
const EVENT_OWNERS = /^(?:men|women|boys|girls)['\u2019]s?$/;
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

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && CAPITAL_START.test(t.text);
}

/** A run of spaced digit groups, and whether it dials a telephone: every number in the run gets the same answer. */
interface DigitRun {
  from: number;
  to: number;
  phone: boolean;
}

const plainAt = (tokens: Token[], k: number) => tokens[k]?.kind === "number" && isDigits(tokens[k].text);

/** Whether the tokens at k and k + 1 are digit groups one space apart. */
const spacedAt = (tokens: Token[], k: number) =>
  plainAt(tokens, k) && plainAt(tokens, k + 1) && tokens[k + 1].start - tokens[k].end === 1;

function digitRun(tokens: Token[], first: number): DigitRun {
  let from = first;
  while (spacedAt(tokens, from - 1)) from--;
  let to = first;
  while (spacedAt(tokens, to)) to++;
  const groups = to - from + 1;
  if (groups < 3) return { from, to, phone: false };
  const dialled = tokens[from - 1]?.text === "+" || tokens.slice(from, to + 1).some((t) => t.text.startsWith("0"));
  const named = tokens.slice(Math.max(0, from - 6), from).some((t) => PHONE_WORDS.has(t.lower));
  return { from, to, phone: dialled || named || groups >= 4 };
}

function isPhoneNumber({ tokens, core, runs, plain }: NumberAt): boolean {
  if (!plain && PHONE_TOKEN.test(tokens[core.first].text)) return true;
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
function isApproximateCount({ tokens, core }: NumberAt): boolean {
  const next = tokens[core.last + 1];
  const noun =
    next?.kind === "word" &&
    LOWER_START.test(next.text) &&
    !NOT_IN_NUMBER_PHRASE.has(next.lower) &&
    !MONTHS.has(next.lower);
  return noun && matchApproximator(tokens, core.first) < core.first;
}

/** The hyphenated word written against the digits, in lower case: `18-month` → "month". */
function suffixOf(n: NumberAt): string {
  // Most numbers have no hyphen: they are told without running the pattern (two rules ask, for every number).
  if (!n.raw.includes("-") && !n.raw.includes("\u2011")) return "";
  return HYPHENED_SUFFIX.exec(n.raw)?.[1]?.toLowerCase() ?? "";
}

/**
 * Every way the policy's "ages in any form" is written: against the digits
 * (`a 53-year-old`), after `aged` (`aged 7`, `aged between 18 and 39`, `aged
 * fourteen, five and two`), before `years old` (`ranging from 17 to 62 years
 * old`), or in apposition to a person (`Otis Greer, 82,`, `Greer (82)`).
 */
function isAge(n: NumberAt): boolean {
  const { tokens, core } = n;
  if (!n.digits) {
    if (AGE_AFTER_WORDS.test(n.nextLower) || AGE_WORDS.has(n.prevLower)) return true;
    return (n.prev?.text === "," || AND_TO_OR.test(n.prevLower)) && n.within(6).some(isAgeWord);
  }
  if (!n.plain) return AGE_COMPOUND.test(suffixOf(n));
  const afterAged =
    AGE_WORDS.has(n.prevLower) ||
    (n.prevLower === "between" && AGE_WORDS.has(n.before(2))) ||
    ((n.prevLower === "and" || n.prevLower === "to") && n.within(5).some(isAgeWord));
  const yearsOld =
    (YEARS.has(n.nextLower) && n.after(2) === "old") ||
    (RANGE_JOINS.has(n.nextLower) &&
      isDigits(tokens[core.last + 2]?.text ?? "") &&
      YEARS.has(n.after(3)) &&
      n.after(4) === "old");
  if (afterAged || yearsOld) return true;
  // Only a number young enough stands in apposition: the word before it is read only then (a list of figures has thousands).
  if (!(Number(n.raw) < OLDEST_AGE)) return false;
  const person = tokens[core.first - 2];
  const isPerson =
    person !== undefined &&
    ((isCapitalised(person) && !FUNCTION_WORDS.has(person.lower)) || PERSON_NOUNS.has(person.lower));
  return (
    (n.prev?.text === "," && n.next?.text === "," && isPerson) ||
    (n.prev?.text === "(" && n.next?.text === ")" && isCapitalised(person))
  );
}

const isAgeWord = (t: Token) => AGE_WORDS.has(t.lower);
const YEARS = new Set(["year", "years"]);
const OLDS = new Set(["old", "olds"]);
/** What joins the ends of a range of ages: `13 to 18`, `13-18`. */
const RANGE_JOINS = new Set(["to", "and", "-", "\u2013"]);

/** Whether `year olds` or `years old` follows, `k` tokens after the core. */
const yearOldsAt = (n: NumberAt, k: number) => YEARS.has(n.after(k)) && OLDS.has(n.after(k + 1));

/**
 * Ages as ranges and bounds without hyphens (v1.2): `13 to 18 year olds`,
 * `18 year olds`, `18 or older`, `21 and over` after an age word.
 */
function isAgeRange(n: NumberAt): boolean {
  if (!n.plain) return false;
  if (yearOldsAt(n, 1)) return true;
  const next = n.nextLower;
  if ((RANGE_JOINS.has(next) || next === "or") && isDigits(n.after(2)) && yearOldsAt(n, 3)) return true;
  return (next === "or" || next === "and") && (n.after(2) === "older" || n.after(2) === "younger");
}

/** `the fifty states`, `the seven continents`, `the Group of 20`: a count that is part of a name (v1.2). */
function isFixedCount(n: NumberAt): boolean {
  if (n.prevLower === "the" && FIXED_SETS.has(`${n.lower} ${n.nextLower}`)) return true;
  return n.prevLower === "of" && isCapitalised(n.tokens[n.core.first - 2]) && GROUP_NAMES.test(n.before(2));
}

const YEAR_HUNDREDS = /^(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/;
const YEAR_PREPOSITIONS = /^(?:in|since|until|till|from|by|during|before|after|of|year)$/;

/**
 * Years written in words (v1.2): `in nineteen eighty-four`, `since two
 * thousand and nine`, after a word that says when.
 */
function isYearInWords(n: NumberAt): boolean {
  if (n.digits) return false;
  const words = n.tokens.slice(n.core.first, n.core.last + 1).map((t) => t.lower);
  // "of twenty thousand people", "by fifteen hundred workers": a scale word before the noun it counts makes a count.
  const scale = Object.hasOwn(SCALE_WORDS, words[words.length - 1] ?? "");
  if (scale && LOWER_WORD.test(n.next?.text ?? "") && !FIGURE_STOP_WORDS.has(n.nextLower)) return false;
  if (words.length === 2 && YEAR_HUNDREDS.test(words[0]) && scale && words[1] !== "hundred") return false;
  const whenBefore = YEAR_PREPOSITIONS.test(n.prevLower);
  if (whenBefore && YEAR_HUNDREDS.test(words[0] ?? "") && words.length > 1) return true;
  if (whenBefore && words.join(" ") === "two thousand") return true;
  // "nine" in "since two thousand and nine": the last part of the year.
  return (
    n.prevLower === "and" && n.before(2) === "thousand" && n.before(3) === "two" && YEAR_PREPOSITIONS.test(n.before(4))
  );
}

/** Durations and calendar spans: `five months`, `an 18-month contract`, `the first quarter`, `a minute and a half`. */
function isDuration(n: NumberAt): boolean {
  if (n.digits) {
    const suffix = suffixOf(n);
    return (
      (suffix !== "" && TIME_UNITS.has(suffix.split("-")[0])) ||
      (TIME_UNITS.has(n.nextLower) && !QUARTERS.has(n.nextLower))
    );
  }
  if (TIME_UNITS.has(n.nextLower)) return true;
  if (n.lower === "quarter" && QUARTER_ORDINALS.has(n.prevLower)) return true;
  if (n.lower === "half" && n.prevLower === "a" && n.before(2) === "and" && TIME_UNITS.has(n.before(3))) return true;
  return FRACTION_WORD.test(n.lower) && (n.nextLower === "an" || (n.nextLower === "of" && TIME_UNITS.has(n.after(3))));
}

/** `one` is a count only after a word that counts (`only one`), after another count (`three women and one man`) or before a scale word. */
function isOneAsPronoun(n: NumberAt): boolean {
  if (n.digits || n.lower !== "one") return false;
  const afterCount =
    n.prevLower === "and" &&
    n.tokens
      .slice(Math.max(0, n.core.first - 5), n.core.first - 1)
      .some((x) => x.kind === "number" || isNumberWord(x.lower));
  return !(COUNT_BEFORE_ONE.has(n.prevLower) || afterCount || n.nextLower in SCALES);
}

/** Whether a slash and a number follow the core, neither spaced from what is before it: `9/11`. */
function slashAfter(tokens: Token[], core: Core): boolean {
  const slash = tokens[core.last + 1];
  const number = tokens[core.last + 2];
  return (
    slash?.text === "/" &&
    number?.kind === "number" &&
    slash.start === tokens[core.last].end &&
    number.start === slash.end
  );
}

/** A word without its dots (`p.m.` → `pm`); most words have none, and are not run through the pattern once a number. */
const undotted = (word: string) => (word.includes(".") ? word.replace(DOTS, "") : word);

/** Rules in the order a report names them: the most telling first. */
export const NUMBER_EXEMPTIONS: readonly NumberExemption[] = [
  {
    id: "age",
    policy: "§1.2 ages in any form",
    example: "Mara Lindqvist, 74, said",
    applies: isAge,
  },
  {
    id: "age-range",
    policy: "§1.2 ages in any form (v1.2: ranges without hyphens)",
    example: "13 to 18 year olds",
    applies: isAgeRange,
  },
  {
    id: "fixed-count",
    policy: "§1.2 fixed counts that are part of what a thing is called",
    example: "the fifty states",
    applies: isFixedCount,
  },
  {
    id: "year-in-words",
    policy: "§1.2 dates and times (v1.2: years written in words)",
    example: "in nineteen eighty-four",
    applies: isYearInWords,
  },
  {
    id: "decade",
    policy: "§1.2 dates and times",
    example: "the 1990s",
    applies: (n) => n.digits && !n.plain && DECADE.test(n.raw),
  },
  {
    id: "year",
    policy: "§1.2 dates and times",
    example: "in 2024",
    applies: (n) =>
      n.plain &&
      n.single &&
      n.raw.length === 4 &&
      Number(n.raw) >= 1000 &&
      Number(n.raw) <= 2199 &&
      !PERCENT.has(n.nextLower) &&
      !isApproximateCount(n),
  },
  {
    id: "date",
    policy: "§1.2 dates and times",
    example: "on Jan. 20",
    applies: (n) =>
      (n.digits && !n.plain && (ISO_DATE.test(n.raw) || NUMERIC_DATE.test(n.raw))) ||
      (n.plain &&
        (MONTHS.has(n.prevLower) ||
          (n.prevLower.endsWith(".") && MONTHS.has(n.prevLower.slice(0, -1))) ||
          (n.prev?.text === "." && MONTHS.has(n.before(2))) ||
          MONTHS.has(n.nextLower))),
  },
  {
    id: "time-of-day",
    policy: "§1.2 dates and times",
    example: "at 7:30",
    applies: (n) => n.digits && ((!n.plain && CLOCK.test(n.raw)) || TIME_SUFFIX.test(undotted(n.nextLower))),
  },
  {
    id: "slashed-date",
    policy: "docs/policy.md §5 numbers: numbers joined by a slash",
    example: "9/11",
    applies: (n) =>
      n.plain &&
      ((slashAfter(n.tokens, n.core) && n.after(3) !== "of") ||
        (n.prev?.text === "/" &&
          n.tokens[n.core.first - 2]?.kind === "number" &&
          n.prev.end === n.token.start &&
          n.nextLower !== "of")),
  },
  {
    id: "duration",
    policy: "§1.2 durations and calendar spans",
    example: "for five months",
    applies: isDuration,
  },
  {
    id: "ordinal",
    policy: "§1.2 ordinals, placings and ranks",
    example: "a third dose",
    applies: (n) =>
      n.digits
        ? !n.plain && ORDINAL_DIGITS.test(n.raw)
        : n.lower in FRACTION_DENOMINATORS &&
          n.lower !== "half" &&
          n.prevLower === "a" &&
          n.next?.kind === "word" &&
          !NOT_IN_NUMBER_PHRASE.has(n.nextLower) &&
          !PERCENT.has(n.nextLower),
  },
  {
    id: "fraction-not-share",
    policy: "docs/policy.md §5 numbers: half, a third, a quarter",
    example: "the better half",
    applies: (n) =>
      !n.digits &&
      n.single &&
      FRACTION_WORD.test(n.lower) &&
      !(
        n.nextLower === "of" ||
        SHARE_BEFORE_FRACTION.has(n.prevLower) ||
        matchApproximator(n.tokens, n.core.first) < n.core.first
      ),
  },
  {
    id: "one-as-pronoun",
    policy: "§1.2 one used as a pronoun or article",
    example: "one of our biggest wins",
    applies: isOneAsPronoun,
  },
  {
    id: "phone-number",
    policy: "§1.2 names and identifiers: phone numbers",
    example: "call 555-0148",
    applies: (n) => n.digits && isPhoneNumber(n),
  },
  {
    id: "version",
    policy: "§1.2 names and identifiers: version numbers",
    example: "version 2.4.1",
    applies: (n) => n.digits && !n.plain && VERSION.test(n.raw),
  },
  {
    id: "street-address",
    policy: "§1.2 names and identifiers: addresses",
    example: "12 Harbour St.",
    applies: (n) => n.digits && isCapitalised(n.next) && HOUSE_NUMBER.test(n.raw) && STREET.test(n.after(2)),
  },
  {
    id: "number-sign",
    policy: "§1.2 names and identifiers",
    example: "Apt. #4",
    applies: (n) =>
      n.digits &&
      ((n.prev?.text === "#" && n.prev.end === n.token.start) ||
        n.prevLower === "number" ||
        (n.prev?.text === "." && NUMBER_ABBREVIATION.test(n.before(2)))),
  },
  {
    id: "glued-name",
    policy: "§1.2 names and identifiers",
    example: "5G",
    applies: ({ tokens, core, digits, plain, raw, next, prevLower }) =>
      digits &&
      ((!plain && HYPHENED_CAPITAL.test(raw)) ||
        (next?.kind === "word" &&
          next.start === tokens[core.last].end &&
          (!GLUED_UNIT.test(next.text) || (TEMPERATURE_UNIT.test(next.text) && CLASSIFIERS.has(prevLower))) &&
          !CURRENCY_START.test(raw))),
  },
  {
    id: "named-number",
    policy: "§1.2 names and identifiers",
    example: "Route 66",
    applies: ({ tokens, core, prev, prevLower, next, nextLower, plain, single }) => {
      if (!plain) return false;
      const afterName =
        single &&
        prev?.kind === "word" &&
        (isCapitalised(prev) || CAPITAL.test(prev.text)) &&
        !FUNCTION_WORDS.has(prevLower) &&
        !NAME_BEFORE_NUMBER_EXCEPTIONS.has(prevLower) &&
        (!next || (!(nextLower in SCALES) && !PERCENT.has(nextLower)));
      // The far end of a named range: "Category 3 to 4", "Route 9 or 11".
      const rangeStart = tokens[core.first - 2];
      const rangeName = tokens[core.first - 3];
      const rangeEnd =
        (prevLower === "to" || prevLower === "or" || prevLower === "and") &&
        rangeStart?.kind === "number" &&
        isDigits(rangeStart.text) &&
        isCapitalised(rangeName) &&
        !FUNCTION_WORDS.has(rangeName.lower) &&
        !NAME_BEFORE_NUMBER_EXCEPTIONS.has(rangeName.lower);
      return afterName || rangeEnd;
    },
  },
  {
    id: "class-number",
    policy: "§1.2 names and identifiers",
    example: "type 2 diabetes",
    applies: (n) => n.plain && n.single && CLASSIFIERS.has(n.prevLower),
  },
  {
    id: "distance-event",
    policy: "§1.2 names and identifiers",
    example: "the women's 400 metres",
    applies: (n) => n.digits && EVENT_OWNERS.test(n.prevLower),
  },
  {
    id: "number-word-in-name",
    policy: "§1.2 fixed counts that are part of what a thing is called",
    example: "near Three Mile Island",
    applies: ({ token, digits, prev, prevLower, next, sentenceStart }) =>
      !digits &&
      isCapitalised(token) &&
      ((token.start !== sentenceStart && isCapitalised(next)) ||
        (isCapitalised(prev) && !FUNCTION_WORDS.has(prevLower))),
  },
];

/**
 * The number core and its neighbours, read once for all the rules: a class,
 * so that its three look-ups are shared methods, not closures made for each
 * of the thousands of numbers a table holds.
 */
class NumberReading implements NumberAt {
  readonly token: Token;
  readonly raw: string;
  readonly lower: string;
  readonly prev?: Token;
  readonly prevLower: string;
  readonly next?: Token;
  readonly nextLower: string;
  readonly digits: boolean;
  readonly plain: boolean;
  readonly single: boolean;

  constructor(
    readonly tokens: Token[],
    readonly core: Core,
    readonly sentenceStart: number,
    readonly runs: DigitRuns,
  ) {
    const token = tokens[core.first];
    this.token = token;
    this.raw = token.text;
    this.lower = token.lower;
    this.prev = tokens[core.first - 1];
    this.prevLower = lowerAt(tokens, core.first - 1);
    this.next = tokens[core.last + 1];
    this.nextLower = lowerAt(tokens, core.last + 1);
    this.digits = token.kind === "number";
    this.plain = this.digits && isDigits(token.text);
    this.single = core.first === core.last;
  }

  before(k: number): string {
    return lowerAt(this.tokens, this.core.first - k);
  }

  after(k: number): string {
    return lowerAt(this.tokens, this.core.last + k);
  }

  within(k: number): Token[] {
    return this.tokens.slice(Math.max(0, this.core.first - k), this.core.first);
  }
}

/** The rule that exempts a number core from being a claim, if one does. */
export function exemptionOf(
  tokens: Token[],
  core: Core,
  sentenceStart: number,
  runs: DigitRuns = {},
): NumberExemption | undefined {
  const n = new NumberReading(tokens, core, sentenceStart, runs);
  for (const rule of NUMBER_EXEMPTIONS) if (rule.applies(n)) return rule;
  return undefined;
}

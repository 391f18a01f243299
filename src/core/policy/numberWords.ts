/**
 * The English lexicon numbers are read with: number words and their values
 * (which claims and source matching share), units of time, and the words
 * that end a number's noun phrase.
 */

/** Number words and their values. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** Shorthand scales written against a figure (`$8.1bn`, `£1.2m`, `$50k`), for the places that read them as one. */
export const SHORTHAND_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12 };

/** Units of time: after a number they make a duration (`five months`), after `a` or `per` a rate (`$38 million a year`). */
export const TIME_UNITS = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries fortnight fortnights night nights weekend weekends semester semesters season seasons quarter quarters winters summers springs autumns".split(
    " ",
  ),
);
/**
 * What a whole number of millions counts in shorthand (`3m people`, `12m
 * voters`, `2m yen`): a bare `m` after a whole number is millions only
 * before one of these, and metres before any other word (`400m hurdles`,
 * `10m waves`, `4m high`). After a decimal (`1.5m Canadians`) any plural
 * makes it millions: lengths are seldom given to a tenth of a metre
 * before a plural.
 */
export const MILLIONS_OF = (
  "people children men women residents voters workers users customers households homes jobs passengers visitors " +
  "viewers subscribers patients students tourists yen euros dollars"
).split(" ");

/** Words that never belong to the noun phrase after a number. */
export const NOT_IN_NUMBER_PHRASE = new Set(
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
export const VERB_FORMS = new Set(
  (
    "remain remains rose fell grew died became began went came took gave got made kept held ran won spent paid sought saw " +
    "stood sat fled fought opens closes aged"
  ).split(" "),
);

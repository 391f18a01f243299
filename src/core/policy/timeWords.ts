/** Months and days, English names and the AP abbreviations (`Jan.`, `Sept.`). */
export const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december".split(" "),
);
export const WEEKDAYS: ReadonlySet<string> = new Set(
  "monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/** Months, days and periods, which say when, never who: `GM in November announced`, `said the next day`. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...(
    "day days week weeks month months year years morning afternoon evening night time times hour hours " +
    "minute minutes moment weekend"
  ).split(" "),
]);

/** Words that count one of a unit back, besides `one`: `a year ago`, `last year`, `the previous year`, `the prior quarter`. */
export const ONE_BACK: ReadonlySet<string> = new Set("a an last previous prior".split(" "));

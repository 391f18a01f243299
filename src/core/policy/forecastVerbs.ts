/** A forecast is its maker's: `Halden now expects revenue of $11 billion` names who expects it (policy 2). */
export const FORECAST_VERBS: ReadonlySet<string> = new Set(
  "expect expects expected predict predicts predicted projected".split(" "),
);

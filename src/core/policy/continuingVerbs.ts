/**
 * Verbs a source article uses to hand words on that the checker's lexicon leaves
 * out because they need the article's context (`continued Bloomberg`); reading
 * a source, that context is there.
 */
export const CONTINUING_VERBS: ReadonlySet<string> = new Set(
  "continued continues recognized recognised reiterated reiterates".split(" "),
);

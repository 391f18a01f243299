/**
 * Report nouns: documents and data that can be a cue's subject in an
 * evidential frame (policy 2: `a report found`, `census data show`, `the
 * survey estimated`). From the policy's examples and the kinds of document
 * wire services cite for figures.
 */
export const REPORT_NOUNS: ReadonlySet<string> = new Set(
  (
    "report reports study studies survey surveys poll polls data figures figure statistics stats analysis analyses " +
    "census audit audits review reviews research investigation investigations estimates estimate records record " +
    "documents document filing filings model models projections tally count assessment inquiry paper findings " +
    "numbers index ranking rankings report's study's forecast forecasts"
  ).split(" "),
);

/**
 * Nouns that make a capitalised run an organisation's name, not a person's
 * (`Transport Authority`, `Ministry of Health`, `Daily News`), from the
 * words organisations put in their names.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  (
    "authority union department university college service office committee council ministry agency electric company inc corp bureau division " +
    "group association house court police government commission bank news magazine party institute center centre foundation " +
    "society board press times post hospital school church club team airlines army navy force forces guard assembly parliament " +
    "congress senate administration bureau network organization organisation corporation trust fund museum library port airport " +
    "county city state nations units republic federation"
  ).split(" "),
);

/** Words a story uses for a company, club or charity it has named: `the company said`, `the club said`, `the organisation said`. */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(
  (
    "company firm group business retailer carrier airline maker manufacturer insurer lender publisher operator chain " +
    "club team side outfit force organisation organization charity"
  ).split(" "),
);

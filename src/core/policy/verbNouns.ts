/**
 * Report verbs that are also nouns (`the McLaren report`, `early reports
 * said`), from the communication verbs (communicationVerbs.ts) whose base or
 * -s form a dictionary also lists as a noun.
 */

/** Report verbs whose base form is also a singular noun: `the McLaren report`, `her Facebook post`. */
export const NOUN_BASE_FORMS: ReadonlySet<string> = new Set(
  "report post tweet comment claim estimate note record count reply forecast list statement".split(" "),
);

/** Report verbs whose -s form is also a plural noun: `estimates`, `reports`, `claims`. */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set(
  "estimates reports notes claims comments posts tweets counts records figures statements remarks state states".split(
    " ",
  ),
);

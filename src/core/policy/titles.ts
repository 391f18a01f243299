/**
 * Titles, roles and honorifics that stand before or for a name (`Defense
 * Secretary`, `Dr.`, `Cllr`): AP and BBC style's courtesy titles and the job
 * titles that head a first reference.
 */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(
  (
    "manager professor coordinator secretary chairman chairwoman chair ceo executive founder curator director " +
    "commissioner superintendent sheriff chancellor spokesperson spokesman spokeswoman analyst researcher " +
    "economist advocate attorney lawyer counsel colonel general captain sergeant lieutenant officer inspector " +
    "detective deputy minister president premier mayor governor senator representative leader head owner " +
    "volunteer resident organizer organiser candidate consultant"
  ).split(" "),
);

/** Courtesy titles before a surname (`Mr. Zelensky`, `Cllr Jones`). */
export const HONORIFICS = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Cr|Cllr)\.?$/;

/**
 * Words of a title before a name (`Prime Minister`, `Acting Director`,
 * `Sen.`): the job titles with the ranks, honorifics and qualifiers
 * (`former`, `interim`) that AP and BBC style put before a name.
 */
export const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set([
  ...TITLE_NOUNS,
  ...(
    "prime sen rep king queen prince princess chief judge justice pope bishop speaker editor ambassador coach " +
    "councillor councilman councilwoman dr mr mrs ms mx miss prof cr cllr sir dame lord lady doctor commander major " +
    "vice acting interim former"
  ).split(" "),
]);

/**
 * Roles that describe what a person does, not an office they hold: AP style
 * writes occupational titles in lower case even before a name (`resident
 * Carla Mendes`, `analyst Sophie Martin`), so one that opens a sentence has
 * its capital for the sentence only.
 */
export const OCCUPATIONS: ReadonlySet<string> = new Set(
  (
    "resident volunteer organizer organiser candidate consultant analyst researcher economist advocate lawyer " +
    "attorney spokesperson spokesman spokeswoman owner founder curator coordinator manager executive"
  ).split(" "),
);

import { MONTHS, WEEKDAYS } from "./timeWords";

/**
 * Capitalised words that are never a name or part of one (`But`, `However`,
 * `The`): function words that open sentences. Draw on English grammar's
 * closed classes; months and days name a time, not a person.
 */

/** Function words that, capitalised, open a sentence or a phrase but no name (`According to …`, `Despite …`). */
export const NOT_NAME_IN_SOURCE: ReadonlySet<string> = new Set(
  (
    "the a an this that these those it its he she they we i you but and or so yet in on at by for with of to from " +
    "as if when while after before since until because although though however meanwhile still also then there " +
    "here some many most all both each every no not despite according"
  ).split(" "),
);

/** Words that, capitalised in a draft, are no name: a subject made of one is no named source. */
export const NOT_NAMES: ReadonlySet<string> = new Set([...NOT_NAME_IN_SOURCE, ...WEEKDAYS, ...MONTHS]);

/** Words that end the lower-case modifiers before a name (`union president Jane Doe`): a cue or a preposition. */
export const MODIFIER_STOPS: ReadonlySet<string> = new Set(
  "said says told wrote added by to from with at on in for and that as".split(" "),
);

import { NOT_NAMES } from "./nameStopWords";

/**
 * Function words (English grammar's closed classes: articles, pronouns,
 * prepositions, conjunctions, auxiliaries) in the roles the readers give
 * them: never a subject nor its verb, never a content word of a match.
 */

/** Words that are neither a subject nor its verb (`upon`, `whose`, `via`), with the words that are no name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...NOT_NAMES,
  ..."upon about like than whose what whom into onto across along around past via without within".split(" "),
]);

/** Words a quotation's match with its source ignores: they carry no content (`the`, `has`, `roughly`). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the of to in on at for by with and or but as is are was were be been has have had it its this that these those " +
    "from than then there their they he she we i you our your his her them not no so if into over about some more most " +
    "almost roughly nearly around approximately"
  ).split(" "),
);

/** Words a figure's context ignores when it is matched with the source's: the stop words, approximators and scales. */
export const FIGURE_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...(
    "being estimated just only up down out off per percent cent which who whom what when where while would could " +
    "should will can may might must do does did also after before since between among during under less fewer least " +
    "hundred thousand million billion trillion"
  ).split(" "),
]);

/** Words after a quotation that go on with the sentence rather than name what the quotation labels. */
export const LINKING_WORDS: ReadonlySet<string> = new Set(
  "and or but to for in on at by with from as that which who after before while when because since about than of".split(
    " ",
  ),
);

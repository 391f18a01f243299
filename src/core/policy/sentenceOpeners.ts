/**
 * Capitalised words that commonly open a news sentence (articles, pronouns,
 * conjunctions, prepositions, numbers and the usual described sources): after
 * an abbreviation's full stop, one of them shows that a new sentence starts.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    "the a an he she it they we i you but and no this that these those there in on at for some many most " +
    "its his her their our one two three four five six seven eight nine ten if when while after before as " +
    "meanwhile however officials police authorities"
  ).split(" "),
);

/**
 * Titles of works and names in quotation marks (policy 1.1, v1.2): exempt
 * whatever their length when a word that introduces a title or a name
 * stands before them (`the film`, `the slogan`, `titled`, `known as`), or
 * names the kind of thing right after them (`the "Stop the Steal"
 * rallies`). The kinds are the policy's examples and the works and
 * campaigns arts and politics pages name (AP style's composition titles).
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set(
  (
    "film films movie movies book books novel novels memoir biography song songs single singles album albums " +
    "track tracks record show shows series programme program play plays musical opera poem poems report " +
    "reports paper study documentary podcast episode campaign campaigns slogan slogans hashtag motto tagline " +
    "headline exhibition exhibit painting game sitcom drama anthem hymn ballad tune hit chorus refrain lyric " +
    "lyrics ad ads advert adverts advertisement commercial jingle initiative programme brand label banner " +
    "catchphrase mantra rallying cry chant title"
  ).split(" "),
);

/**
 * Kinds that are also verbs or document nouns (`polls show "…"`, `Reuters
 * reports "…"`, `the report: "…"`): they name a title only after it.
 */
export const KINDS_ONLY_AFTER: ReadonlySet<string> = new Set(
  "show shows hit record play plays chant track tracks label brand single report reports study paper program programme title banner ad ads".split(
    " ",
  ),
);

/** Words that introduce a name: `titled "…"`, `dubbed "…"`, `known as "…"`. */
export const NAMING_INTRODUCERS: readonly RegExp[] = [
  /\b(?:titled|entitled|dubbed|nicknamed|known as|under the (?:name|title|slogan))\s*$/i,
];

/** Short words a Title Case title leaves in lower case (`Takin' It to the Streets`). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  "a an the and but or nor for so yet of to in on at by from with as into onto over per via vs de la le du von van".split(
    " ",
  ),
);

/**
 * The cue lexicon of policy section 2: speech and report verbs in every
 * tense, and the evidential nouns and verbs of data frames.
 */

/** Speech verbs whose every use with a subject attributes words (`said`, `told`). */
const SPEECH_LEMMAS: Record<string, string[]> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  write: ["write", "writes", "wrote", "writing", "written"],
  state: ["state", "states", "stated"],
  explain: ["explain", "explains", "explained"],
  argue: ["argue", "argues", "argued"],
  insist: ["insist", "insists", "insisted"],
  warn: ["warn", "warns", "warned"],
  testify: ["testify", "testifies", "testified"],
  tweet: ["tweet", "tweets", "tweeted"],
  declare: ["declare", "declares", "declared"],
  assert: ["assert", "asserts", "asserted"],
  contend: ["contend", "contends", "contended"],
  remark: ["remark", "remarks", "remarked"],
  reply: ["reply", "replies", "replied"],
  respond: ["respond", "responds", "responded"],
  ask: ["ask", "asks", "asked"],
  tell_: ["recount", "recounts", "recounted", "recall", "recalls", "recalled"],
  comment: ["comment", "comments", "commented"],
  admit: ["admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged"],
  predict: ["predict", "predicts", "predicted", "forecast", "forecasts", "forecasted"],
  suggest: ["suggest", "suggests", "suggested"],
  urge: ["urge", "urges", "urged"],
  add: ["add", "adds", "added"],
  note: ["note", "notes", "noted"],
  claim: ["claim", "claims", "claimed"],
  post: ["post", "posts", "posted"],
  report: ["report", "reports", "reported"],
  announce: ["announce", "announces", "announced"],
  confirm: ["confirm", "confirms", "confirmed"],
  estimate: ["estimate", "estimates", "estimated"],
  describe: [
    "describe",
    "describes",
    "described",
    "characterize",
    "characterizes",
    "characterized",
    "characterise",
    "characterises",
    "characterised",
    "refer",
    "refers",
    "referred",
    "dub",
    "dubs",
    "dubbed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "brands",
    "branded",
  ],
  call: ["call", "calls", "called"],
  put: ["put", "puts"],
  observe: ["observe", "observes", "observed"],
  concede: ["concede", "concedes", "conceded"],
  counter: ["counter", "counters", "countered"],
  disclose: ["disclose", "discloses", "disclosed", "reveal", "reveals", "revealed"],
  show: ["show", "shows", "showed", "shown", "showing"],
  find: ["find", "finds", "found", "finding"],
  indicate: [
    "expect",
    "expects",
    "expected",
    "indicate",
    "indicates",
    "indicated",
    "indicating",
    "suggesting",
    "revealing",
    "estimating",
    "concluding",
    "conclude",
    "concludes",
    "concluded",
  ],
  put_: [
    "project",
    "projects",
    "projected",
    "calculate",
    "calculates",
    "calculated",
    "count",
    "counts",
    "counted",
    "tally",
    "tallied",
    "record",
    "records",
    "recorded",
    "list",
    "lists",
    "listed",
    "put",
    "puts",
    "cite",
    "cites",
    "cited",
  ],
  framedSpeech: [
    "continue",
    "continues",
    "continued",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "stress",
    "stresses",
    "stressed",
    "emphasize",
    "emphasizes",
    "emphasized",
    "emphasise",
    "emphasises",
    "emphasised",
    "reiterate",
    "reiterates",
    "reiterated",
    "maintain",
    "maintains",
    "maintained",
    "allege",
    "alleges",
    "alleged",
    "vow",
    "vows",
    "vowed",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "shout",
    "shouts",
    "shouted",
    "yell",
    "yelled",
    "whisper",
    "whispered",
    "chant",
    "chanted",
    "joke",
    "joked",
    "quip",
    "quipped",
    "plead",
    "pleaded",
    "boast",
    "boasted",
    "complain",
    "complained",
    "lament",
    "lamented",
    "accuse",
    "accused",
    "demand",
    "demanded",
    "proclaim",
    "proclaimed",
    "muse",
    "mused",
    "echo",
    "echoed",
    "agree",
    "agreed",
    "object",
    "objected",
    "protest",
    "protested",
    "caution",
    "cautioned",
    "advise",
    "advised",
    "underscore",
    "underscored",
    "highlight",
    "highlighted",
    "answer",
    "answered",
    "retort",
    "retorted",
    "exclaim",
    "exclaimed",
    "text",
    "texted",
    "email",
    "emailed",
    "blog",
    "blogged",
    "read",
    "reads",
    "point",
    "pointed",
    "interject",
    "interjected",
    "concur",
    "concurred",
  ],
  believe: [
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "feel",
    "feels",
    "felt",
    "fear",
    "fears",
    "feared",
  ],
};

/**
 * Verbs that also have non-speech senses (`added 300 jobs`, `called it off`,
 * `showed up`): they are cues only in a speech frame (next to a quote, before
 * `that` or a colon, or in an inverted tag) or with a source subject for data.
 */
export const FRAMED_VERBS = new Set([
  ...SPEECH_LEMMAS.add,
  ...SPEECH_LEMMAS.claim,
  ...SPEECH_LEMMAS.post,
  ...SPEECH_LEMMAS.call,
  ...SPEECH_LEMMAS.put,
  ...SPEECH_LEMMAS.ask,
  ...SPEECH_LEMMAS.describe,
  ...SPEECH_LEMMAS.counter,
  ...SPEECH_LEMMAS.tell_,
  ...SPEECH_LEMMAS.comment,
  ...SPEECH_LEMMAS.observe,
  ...SPEECH_LEMMAS.framedSpeech,
  // "declared a state of emergency", "responded with a counter offer", "the four states": not speech.
  ...SPEECH_LEMMAS.declare,
  ...SPEECH_LEMMAS.respond,
  ...SPEECH_LEMMAS.reply,
  ...SPEECH_LEMMAS.state,
]);

/** Verbs of data frames: they attribute only with a data subject (`the report found`, `figures show`). */
export const EVIDENTIAL_VERBS = new Set([
  ...SPEECH_LEMMAS.show,
  ...SPEECH_LEMMAS.find,
  ...SPEECH_LEMMAS.indicate,
  ...SPEECH_LEMMAS.put_,
  ...SPEECH_LEMMAS.disclose,
  ...SPEECH_LEMMAS.estimate,
  ...SPEECH_LEMMAS.report,
  "suggest",
  "suggests",
  "suggested",
  "put",
  "puts",
  "estimate",
  "say",
  "says",
  "said",
]);

/** Verbs that take a subject far away only when unambiguous: `said`, never `estimates` (also a noun). */
export const LONG_REACH_VERBS = new Set([...SPEECH_LEMMAS.say, ...SPEECH_LEMMAS.tell, ...SPEECH_LEMMAS.write]);

/** Opinion verbs: cues only for weasel sources (`experts believe`). */
export const BELIEF_VERBS = new Set(SPEECH_LEMMAS.believe);

export const SPEECH_VERBS = new Set(
  Object.entries(SPEECH_LEMMAS)
    .filter(([lemma]) => !["show", "find", "indicate", "put_", "believe"].includes(lemma))
    .flatMap(([, forms]) => forms),
);

/**
 * Prepositions that make the word after them a noun, never a cue: `in
 * writing`, `pages of records`, `in reports`. (`before adding that`, `after
 * saying` do report speech.)
 */
export const NOUN_MAKING_PREPOSITIONS = new Set(
  "to of in on at for with from into under over through during among between against toward towards per".split(" "),
);

/**
 * A past participle followed by when or by whom, between commas after a noun
 * (`the plan, announced in March, will …`), describes the noun: no cue.
 */
export function isParticipleAfterComma(lower: string, nextLower: string | undefined): boolean {
  return (
    /ed$/.test(lower) &&
    /^(?:in|on|at|last|earlier|this|by|during|after|before|since|early|late)$/.test(nextLower ?? "")
  );
}

/** Report verbs whose base form is also a singular noun: `the McLaren report`, `her Facebook post`. */
const NOUN_BASE_FORMS = new Set([
  "report",
  "post",
  "tweet",
  "comment",
  "claim",
  "estimate",
  "note",
  "record",
  "count",
  "reply",
  "forecast",
  "list",
  "statement",
]);

/** Words that open a noun phrase: after one of them (and a word), a report verb's base form is the noun. */
const PHRASE_OPENERS = new Set(["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your"]);

/** Whether a base-form report verb heads a noun phrase: `the report`, `the McLaren report`, `a police report`. */
export function isNounAfterDeterminer(
  lower: string,
  prevLower: string | undefined,
  beforePrevLower: string | undefined,
): boolean {
  if (!NOUN_BASE_FORMS.has(lower)) return false;
  // "the twins claim": a plural noun before it makes it the verb.
  return (
    PHRASE_OPENERS.has(prevLower ?? "") || (PHRASE_OPENERS.has(beforePrevLower ?? "") && !/s$/.test(prevLower ?? ""))
  );
}

/** Naming verbs: `the study, called ANCHOR-HF,` names the study; nobody speaks. */
export const NAMING_VERBS = new Set([
  "called",
  "named",
  "dubbed",
  "nicknamed",
  "titled",
  "entitled",
  "labelled",
  "labeled",
  "branded",
  "known",
]);

/** `claim to have spent`: a claim verb before an infinitive reports what its subject says. */
export function reportsByInfinitive(lower: string, nextLower: string | undefined): boolean {
  return nextLower === "to" && SPEECH_LEMMAS.claim.includes(lower);
}

/** Report verbs whose -s form is also a plural noun: `estimates`, `reports`, `claims`. */
const NOUN_LIKE_VERBS = new Set([
  "estimates",
  "reports",
  "notes",
  "claims",
  "comments",
  "posts",
  "tweets",
  "counts",
  "records",
  "figures",
  "statements",
  "remarks",
  "state",
  "states",
]);
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been"]);

/**
 * Whether a verb that is also a noun is the noun here, from the word after
 * it: `of` (`international estimates of infection rates`) or a verb (`early
 * reports said`, `property records show`). `Reuters reports that …` is the verb.
 */
export function isNounUse(lower: string, nextLower: string): boolean {
  if (!NOUN_LIKE_VERBS.has(lower)) return false;
  return (
    nextLower === "of" || SPEECH_VERBS.has(nextLower) || EVIDENTIAL_VERBS.has(nextLower) || BE_FORMS.has(nextLower)
  );
}

/** Nouns that make a subject a data source: `a report found`, `census data show`. */
export const EVIDENTIAL_NOUNS = new Set(
  (
    "report reports study studies survey surveys poll polls data figures figure statistics stats analysis analyses " +
    "census audit audits review reviews research investigation investigations estimates estimate records record " +
    "documents document filing filings model models projections tally count assessment inquiry paper findings " +
    "numbers index ranking rankings report's study's forecast forecasts"
  ).split(" "),
);

/** Words that name a described source (policy 2: `officials`, `a spokesperson`, `the ministry`). */
export const SOURCE_NOUNS = new Set(
  (
    "official officials spokesperson spokesman spokeswoman spokespeople representative representatives " +
    "ministry ministries department agency agencies police authorities authority government office " +
    "statement company firm bank council committee commission board court prosecutors prosecutor " +
    "investigators investigator witnesses witness residents resident organizers organisers analysts analyst " +
    "experts expert critics critic researchers researcher scientists scientist doctors doctor officers officer " +
    "sources source people person aides aide diplomats diplomat insiders insider observers " +
    "leaders leader lawmakers lawmaker senator minister president mayor governor chief director " +
    "economist economists group groups union unions association institute university hospital service " +
    "military army navy force forces command ministry's team club owner owners member members staff " +
    "spokesperson's paper newspaper network agency's organization organisation coalition party campaign " +
    "administration regulators regulator utility operator airline carrier manufacturer producer judge " +
    "coroner examiner paramedics firefighters firefighter emts medics rescuers survivors victims families " +
    "family parents teachers students workers employees users customers fans voters citizens locals " +
    "media outlet outlets broadcaster broadcasters reporters reporter journalists journalist correspondent " +
    "correspondents monitors monitor observatory ngo charity nonprofit watchdog ministers secretary cabinet " +
    "parliament congress senate legislature prosecutor's spokesman's embassy consulate mission envoy " +
    "man woman men women someone anyone everyone nobody who"
  ).split(" "),
);

export const PRONOUNS = new Set("he she they it we i you who which".split(" "));

/** Anonymous sources (policy 2.3): unnamed officials and people familiar with a matter. */
export const ANONYMOUS = [
  /\b(?:a|an|one|two|three|four|several|some|other|unnamed|anonymous)\s+(?:[\w.'’-]+\s+){0,3}?(?:officials?|sources?|persons?|people|aides?|diplomats?|insiders?|employees?|staffers?|officers?|executives?)\b/i,
  /\b(?:people|persons?|sources?|officials?)\s+(?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|involved in)\b/i,
  /\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b/i,
  /\bsources\s+(?:say|said|says|told|tell)\b/i,
  /\bwho\s+(?:declined|asked)\s+(?:to\s+be|not\s+to\s+be)\s+(?:named|identified)\b/i,
];

/** Weasel sources (policy 2.3): vague groups, impersonal frames and hearsay adverbs. */
export const WEASEL = [
  /\b(?:some|many|most|several|few|critics|experts|observers|analysts|commentators|skeptics|sceptics|supporters|opponents|detractors|insiders)\s+(?:people\s+|have\s+|had\s+)?(?:say|said|says|believe|believed|think|thought|argue|argued|claim|claimed|suggest|suggested|feel|felt|fear|feared|contend|maintain|allege|alleged|note|noted|warn|warned|agree|agreed)\b/i,
  /\bit\s+(?:is|was|has\s+been|had\s+been)\s+(?:said|believed|thought|reported|claimed|alleged|rumou?red|understood|widely\s+\w+)\b/i,
  /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red(?:ly)?)\b/i,
  /\bby\s+(?:various|some|many|several|other|most|all|early|unconfirmed)\s+(?:reports|accounts|estimates)\b/i,
  /\b(?:according\s+to|per)\s+(?:some|many|critics|experts|observers|reports|rumou?rs|sources)\b/i,
  /\bby\s+some\s+(?:accounts|estimates)\b/i,
];

export function isCueVerb(word: string): boolean {
  return SPEECH_VERBS.has(word) || EVIDENTIAL_VERBS.has(word) || BELIEF_VERBS.has(word);
}

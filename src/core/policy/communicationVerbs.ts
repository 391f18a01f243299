import { WORDNET_SPEECH_VERBS } from "./wordnetVerbs";

/**
 * Verbs of communication and their classes (policy 2, v1.2: any verb of
 * communication with a source as its subject is a cue). The classes below
 * were written by the editors from the policy's examples and wire-service
 * style; the open class is WordNet's (wordnetVerbs.ts, generated).
 */
export type VerbClass =
  /** Every use with a subject attributes words: `said`, `told`, `wrote`. */
  | "speech"
  /** Also non-speech senses (`added 300 jobs`, `called it off`): a cue only in a speech frame. */
  | "framed"
  /** Data frames (`the report found`, `figures show`): a cue only with a data subject. */
  | "evidential"
  /** Opinion (`experts believe`): a cue only for weasel sources. */
  | "belief";

/** Lemma groups with every form the cue reader must know. */
export const CURATED_VERBS: Record<string, { verbClass: VerbClass; forms: string[] }> = {
  say: { verbClass: "speech", forms: ["say", "says", "said", "saying"] },
  tell: { verbClass: "speech", forms: ["tell", "tells", "told", "telling"] },
  write: { verbClass: "speech", forms: ["write", "writes", "wrote", "writing", "written"] },
  explain: { verbClass: "speech", forms: ["explain", "explains", "explained"] },
  argue: { verbClass: "speech", forms: ["argue", "argues", "argued"] },
  insist: { verbClass: "speech", forms: ["insist", "insists", "insisted"] },
  warn: { verbClass: "speech", forms: ["warn", "warns", "warned"] },
  testify: { verbClass: "speech", forms: ["testify", "testifies", "testified"] },
  tweet: { verbClass: "speech", forms: ["tweet", "tweets", "tweeted"] },
  assert: { verbClass: "speech", forms: ["assert", "asserts", "asserted"] },
  contend: { verbClass: "speech", forms: ["contend", "contends", "contended"] },
  remark: { verbClass: "speech", forms: ["remark", "remarks", "remarked"] },
  admit: {
    verbClass: "speech",
    forms: ["admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged"],
  },
  predict: {
    verbClass: "speech",
    forms: ["predict", "predicts", "predicted", "forecast", "forecasts", "forecasted"],
  },
  suggest: { verbClass: "speech", forms: ["suggest", "suggests", "suggested"] },
  urge: { verbClass: "speech", forms: ["urge", "urges", "urged"] },
  note: { verbClass: "speech", forms: ["note", "notes", "noted"] },
  report: { verbClass: "speech", forms: ["report", "reports", "reported"] },
  announce: { verbClass: "speech", forms: ["announce", "announces", "announced"] },
  confirm: { verbClass: "speech", forms: ["confirm", "confirms", "confirmed"] },
  estimate: { verbClass: "speech", forms: ["estimate", "estimates", "estimated"] },
  concede: { verbClass: "speech", forms: ["concede", "concedes", "conceded"] },
  disclose: { verbClass: "speech", forms: ["disclose", "discloses", "disclosed", "reveal", "reveals", "revealed"] },
  declare: { verbClass: "framed", forms: ["declare", "declares", "declared"] },
  state: { verbClass: "framed", forms: ["state", "states", "stated"] },
  respond: { verbClass: "framed", forms: ["respond", "responds", "responded"] },
  reply: { verbClass: "framed", forms: ["reply", "replies", "replied"] },
  ask: { verbClass: "framed", forms: ["ask", "asks", "asked"] },
  recall: {
    verbClass: "framed",
    forms: ["recount", "recounts", "recounted", "recall", "recalls", "recalled"],
  },
  comment: { verbClass: "framed", forms: ["comment", "comments", "commented"] },
  add: { verbClass: "framed", forms: ["add", "adds", "added"] },
  claim: { verbClass: "framed", forms: ["claim", "claims", "claimed"] },
  post: { verbClass: "framed", forms: ["post", "posts", "posted"] },
  describe: {
    verbClass: "framed",
    forms: [
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
  },
  call: { verbClass: "framed", forms: ["call", "calls", "called"] },
  put: { verbClass: "framed", forms: ["put", "puts"] },
  observe: { verbClass: "framed", forms: ["observe", "observes", "observed"] },
  counter: { verbClass: "framed", forms: ["counter", "counters", "countered"] },
  /** A court's or an official's decision, said in a frame: `the judge ruled that …`, not `ruled out a rise`. */
  rule: { verbClass: "framed", forms: ["rule", "rules", "ruled"] },
  speak: {
    verbClass: "framed",
    forms: (
      "continue continues continued speak speaks spoke speaking stress stresses stressed emphasize emphasizes " +
      "emphasized emphasise emphasises emphasised reiterate reiterates reiterated maintain maintains maintained " +
      "allege alleges alleged vow vows vowed promise promises promised pledge pledges pledged shout shouts " +
      "shouted yell yelled whisper whispered chant chanted joke joked quip quipped plead pleaded boast boasted " +
      "complain complained lament lamented accuse accused demand demanded proclaim proclaimed muse mused echo " +
      "echoed agree agreed object objected protest protested caution cautioned advise advised underscore " +
      "underscored highlight highlighted answer answered retort retorted exclaim exclaimed text texted email " +
      "emailed blog blogged read reads point pointed interject interjected concur concurred conclude concludes " +
      "concluded"
    ).split(" "),
  },
  show: { verbClass: "evidential", forms: ["show", "shows", "showed", "shown", "showing"] },
  find: { verbClass: "evidential", forms: ["find", "finds", "found", "finding"] },
  indicate: {
    verbClass: "evidential",
    forms: (
      "expect expects expected indicate indicates indicated indicating suggesting revealing estimating " +
      "concluding conclude concludes concluded"
    ).split(" "),
  },
  tally: {
    verbClass: "evidential",
    forms: (
      "project projects projected calculate calculates calculated count counts counted tally tallied record " +
      "records recorded list lists listed put puts cite cites cited"
    ).split(" "),
  },
  believe: {
    verbClass: "belief",
    forms: "believe believes believed think thinks thought feel feels felt fear fears feared".split(" "),
  },
};

function formsOf(verbClass: VerbClass): string[] {
  return Object.values(CURATED_VERBS)
    .filter((v) => v.verbClass === verbClass)
    .flatMap((v) => v.forms);
}

const CURATED = new Set(Object.values(CURATED_VERBS).flatMap((v) => v.forms));

/**
 * WordNet's communication verbs the editors did not class: speech only in a
 * speech frame (`"…," she grumbled`, `protested that …`), like `framed`.
 */
export const OPEN_CLASS_VERBS: ReadonlySet<string> = new Set(
  Object.entries(WORDNET_SPEECH_VERBS)
    .flatMap(([lemma, forms]) => [lemma, ...forms.split(" ")])
    .filter((f) => !CURATED.has(f)),
);

export const SPEECH_FORMS = formsOf("speech");
export const FRAMED_FORMS = formsOf("framed");
export const EVIDENTIAL_FORMS = formsOf("evidential");
export const BELIEF_FORMS = formsOf("belief");

/** Forms of one curated lemma group (`say`: say, says, said, saying). */
export function formsOfLemma(lemma: string): string[] {
  return CURATED_VERBS[lemma]?.forms ?? [];
}

/**
 * Nouns for what someone said or put forward (the nominalisations of the
 * communication verbs, WordNet's noun.communication senses for a statement
 * and its kinds, read by hand, with the words for a stated view: `view`,
 * `concern`). With a possessor they report speech as the verb would
 * (`the minister's reply: "…"`, `Okafor's admission that …` is `Okafor
 * admitted that …`), and a quotation credited back to one names who spoke
 * (`That is the view voiced by …`).
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(
  (
    "answer answers reply replies response responses retort retorts rejoinder admission admissions denial " +
    "denials remark remarks comment comments words statement statements explanation explanations assertion " +
    "assertions claim claims promise promises pledge pledges vow vows warning warnings confession apology " +
    "plea pleas boast boasts quip quips insistence contention suggestion suggestions announcement " +
    "testimony account description argument arguments objection objections complaint complaints question " +
    "questions view views opinion opinions sentiment sentiments concern concerns verdict message"
  ).split(" "),
);

/**
 * Framing verbs (policy 2, v1.2): a verb that frames the quote it names is
 * a cue (`called it "…"`, `labelled`, `described … as "…"`, `derided … as
 * "…"`). From the policy's examples and the verbs of characterising in
 * WordNet's verb.communication (`describe`, `depict`, `portray`, `hail`).
 */

/** Verbs that frame a quotation after `as`: `described the plan as "…"`, `introduced her as "…"`. */
export const AS_FRAMING_VERBS: ReadonlySet<string> = new Set(
  (
    "describe describes described describing depict depicts depicted portray portrays portrayed characterize " +
    "characterizes characterized characterise characterises characterised deride derides derided dismiss " +
    "dismisses dismissed hail hails hailed praise praises praised introduce introduces introduced present " +
    "presents presented cast casts denounce denounces denounced condemn condemns condemned brand brands " +
    "branded label labels labelled labeled slam slams slammed criticize criticized criticise criticised " +
    "mock mocks mocked tout touts touted pitch pitches pitched"
  ).split(" "),
);

/** Verbs that report what a document or a person depicted without `as`: `reports that depicted "…"`. */
export const DEPICTING_VERBS: ReadonlySet<string> = new Set(
  "depict depicts depicted portray portrays portrayed".split(" "),
);

/** Naming verbs: `the study, called ANCHOR-HF,` names the study; nobody speaks. */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  "called named dubbed nicknamed titled entitled labelled labeled branded known".split(" "),
);

/**
 * Verbs of thought that frame a quotation after a comma or colon (`thought,
 * "…"`, `wondered: "…"`): the quoted thought is its thinker's words.
 */
export const THOUGHT_FRAMING_VERBS: ReadonlySet<string> = new Set(
  "think thinks thought thinking wonder wonders wondered wondering".split(" "),
);

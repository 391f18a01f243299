/**
 * Discourse acts (policy 2, v1.2: any verb of communication with a source
 * as its subject is a cue): taking up a topic in talk (`returned to the
 * issue`, `raised the question`, `pressed the point`). The verb alone has
 * other senses (`returned to Ohio`, `raised taxes`); with a topic noun it is
 * WordNet's verb.communication sense (raise: "put forward for
 * consideration"; press: "insist on"; pursue: "carry on a line of inquiry").
 */

/** Each verb's forms and the particle its topic follows (empty when the topic is its object). */
const PHRASES: [string, string][] = [
  ["return returns returned returning", "to"],
  ["turn turns turned turning", "to"],
  ["come comes came coming circle circles circled circling", "back to"],
  ["bring brings brought bringing take takes took taking", "up"],
  ["follow follows followed following", "up on"],
  ["raise raises raised raising press presses pressed pressing", ""],
  ["pursue pursues pursued pursuing revisit revisits revisited revisiting", ""],
];

/** Verb form to the particle that must follow it: `returned` → `to`, `raised` → ``. */
export const DISCOURSE_ACT_VERBS: ReadonlyMap<string, string> = new Map(
  PHRASES.flatMap(([forms, particle]) => forms.split(" ").map((f): [string, string] => [f, particle])),
);

/** Nouns that name a topic of talk: what a discourse act takes up. */
export const TOPIC_NOUNS: ReadonlySet<string> = new Set(
  "issue issues question questions point points subject topic topics matter theme concern concerns argument line".split(
    " ",
  ),
);

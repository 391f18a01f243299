import { SUBJECT_PRONOUNS } from "./pronouns";

/**
 * Described sources (policy 2: `officials`, `a spokesperson`, `the ministry`,
 * `a person familiar with the matter`): people and bodies a news story
 * quotes without naming them. Built from the policy's examples and the
 * roles AP style names in place of a person.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(
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

/** Pronouns that can stand for a source (policy 2: `a pronoun that refers to one`). */
export const SOURCE_PRONOUNS: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, "you", "who", "which"]);

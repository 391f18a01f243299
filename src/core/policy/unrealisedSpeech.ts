/**
 * Words that govern an infinitive of speech without saying the speech took
 * place (policy 2: a cue reports words a source said). `plans to announce
 * that`, `declined to say whether`, `urged her to explain` and `is expected
 * to confirm` report no words, while `allowed her to claim that`, `went on
 * to insist that` and `are reduced to lecturing us that` do. Compiled from
 * English's verbs and adjectives of intention, attempt, refusal, ability,
 * obligation, expectation and request, in their common forms.
 */
export const UNREALISED_SPEECH_GOVERNORS: ReadonlySet<string> = new Set(
  (
    "plan plans planned planning want wants wanted wanting hope hopes hoped hoping intend intends intended " +
    "intending aim aims aimed aiming prepare prepares prepared preparing decline declines declined declining " +
    "refuse refuses refused refusing fail fails failed failing seek seeks sought seeking try tries tried trying " +
    "attempt attempts attempted attempting need needs needed needing have has had having ought going about due " +
    "set likely unlikely able unable ready willing unwilling reluctant eager afraid scheduled supposed wish " +
    "wishes wished like likes liked love loves loved prefer prefers preferred would will may might must " +
    "should could can expect expects expected expecting ask asks asked asking urge urges urged urging invite " +
    "invites invited inviting encourage encourages encouraged encouraging order orders ordered ordering " +
    "pressure pressured pressing press pressed beg begged begging push pushed pushing tell tells told telling " +
    "not never nothing permission right chance opportunity time how where when whether why what"
  ).split(" "),
);

import { Token } from "../text/tokens";
import { AUXILIARIES as MODALS, BE_WITH_CONTRACTIONS as BE } from "../policy/auxiliaries";
import { SUBORDINATORS, VERB_COORDINATORS as CONJUNCTIONS } from "../policy/conjunctions";
import { ARTICLES, DEMONSTRATIVES, DETERMINERS } from "../policy/determiners";
import { NOT_A_CREDIT, POINTING_SUBJECTS } from "../policy/pointingBack";
import { DATA_MAKING_PARTICIPLES } from "../policy/dataMakers";
import { NAME_PARTICLES } from "../policy/nameParticles";
import {
  NOT_IN_SUBJECT,
  OBJECT_CLAUSE_OPENERS,
  SOURCE_PHRASE_ENDS,
  SPEAKER_PHRASE_ENDS,
} from "../policy/nounPhraseEnds";
import { TIME_PHRASE_OPENERS } from "../policy/whenPhrases";
import { FORECAST_VERBS } from "../policy/forecastVerbs";
import { FUNCTION_WORDS } from "../policy/functionWords";
import { LISTENER_VERBS } from "../policy/listenerVerbs";
import { NOT_NAMES } from "../policy/nameStopWords";
import { OBJECT_PRONOUNS, PERSON_PRONOUNS, POSSESSIVES, RELATIVE_OPENERS } from "../policy/pronouns";
import { SPEECH_NOUNS } from "../policy/speechNouns";
import { BETWEEN_SUBJECT_AND_CUE as SKIPPABLE } from "../policy/subjectVerbGap";
import { DISCOURSE_ACT_VERBS, TOPIC_NOUNS } from "../policy/discourseActs";
import { DOCUMENT_NOUNS, DOCUMENT_VERBS } from "../policy/documentNouns";
import { AS_FRAMING_VERBS, DEPICTING_VERBS, THOUGHT_FRAMING_VERBS } from "../policy/framingVerbs";
import { OPEN_CLASS_VERBS } from "../policy/communicationVerbs";
import { GERUND_OPENERS } from "../policy/prepositions";
import { PER_UNITS } from "../policy/units";
import { TIME_WORDS } from "../policy/timeWords";
import { TITLES_BEFORE_NAMES as TITLE_NOUNS } from "../policy/titles";
import { UNREALISED_SPEECH_GOVERNORS } from "../policy/unrealisedSpeech";
import { ANONYMITY_TERMS } from "../policy/weakSources";
import { WeakKind } from "../types";
import {
  ANONYMOUS,
  EVIDENTIAL_NOUNS,
  EVIDENTIAL_VERBS,
  FRAMED_VERBS,
  isNounAfterDeterminer,
  isNounUse,
  isParticipleAfterComma,
  LONG_REACH_VERBS,
  NAMING_VERBS,
  NOUN_MAKING_PREPOSITIONS,
  PRONOUNS,
  reportsByInfinitive,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  WEASEL,
} from "./cues";
import { CAPITAL_START, SPACES } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const AGE_NOUN = /^\d+-years?-old$/i;
const QUOTE_MARK = /["'\u201C\u201D\u2018\u2019\u00AB\u00BB]/;
const BEFORE_QUOTE = /^[(,\u2014\u2013:]$/;
const PAST_ENDING = /ed$/;
const POSSESSIVE_END = /['\u2019]s$/;
const ADVERB_ENDING = /ly$/;
const GERUND_ENDING = /ing$/;
const POSSESSED_NAME = /^(.+)['\u2019]s$/u;

/** A cue with its source, found in one sentence. */
export interface Cue {
  start: number;
  end: number;
  cue: string;
  source: string;
  /** A speech cue attributes words to a speaker; a data cue (`a report found`) does not introduce a quote. */
  speech: boolean;
  weak?: WeakKind;
  /** The cue credits only the quotation in apposition right after it (`Okafor's first pitch, "…"`), no other claim. */
  quotation?: boolean;
  /** The cue's sentence points back at what was just said (`That was how Ruiz put it.`): it credits the quote before it. */
  looksBack?: boolean;
}

export interface CueContext {
  /** The sentence holds a quoted span: framed verbs (`added`, `called`) are cues then. */
  hasQuote: boolean;
  /** Ends of quoted spans (closing marks), for inverted tags: `"…," said Lund`; left out where none ends (no set made). */
  quoteEnds?: ReadonlySet<number>;
}

function isName(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && CAPITAL_START.test(t.text) && !NOT_NAMES.has(t.lower);
}

/** An age standing for a person (`the 56-year-old said`, `wrote 43-year-old Martin Taylor`). */
function isAgeNoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "number" && AGE_NOUN.test(t.text);
}

function isSourceWord(t: Token | undefined): boolean {
  if (isAgeNoun(t)) return true;
  if (!t || t.kind !== "word") return false;
  return (
    PRONOUNS.has(t.lower) ||
    SOURCE_NOUNS.has(t.lower) ||
    EVIDENTIAL_NOUNS.has(t.lower) ||
    DOCUMENT_NOUNS.has(t.lower) ||
    TITLE_NOUNS.has(t.lower) ||
    isName(t)
  );
}

function isQuoteMark(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && QUOTE_MARK.test(t.text);
}

function textOf(tokens: Token[], from: number, to: number, sentence: string, base: number): string {
  if (from > to) return "";
  return sentence
    .slice(tokens[from].start - base, tokens[to].end - base)
    .replace(SPACES, " ")
    .trim();
}

/** The noun phrase after a preposition or an inverted verb: `according to the county sheriff's office`. */
function phraseAfter(tokens: Token[], i: number, max = 8): { last: number } | undefined {
  let last = -1;
  for (let k = i; k < tokens.length && k < i + max; k++) {
    const t = tokens[k];
    if (
      t.kind === "punct" &&
      !(t.text === "'" || t.text === "’" || t.text === "-" || (t.text === "." && tokens[k + 1]?.kind === "word"))
    )
      break;
    if (t.kind === "word" && last >= i && SOURCE_PHRASE_ENDS.has(t.lower)) break;
    last = k;
  }
  return last >= i ? { last } : undefined;
}

interface Subject {
  first: number;
  last: number;
  kind: "name" | "pronoun" | "noun" | "data";
}

function subjectKind(t: Token): Subject["kind"] {
  if (PRONOUNS.has(t.lower)) return "pronoun";
  if (EVIDENTIAL_NOUNS.has(t.lower)) return "data";
  if (isName(t)) return "name";
  return "noun";
}

/** The subject left of a verb: the nearest source word within the clause, skipping adverbs and appositions. */
function subjectBefore(tokens: Token[], verb: number, dataOnly: boolean): Subject | undefined {
  let j = verb - 1;
  // "Halden Foods Inc. reported": the full stop of an abbreviation belongs to the subject.
  if (tokens[j]?.text === "." && tokens[j - 1]?.kind === "word" && tokens[j - 1].end === tokens[j].start) j--;
  for (;;) {
    // An adverb (`also`, `previously`) between subject and verb; a capitalised -ly word is a name (`Lovely said`).
    while (
      j >= 0 &&
      tokens[j].kind === "word" &&
      (SKIPPABLE.has(tokens[j].lower) || (ADVERB_ENDING.test(tokens[j].lower) && !CAPITAL_START.test(tokens[j].text)))
    )
      j--;
    // "GM in November announced", "the ministry on Tuesday said": a time between the subject and its verb.
    const time =
      tokens[j] && (TIME_WORDS.has(tokens[j].lower) || (tokens[j].kind === "number" && /^\d{4}$/.test(tokens[j].text)));
    if (!time || !TIME_PHRASE_OPENERS.has(tokens[j - 1]?.lower ?? "")) break;
    j -= 2;
  }
  // A relative clause (`a survey which records deaths`) describes its noun; it does not cite it.
  if (dataOnly && RELATIVE_OPENERS.has(tokens[j]?.lower ?? "")) return undefined;
  // An apposition between subject and verb (`Grabsky, a reserve colonel, said`): the subject stands before it.
  if (!dataOnly && tokens[j]?.text === ",") {
    const apposed = appositionBefore(tokens, j);
    if (apposed !== undefined) return subjectEndingAt(tokens, apposed.head);
  }
  // A verb that is also a noun (`estimates`, `reports`) needs its subject right before it, or an apposition.
  const adjacentOnly = !dataOnly && !LONG_REACH_VERBS.has(tokens[verb].lower) && tokens[j]?.text !== ",";
  for (let k = j, seen = 0; k >= 0 && seen < 14; k--, seen++) {
    const t = tokens[k];
    // The clause ends at a quote mark or a stop; only the noun right before the verb can still be its subject.
    if (t.kind === "punct" && (/[;:()\u201C\u201D"]/.test(t.text) || isQuoteMark(t))) break;
    // A tag after a comma (`Sales fell 15%, the carmaker said`): the noun phrase it opens is the subject, whatever
    // its noun; the clause before the comma is what was said, and its capitalised first word no speaker.
    if (!dataOnly && t.text === "," && taggedNounPhrase(tokens, k + 1, j)) return subjectEndingAt(tokens, j);
    const dataSource =
      EVIDENTIAL_NOUNS.has(t.lower) ||
      SOURCE_NOUNS.has(t.lower) ||
      (k === j && FORECAST_VERBS.has(tokens[verb].lower) && isName(t));
    const usable = dataOnly ? t.kind === "word" && dataSource && !PRONOUNS.has(t.lower) : isSourceWord(t);
    if (!usable) {
      if (adjacentOnly && k === j) return plainNounSubject(tokens, verb, j);
      continue;
    }
    return subjectEndingAt(tokens, k);
  }
  return dataOnly ? undefined : plainNounSubject(tokens, verb, j);
}

/** Whether tokens `from`…`to` are a short described speaker (`the carmaker`, `the new owner`). */
const taggedNounPhrase = (tokens: Token[], from: number, to: number) =>
  from < to && to - from <= 3 && isDescribedSpeaker(tokens, from, to);

/**
 * The apposition that the comma at `comma` closes, after the subject it
 * describes (`Grabsky, a reserve colonel,`): the subject's last word and
 * the comma that opens it.
 */
function appositionBefore(tokens: Token[], comma: number): { head: number; opens: number } | undefined {
  for (let k = comma - 1; k >= 0 && k >= comma - 60; k--) {
    if (tokens[k].text !== ",") continue;
    const head = tokens[k - 1];
    if (
      head &&
      (isName(head) || PRONOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower))
    )
      return { head: k - 1, opens: k };
    return undefined;
  }
  return undefined;
}

/**
 * Any noun right before an unambiguous speech verb is its subject (`the
 * carmaker said`); so is a determined noun before a past-tense report verb
 * (`the railway reported`).
 */
function plainNounSubject(tokens: Token[], verb: number, j: number): Subject | undefined {
  const t = tokens[j];
  if (!t || t.kind !== "word" || NOT_NAMES.has(t.lower) || isVerbLike(t.lower) || ADVERB_ENDING.test(t.lower))
    return undefined;
  const pastTense =
    PAST_ENDING.test(tokens[verb].lower) &&
    tokens.slice(Math.max(0, j - 3), j).some((x) => DETERMINERS.has(x.lower) || POSSESSIVE_END.test(x.lower));
  const reports =
    LONG_REACH_VERBS.has(tokens[verb].lower) || reportsByInfinitive(tokens[verb].lower, tokens[verb + 1]?.lower);
  return reports || pastTense ? subjectEndingAt(tokens, j) : undefined;
}

function subjectEndingAt(tokens: Token[], k: number): Subject {
  const t = tokens[k];
  let first = k;
  if (isName(t))
    while (
      first > 0 &&
      (isName(tokens[first - 1]) ||
        (NAME_PARTICLES.has(tokens[first - 1].lower) && isName(tokens[first - 2])) ||
        (tokens[first - 1].text === "." && isName(tokens[first - 2])))
    )
      first--;
  while (
    first > 0 &&
    tokens[first - 1].kind === "word" &&
    !BE.has(tokens[first - 1].lower) &&
    !SUBORDINATORS.has(tokens[first - 1].lower) &&
    (DETERMINERS.has(tokens[first - 1].lower) ||
      (/^\p{Ll}/u.test(tokens[first - 1].text) && k - first < 4 && !isVerbLike(tokens[first - 1].lower)))
  )
    first--;
  return { first, last: k, kind: EVIDENTIAL_NOUNS.has(t.lower) ? "data" : subjectKind(t) };
}

function isVerbLike(lower: string): boolean {
  return SPEECH_VERBS.has(lower) || EVIDENTIAL_VERBS.has(lower) || BE.has(lower) || NOT_IN_SUBJECT.has(lower);
}

/** The subject right of a verb in an inverted tag: `said Peter Lund, a professor`, `said the ministry`. */
function subjectAfter(tokens: Token[], verb: number): Subject | undefined {
  for (let k = verb + 1; k < tokens.length && k <= verb + 6; k++) {
    const t = tokens[k];
    const ends = (t.kind !== "word" && !isAgeNoun(t)) || SPEAKER_PHRASE_ENDS.has(t.lower);
    // `"…," said a neighbour`: any determined noun after a speech verb that follows a quote is its speaker.
    if (ends && k > verb + 2 && isDescribedSpeaker(tokens, verb + 1, k - 1))
      return { first: verb + 1, last: k - 1, kind: "noun" };
    if (ends) return undefined;
    // "says he was frightened": a pronoun after the verb starts what was said.
    if (isSourceWord(t) && !PRONOUNS.has(t.lower) && t.lower !== "that") {
      let last = k;
      if (isAgeNoun(t) && isName(tokens[k + 1])) last++;
      const titled = isName(t) ? undefined : titleBeforeName(tokens, k);
      if (titled !== undefined) last = titled;
      const names = () => {
        for (;;) {
          if (isName(tokens[last + 1])) last++;
          else if (tokens[last + 1]?.text === "." && isName(tokens[last + 2])) last += 2;
          else break;
        }
      };
      names();
      // "said Volta chief executive Markus Hahn": an organisation's name, its lowercase title, then the person's.
      const titleThen = titled === undefined && isName(t) ? titleBeforeName(tokens, last) : undefined;
      if (titleThen !== undefined) {
        last = titleThen;
        names();
      } else if (titled === undefined && POSSESSIVE_END.test(tokens[last].text)) {
        // "said Volta's chief executive": a possessed title with no name after it describes its speaker.
        const described = possessedTitle(tokens, last);
        if (described !== undefined) return { first: verb + 1, last: described, kind: "noun" };
      }
      // "…, urged residents to evacuate": the noun after the verb is its object when a clause of its own follows.
      if (OBJECT_CLAUSE_OPENERS.has(tokens[last + 1]?.lower ?? "")) return undefined;
      return { first: verb + 1, last, kind: titled !== undefined ? "name" : subjectKind(t) };
    }
    if (!DETERMINERS.has(t.lower) && !/^\p{Ll}/u.test(t.text)) return undefined;
  }
  const last = tokens.length - 1;
  return last <= verb + 6 && last > verb + 1 && isDescribedSpeaker(tokens, verb + 1, last)
    ? { first: verb + 1, last, kind: "noun" }
    : undefined;
}

/**
 * In `said union president Anders Lund` the lowercase source word opens a
 * title that runs on to a name: the last title word before the name, when
 * one to three lowercase nouns (no function word, time or verb) lead to it.
 */
function titleBeforeName(tokens: Token[], first: number): number | undefined {
  for (let j = first + 1; j <= first + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (isName(t) && !TIME_WORDS.has(t.lower)) return j > first + 1 ? j - 1 : undefined;
    if (!isTitleWord(t)) return undefined;
  }
  return undefined;
}

/** A word of a lowercase title (`union president`, `chief executive`): no function word, verb, time or adverb. */
function isTitleWord(t: Token): boolean {
  return (
    t.kind === "word" &&
    /^\p{Ll}/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !isVerbLike(t.lower) &&
    !TIME_WORDS.has(t.lower) &&
    !SKIPPABLE.has(t.lower)
  );
}

/** The last word of one to three lowercase nouns after a possessive (`Volta's chief executive`) that end the tag, if they do. */
function possessedTitle(tokens: Token[], owner: number): number | undefined {
  let last = owner;
  while (last + 1 < tokens.length && last - owner < 3 && isTitleWord(tokens[last + 1])) last++;
  const next = tokens[last + 1];
  return last > owner && (!next || next.kind === "punct") ? last : undefined;
}

/** `a neighbour`, `another eyewitness`: a determiner and nouns, no verb, not a time (`the next day`). */
function isDescribedSpeaker(tokens: Token[], first: number, last: number): boolean {
  if (!DETERMINERS.has(tokens[first].lower) || TIME_WORDS.has(tokens[last].lower)) return false;
  return tokens
    .slice(first + 1, last + 1)
    .every((t) => t.kind === "word" && /^\p{Ll}/u.test(t.text) && !isVerbLike(t.lower) && !SKIPPABLE.has(t.lower));
}

/**
 * `according to the trust's annual report`, `per census data`: a document or
 * data, which attributes its sentence's claims but puts words in nobody's
 * mouth (policy 5, scope: only a speech cue attributes a paragraph's quotes).
 */
function citesData(tokens: Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter((t) => t.kind === "word");
  const of = words.findIndex((t) => t.lower === "of" || t.lower === "from" || t.lower === "by");
  const head = (of > 0 ? words[of - 1] : words[words.length - 1])?.lower ?? "";
  return EVIDENTIAL_NOUNS.has(head);
}

function weakness(source: string, clause: string, sentence: string): WeakKind | undefined {
  if (ANONYMOUS.some((re) => re.test(source) || re.test(clause))) return "anonymous";
  if (ANONYMITY_TERMS.test(sentence) && !/^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*$/u.test(source))
    return "anonymous";
  if (WEASEL.some((re) => re.test(source))) return "weasel";
  return undefined;
}

/**
 * The subject of the main clause after an opening participle (`Declaring
 * "…", Defense Secretary Robert Gates has ordered`, `After denying that …
 * — she now …`): the names and titles right after the participle's comma
 * or dash.
 */
function mainClauseSubject(tokens: Token[], participle: number): Subject | undefined {
  let comma = tokens.findIndex((t, k) => k > participle && /^[,\u2014\u2013]$/.test(t.text));
  if (comma < 0) return undefined;
  while (isQuoteMark(tokens[comma + 1])) comma++;
  if (DETERMINERS.has(tokens[comma + 1]?.lower ?? "") && SOURCE_NOUNS.has(tokens[comma + 2]?.lower ?? "")) comma++;
  let last = comma;
  while (
    tokens[last + 1] &&
    (isName(tokens[last + 1]) || PRONOUNS.has(tokens[last + 1].lower) || SOURCE_NOUNS.has(tokens[last + 1].lower))
  )
    last++;
  if (last === comma) return undefined;
  const first = DETERMINERS.has(tokens[comma].lower) ? comma : comma + 1;
  return { first, last, kind: subjectKind(tokens[last]) };
}

/**
 * A gerund of speech that opens its sentence, alone or after a preposition
 * and adverbs (`Declaring "…",`, `After previously denying that …,`): it
 * reports what the main clause's subject said.
 */
function opensWithGerund(tokens: Token[], verb: number, hasQuote: boolean): boolean {
  const t = tokens[verb];
  if (!GERUND_ENDING.test(t.lower) || !SPEECH_VERBS.has(t.lower)) return false;
  let k = verb - 1;
  while (k >= 0 && tokens[k].kind === "word" && ADVERB_ENDING.test(tokens[k].lower)) k--;
  if (k < 0) return verb === 0 && hasQuote;
  return k === 0 && GERUND_OPENERS.has(tokens[0].lower) && (hasQuote || tokens[verb + 1]?.lower === "that");
}

/**
 * Whether a framing verb frames a quotation: `described the plan as "…"`,
 * `introduced her to the audience as "…"`, `reports that depicted "…"`.
 */
function framesQuote(tokens: Token[], verb: number): boolean {
  if (DEPICTING_VERBS.has(tokens[verb].lower) && isQuoteMark(tokens[verb + 1])) return true;
  for (let k = verb + 1; k < tokens.length && k <= verb + 14; k++) {
    if (tokens[k].text === "." || tokens[k].text === ";") return false;
    if (tokens[k].lower === "as" && isQuoteMark(tokens[k + 1])) return true;
  }
  return false;
}

/**
 * The document right before a verb, past adverbs and a title in an
 * apposition: `the banner simply read`, `the biography, "…," concludes`.
 */
function documentBefore(tokens: Token[], verb: number): number | undefined {
  let j = verb - 1;
  while (j >= 0 && tokens[j].kind === "word" && ADVERB_ENDING.test(tokens[j].lower)) j--;
  let k = j;
  while (k >= 0 && tokens[k].kind === "punct" && (isQuoteMark(tokens[k]) || tokens[k].text === ",")) k--;
  const skippedTitle = tokens.slice(k + 1, j + 1).some(isQuoteMark);
  const at = skippedTitle ? k : j;
  return at >= 0 && DOCUMENT_NOUNS.has(tokens[at].lower) ? at : undefined;
}

/** A word that can follow a subject as its verb: lower case, no function word, no possessive. */
function couldBeVerb(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === "word" &&
    /^\p{Ll}/u.test(t.text) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !DETERMINERS.has(t.lower) &&
    !POSSESSIVE_END.test(t.lower)
  );
}

/**
 * The subject shared by coordinated verbs (`Okafor toured the ward and
 * noted …`, `the crowd will cover its ears and scream, "…"`): the nearest
 * noun before the conjunction that a verb follows. A source word may take
 * any verb; another noun needs a modal or a past tense to show it is a
 * subject (`the collective public will fall …`), since `a fetal position`
 * is no clause.
 */
function coordinatedSubject(tokens: Token[], verb: number): Subject | undefined {
  let c = verb - 1;
  while (c >= 0 && tokens[c].kind === "word" && SKIPPABLE.has(tokens[c].lower)) c--;
  if (!CONJUNCTIONS.has(tokens[c]?.lower ?? "")) return undefined;
  for (let k = c - 1; k >= 0 && k >= c - 40; k--) {
    const t = tokens[k];
    if (t.kind === "punct" && (/[;:()\u2014]/.test(t.text) || isQuoteMark(t))) return undefined;
    if (t.kind !== "word" || FUNCTION_WORDS.has(t.lower) || DETERMINERS.has(t.lower)) continue;
    let v = k + 1;
    let modal = false;
    while (tokens[v]?.kind === "word" && (SKIPPABLE.has(tokens[v].lower) || tokens[v].lower === "even")) {
      modal ||= MODALS.has(tokens[v].lower);
      v++;
    }
    if (!couldBeVerb(tokens[v])) continue;
    if (isSourceWord(t) && !/^\p{Ll}+ly$/u.test(t.text)) return subjectEndingAt(tokens, k);
    const determined = tokens.slice(Math.max(0, k - 3), k).some((x) => DETERMINERS.has(x.lower));
    if (determined && /^\p{Ll}/u.test(t.text) && (modal || PAST_ENDING.test(tokens[v].lower)))
      return subjectEndingAt(tokens, k);
  }
  return undefined;
}

/**
 * The speaker of an infinitive or gerund of speech that frames what was said
 * (`allowed Patel to claim that "…"`, `are reduced to lecturing the council
 * that "…"`): the person right before `to`, else the subject of the verb
 * that governs it. A governor that leaves the speech unsaid (`plans to`,
 * `declined to`, `urged her to`) makes no cue.
 */
function infinitiveSubject(tokens: Token[], verb: number): Subject | undefined {
  const t = tokens[verb];
  const lemma = OPEN_CLASS_VERBS.has(t.lower) || SPEECH_VERBS.has(t.lower);
  if (!lemma || !(/ing$/.test(t.lower) || !/(?:s|ed)$/.test(t.lower) || /ss$/.test(t.lower))) return undefined;
  // The frame: `that`, a colon or a quotation right after the verb, or after an object of a few words.
  let k = verb + 1;
  while (k <= verb + 4 && tokens[k]?.kind === "word" && tokens[k].lower !== "that") k++;
  const frame = tokens[k];
  if (!frame || !(frame.lower === "that" || frame.text === ":" || isQuoteMark(frame))) return undefined;
  if (k > verb + 1 && frame.lower !== "that") return undefined;
  const to = verb - 1;
  let g = to - 1;
  const before = tokens[g];
  if (!before || before.kind !== "word" || UNREALISED_SPEECH_GOVERNORS.has(before.lower)) return undefined;
  if (isName(before) || OBJECT_PRONOUNS.has(before.lower) || SOURCE_NOUNS.has(before.lower)) {
    // `allowed Patel to claim`: the object speaks, unless its governor asks for the speech.
    let v = g - 1;
    while (v >= 0 && (isName(tokens[v]) || DETERMINERS.has(tokens[v].lower))) v--;
    if (v >= 0 && UNREALISED_SPEECH_GOVERNORS.has(tokens[v].lower)) return undefined;
    let first = g;
    while (isName(tokens[first - 1])) first--;
    if (!isName(before)) first = subjectEndingAt(tokens, g).first;
    return { first, last: g, kind: OBJECT_PRONOUNS.has(before.lower) ? "pronoun" : subjectKind(before) };
  }
  // `critics are reduced to lecturing`: past adverbs and auxiliaries to the governor's subject.
  g--;
  while (g >= 0 && tokens[g].kind === "word" && (SKIPPABLE.has(tokens[g].lower) || BE.has(tokens[g].lower))) {
    if (UNREALISED_SPEECH_GOVERNORS.has(tokens[g].lower)) return undefined;
    g--;
  }
  const head = tokens[g];
  if (!head || head.kind !== "word" || FUNCTION_WORDS.has(head.lower) || DETERMINERS.has(head.lower)) return undefined;
  const subject = subjectEndingAt(tokens, g);
  // "Critics of the ferry plan": the phrase is headed before its `of`.
  while (tokens[subject.first - 1]?.lower === "of" && tokens[subject.first - 2]?.kind === "word")
    subject.first = subjectEndingAt(tokens, subject.first - 2).first;
  return subject;
}

/**
 * `by her own account`, `by Okafor's account`: a possessor who tells the
 * story (policy 2: a source with `according to`'s meaning). `by some
 * accounts` has no possessor: it is the weasel cue of policy 2.3.
 */
function accountBy(tokens: Token[], at: number): { owner: number; noun: number } | undefined {
  const owner = tokens[at];
  if (!owner || owner.kind !== "word") return undefined;
  const named =
    /^\p{Lu}.*['\u2019]s$/u.test(owner.text) || (isName(owner) && /^['\u2019]s$/.test(tokens[at + 1]?.text ?? ""));
  if (!POSSESSIVES.has(owner.lower) && !named) return undefined;
  let k = at + 1;
  if (/^['\u2019]s$/.test(tokens[k]?.text ?? "")) k++;
  if (tokens[k]?.lower === "own") k++;
  return /^account(?:s|ing)?$/.test(tokens[k]?.lower ?? "") ? { owner: at, noun: k } : undefined;
}

/** What opens the topic's noun phrase: `returned to the issue`, `raised this point`, `pressed her case`. */
const TOPIC_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...DEMONSTRATIVES, ...POSSESSIVES]);

/** `returned to the issue`, `raised the same question`: the topic noun after a discourse act's verb. */
function discourseActTopic(tokens: Token[], verb: number): number | undefined {
  const particle = DISCOURSE_ACT_VERBS.get(tokens[verb].lower);
  if (particle === undefined || !/^\p{Ll}/u.test(tokens[verb].text)) return undefined;
  let k = verb + 1;
  for (const word of particle.split(" ").filter(Boolean)) {
    if (tokens[k]?.lower !== word) return undefined;
    k++;
  }
  if (!TOPIC_DETERMINERS.has(tokens[k]?.lower ?? "")) return undefined;
  for (let n = k + 1; n <= k + 3 && tokens[n]?.kind === "word"; n++) if (TOPIC_NOUNS.has(tokens[n].lower)) return n;
  return undefined;
}

/**
 * A sentence whose subject points back at what was just said (`That was
 * how Ruiz put it.`, `Those are the views voiced by …`, `That's what she
 * told the council.`): a demonstrative and a form of `be`, not before a
 * reason or a denial (`That is why …`, `That is not what …`).
 */
function pointsBack(tokens: Token[]): boolean {
  const first = tokens[0];
  if (!first || first.kind !== "word") return false;
  const contracted = POSSESSIVE_END.test(first.lower);
  const word = contracted ? first.lower.slice(0, -2) : first.lower;
  if (!POINTING_SUBJECTS.has(word)) return false;
  const complement = contracted ? 1 : 2;
  return (contracted || BE.has(tokens[1]?.lower ?? "")) && !NOT_A_CREDIT.has(tokens[complement]?.lower ?? "");
}

/** A possessor that can speak (`his`, `Okafor's`, `the prime minister's`), or undefined. */
function possessorAt(tokens: Token[], at: number): Subject | undefined {
  const t = tokens[at];
  if (!t || t.kind !== "word") return undefined;
  if (POSSESSIVES.has(t.lower)) return { first: at, last: at, kind: "pronoun" };
  const bare = POSSESSED_NAME.exec(t.text)?.[1];
  if (bare === undefined || NOT_NAMES.has(bare.toLowerCase())) return undefined;
  const speaker =
    CAPITAL_START.test(bare) || SOURCE_NOUNS.has(bare.toLowerCase()) || TITLE_NOUNS.has(bare.toLowerCase());
  return speaker ? subjectEndingAt(tokens, at) : undefined;
}

/**
 * A noun with a possessor that says whose words a quotation or a clause
 * are: a speech noun framing what was said (`the minister's reply: "…"`,
 * `Okafor's admission that …`, `her answer ("…")`), and any noun with a
 * quotation in apposition right after it (`Okafor's first pitch, "…"`),
 * which quotes how its owner put it. In a sentence that points back, a
 * speech noun needs no frame (`That was Okafor's answer.`).
 */
function possessedWords(
  tokens: Token[],
  at: number,
  hasQuote: boolean,
  looksBack: boolean,
): { owner: Subject; noun: number; speech: boolean } | undefined {
  const owner = possessorAt(tokens, at);
  if (!owner) return undefined;
  let k = at + 1;
  // `her own curt reply`, `Okafor's doubling-down admission`: a few modifiers before the noun.
  while (
    k < at + 4 &&
    !SPEECH_NOUNS.has(tokens[k]?.lower ?? "") &&
    couldBeVerb(tokens[k]) &&
    tokens[k + 1]?.kind === "word"
  )
    k++;
  const noun = tokens[k];
  if (!couldBeVerb(noun)) return undefined;
  const after = tokens[k + 1];
  const quoteNext = BEFORE_QUOTE.test(after?.text ?? "") && opensQuote(tokens, k + 2);
  if (SPEECH_NOUNS.has(noun.lower)) {
    const framed = after?.lower === "that" || after?.text === ":" || (hasQuote && quoteNext) || looksBack;
    return framed ? { owner, noun: k, speech: true } : undefined;
  }
  return hasQuote && quoteNext && after?.text !== ":" ? { owner, noun: k, speech: false } : undefined;
}

/** The forms of `be` a stance takes in news copy's lead-ins: `Oduya was blunt:`. */
const STANCE_BE: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
const STANCE_WORDS = 4;

/**
 * A lead-in that gives a speaker's stance and hands on to the quotation
 * after its colon (`Mark Oduya of Fennel Capital was less forgiving: "…"`,
 * `She was blunt: "…"`): a speaker opening the sentence, a form of `be` and
 * a few lowercase words. News copy credits the quotation to that speaker as
 * surely as `said:` would; a lead-in with no speaker (`On the budget: "…"`)
 * still introduces nobody.
 */
function stanceBefore(tokens: Token[], colon: number): { be: number; subject: Subject } | undefined {
  if (!opensQuote(tokens, colon + 1)) return undefined;
  let be = colon - 1;
  while (be >= 0 && be >= colon - STANCE_WORDS && tokens[be].kind === "word" && !STANCE_BE.has(tokens[be].lower)) {
    if (CAPITAL_START.test(tokens[be].text) || isVerbLike(tokens[be].lower)) return undefined;
    be--;
  }
  if (be < 1 || be === colon - 1 || !STANCE_BE.has(tokens[be]?.lower ?? "")) return undefined;
  const subject = subjectBefore(tokens, be, false);
  if (!subject || subject.last !== be - 1 || !isSpeaker(tokens, subject)) return undefined;
  // "It was simple: "…"" is the article's own comment; only a pronoun for people stands for a speaker.
  if (subject.kind === "pronoun" && !PERSON_PRONOUNS.has(tokens[subject.first].lower)) return undefined;
  const opensSentence = subject.first === 0 || (subject.first === 1 && CONJUNCTIONS.has(tokens[0].lower));
  return opensSentence ? { be, subject } : undefined;
}

/** A quote mark that opens a quotation: after a space or a bracket, not closing one after a word (`library,"`). */
function opensQuote(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  const before = tokens[k - 1];
  return isQuoteMark(mark) && before !== undefined && (before.text === "(" || mark.start > before.end);
}

/** `the view voiced by Okafor`: a speech noun, a participle of speech and its agent. */
function voicedBy(tokens: Token[], verb: number): boolean {
  return (
    PAST_ENDING.test(tokens[verb].lower) &&
    SPEECH_VERBS.has(tokens[verb].lower) &&
    tokens[verb + 1]?.lower === "by" &&
    SPEECH_NOUNS.has(tokens[verb - 1]?.lower ?? "")
  );
}

/** A subject that can speak: a name, a pronoun, or a person or body (`the senator`), not a thing (`the closure`). */
function isSpeaker(tokens: Token[], subject: Subject): boolean {
  if (subject.kind === "name" || subject.kind === "pronoun") return true;
  const head = tokens[subject.last].lower;
  return subject.kind === "noun" && (SOURCE_NOUNS.has(head) || TITLE_NOUNS.has(head));
}

/** The weasel patterns made global once: made per sentence (and copied again by matchAll) they cost more than reading it. */
const WEASEL_GLOBAL = WEASEL.map((re) => new RegExp(re.source, "gi"));

/**
 * Finds attribution cues in one sentence's tokens. `sentence` is the
 * sentence's text with quote interiors blanked, starting at offset `base`.
 */
export function findCues(tokens: Token[], sentence: string, base: number, ctx: CueContext): Cue[] {
  const cues: Cue[] = [];
  const looksBack = pointsBack(tokens);
  const push = (
    from: number,
    to: number,
    cue: string,
    sourceFrom: number,
    sourceTo: number,
    speech: boolean,
    source = textOf(tokens, sourceFrom, sourceTo, sentence, base),
  ) => {
    const clause = textOf(tokens, Math.min(from, sourceFrom), Math.max(to, sourceTo), sentence, base);
    cues.push({
      start: tokens[Math.min(from, sourceFrom)].start,
      end: tokens[Math.max(to, sourceTo)].end,
      cue,
      source,
      speech,
      weak: weakness(source, clause, sentence),
      ...(looksBack && speech ? { looksBack } : {}),
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "word") continue;
    const next = tokens[i + 1];
    // "in the words of the patient:": the phrase names who speaks.
    if (
      t.lower === "in" &&
      next?.lower === "the" &&
      tokens[i + 2]?.lower === "words" &&
      tokens[i + 3]?.lower === "of"
    ) {
      const np = phraseAfter(tokens, i + 4);
      if (np) push(i, i + 3, "in the words of", i + 4, np.last, true);
      continue;
    }
    // "the minister's reply: "…"", "Okafor's admission that …": the possessor is the speaker.
    const possessed = possessedWords(tokens, i, ctx.hasQuote, looksBack);
    if (possessed) {
      const { owner, noun } = possessed;
      const words = textOf(tokens, owner.first, owner.last, sentence, base);
      const source = POSSESSIVES.has(tokens[owner.last].lower) ? words : words.replace(POSSESSIVE_END, "");
      push(owner.first, noun, tokens[noun].lower, owner.first, owner.last, possessed.speech, source);
      if (!possessed.speech) cues[cues.length - 1].quotation = true;
      i = noun;
      continue;
    }
    if (opensWithGerund(tokens, i, ctx.hasQuote)) {
      const subject = mainClauseSubject(tokens, i);
      if (subject) push(i, i, t.lower, subject.first, subject.last, true);
      continue;
    }
    if (ctx.hasQuote && (AS_FRAMING_VERBS.has(t.lower) || DEPICTING_VERBS.has(t.lower)) && framesQuote(tokens, i)) {
      // "reports that depicted "…"": a relative pronoun stands for the noun before it.
      const relative = RELATIVE_OPENERS.has(tokens[i - 1]?.lower ?? "");
      const subject = subjectBefore(tokens, relative ? i - 1 : i, false);
      if (subject) {
        push(i, i, t.lower, subject.first, subject.last, true);
        continue;
      }
    }
    const document = ctx.hasQuote && DOCUMENT_VERBS.has(t.lower) ? documentBefore(tokens, i) : undefined;
    if (document !== undefined) {
      const subject = subjectEndingAt(tokens, document);
      push(i, i, t.lower, subject.first, subject.last, true);
      continue;
    }
    // "by her own account", "by Okafor's account": the possessor tells it, like `according to`.
    const account = t.lower === "by" ? accountBy(tokens, i + 1) : undefined;
    if (account) {
      push(i, account.noun, textOf(tokens, i, account.noun, sentence, base).toLowerCase(), i + 1, account.owner, true);
      i = account.noun;
      continue;
    }
    if (t.lower === "according" && next?.lower === "to") {
      const np = phraseAfter(tokens, i + 2);
      if (np) push(i, i + 1, "according to", i + 2, np.last, !citesData(tokens, i + 2, np.last));
      continue;
    }
    if (
      t.lower === "per" &&
      next &&
      next.kind === "word" &&
      !PER_UNITS.test(next.lower) &&
      (next.lower === "the" || next.lower === "a" || isName(next))
    ) {
      const np = phraseAfter(tokens, i + 1);
      if (np && !PER_UNITS.test(tokens[np.last].lower))
        push(i, i, "per", i + 1, np.last, !citesData(tokens, i + 1, np.last));
      continue;
    }
    if ((t.lower === "citing" || (t.lower === "cited" && next?.lower === "by")) && next) {
      const from = t.lower === "cited" ? i + 2 : i + 1;
      const np = phraseAfter(tokens, from);
      if (np)
        push(
          i,
          from - 1,
          t.lower === "cited" ? "cited by" : "citing",
          from,
          np.last,
          !citesData(tokens, from, np.last),
        );
      continue;
    }
    if (
      DATA_MAKING_PARTICIPLES.has(t.lower) &&
      next?.lower === "by" &&
      tokens.slice(Math.max(0, i - 4), i).some((x) => EVIDENTIAL_NOUNS.has(x.lower))
    ) {
      const np = phraseAfter(tokens, i + 2);
      if (np) push(i, i + 1, `${t.lower} by`, i + 2, np.last, false);
      continue;
    }
    // "The senator returned to the issue": taking up a topic is speaking, whatever the verb's other senses.
    const topic = discourseActTopic(tokens, i);
    if (topic !== undefined) {
      const subject = subjectBefore(tokens, i, false);
      if (subject && isSpeaker(tokens, subject)) {
        push(i, topic, textOf(tokens, i, topic, sentence, base).toLowerCase(), subject.first, subject.last, true);
        i = topic;
        continue;
      }
    }
    // "… shrug and think, "…"": a quoted thought framed by its thinker's verb.
    if (
      ctx.hasQuote &&
      THOUGHT_FRAMING_VERBS.has(t.lower) &&
      (next?.text === "," || next?.text === ":") &&
      isQuoteMark(tokens[i + 2])
    ) {
      const subject = subjectBefore(tokens, i, false) ?? coordinatedSubject(tokens, i);
      if (subject) {
        push(i, i, t.lower, subject.first, subject.last, true);
        continue;
      }
    }
    // WordNet's verbs are nouns and names too (`Volunteer Otis Greer`, `Will`): capitalised, they are no cue.
    if (OPEN_CLASS_VERBS.has(t.lower) && CAPITAL_START.test(t.text)) continue;
    const speech = SPEECH_VERBS.has(t.lower);
    const evidential = EVIDENTIAL_VERBS.has(t.lower);
    if (!speech && !evidential) continue;
    const prev = tokens[i - 1];
    if ((ctx.hasQuote || looksBack) && voicedBy(tokens, i)) {
      const np = phraseAfter(tokens, i + 2);
      if (np) {
        push(i, i + 1, `${t.lower} by`, i + 2, np.last, true);
        i = np.last;
        continue;
      }
    }
    if (prev?.lower === "to" && ctx.hasQuote) {
      const subject = infinitiveSubject(tokens, i);
      if (subject) {
        push(i, i, t.lower, subject.first, subject.last, true);
        continue;
      }
    }
    if (prev && (NOUN_MAKING_PREPOSITIONS.has(prev.lower) || SUBORDINATORS.has(prev.lower))) continue;
    // "Smith's claims", "her answer": after a possessor, a report verb's base or -s form is the noun
    // (`heard her explain that …` keeps the verb: `her` is its subject there).
    if (possessorAt(tokens, i - 1) && !PAST_ENDING.test(t.lower) && next?.lower !== "that") continue;
    if (isNounAfterDeterminer(t.lower, prev?.lower, tokens[i - 2]?.lower)) continue;
    if ((ARTICLES.has(prev?.lower ?? "") || POSSESSIVE_END.test(prev?.lower ?? "")) && PAST_ENDING.test(t.lower))
      continue;
    let p = i - 1;
    while (
      p >= 0 &&
      tokens[p].kind === "word" &&
      (ADVERB_ENDING.test(tokens[p].lower) || tokens[p].lower === "also" || tokens[p].lower === "not")
    )
      p--;
    if (p >= 0 && BE.has(tokens[p].lower)) {
      if (next?.lower === "by") {
        const np = phraseAfter(tokens, i + 2);
        if (np) push(i, i + 1, `${t.lower} by`, i + 2, np.last, speech);
      }
      continue;
    }
    const afterTag =
      (prev !== undefined &&
        (prev.text === "," || isQuoteMark(prev) || prev.text === ":" || ctx.quoteEnds?.has(prev.end))) ||
      i === 0;
    // "Petra Lindqvist, the union's regional head, said the market …": a comma that closes an appositive
    // (opened by a determiner, a possessive or `who`) ends the subject's phrase, not a quotation; the verb is no
    // inverted tag.
    const apposed = prev?.text === "," ? appositionBefore(tokens, i - 1) : undefined;
    const opener = apposed ? tokens[apposed.opens + 1]?.lower : undefined;
    const closesAppositive =
      opener !== undefined && (DETERMINERS.has(opener) || POSSESSIVES.has(opener) || opener === "who");
    // "…," Tom Reyes, a guide, told the paper: the phrase after `told` is the listener, the speaker stands before it.
    const inverted =
      afterTag && !closesAppositive && !NAMING_VERBS.has(t.lower) && !LISTENER_VERBS.has(t.lower)
        ? subjectAfter(tokens, i)
        : undefined;
    // "The plan, announced in March, will …": a passive participle describing the noun before it.
    if (!inverted && prev?.text === "," && next?.kind === "word" && isParticipleAfterComma(t.lower, next.lower))
      continue;
    const tagAtEnd = next === undefined || next.text === "." || next.text === ",";
    const framedHere =
      ctx.hasQuote ||
      looksBack ||
      inverted !== undefined ||
      next?.lower === "that" ||
      next?.text === ":" ||
      reportsByInfinitive(t.lower, next?.lower);
    // Out of a speech frame, `put`, `counted` or `listed` can still report data (`estimates put the toll at …`).
    const asSpeech = speech && (!FRAMED_VERBS.has(t.lower) || framedHere || tagAtEnd);
    if (!asSpeech && !evidential) continue;
    const subject =
      inverted ?? subjectBefore(tokens, i, !asSpeech) ?? (asSpeech ? coordinatedSubject(tokens, i) : undefined);
    if (!subject) continue;
    // "…, Smith added." ends in a tag; "the settlement they had first demanded." ends in a relative clause.
    const before = tokens[subject.first - 1];
    if (
      asSpeech &&
      FRAMED_VERBS.has(t.lower) &&
      !framedHere &&
      before !== undefined &&
      before.text !== "," &&
      !isQuoteMark(before)
    )
      continue;
    if (!inverted && next?.kind === "word" && isNounUse(t.lower, next.lower)) continue;
    if (!asSpeech && subject.kind === "pronoun") continue;
    push(i, i, t.lower, subject.first, subject.last, asSpeech);
  }
  if (ctx.hasQuote)
    for (let k = 0; k < tokens.length; k++) {
      const stance = tokens[k].text === ":" ? stanceBefore(tokens, k) : undefined;
      if (!stance || cues.some((c) => c.start < tokens[k].start && tokens[stance.subject.first].start < c.end))
        continue;
      const { be, subject } = stance;
      push(be, k - 1, textOf(tokens, be, k - 1, sentence, base).toLowerCase(), subject.first, subject.last, true);
    }
  for (const global of WEASEL_GLOBAL) {
    global.lastIndex = 0;
    for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
      const start = base + m.index;
      const end = start + m[0].length;
      const overlapping = cues.find((c) => c.start < end && start < c.end);
      if (overlapping) {
        if (!overlapping.weak) overlapping.weak = "weasel";
      } else {
        cues.push({ start, end, cue: m[0], source: m[0], speech: true, weak: "weasel" });
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

import { isNounUse, SPEECH_VERBS } from "../attribution/cues";
import { Article, Word } from "./article";
import {
  BETWEEN_SUBJECT_AND_VERB,
  CLAUSE_BOUNDARY,
  clauseStart,
  DETERMINERS,
  endsNounPhrase,
  hasPunct,
  isFiniteVerb,
  PREPOSITIONS,
  RELATIVES,
  sentenceWords,
} from "./clauses";
import { ORGANISATION_WORDS } from "../policy/organisationWords";
import { TIME_WORDS } from "../policy/timeWords";
import { TIME_PHRASE_OPENERS } from "../policy/whenPhrases";
import { capitalisedRun, gapBetween, isCapitalised, isPersonish } from "./names";
import { quoteBetween } from "./sourceCues";

/** The words a cue's subject spans in a source article, before the cue ("Grabsky said") or after it ("said Grabsky"). */
export interface Subject {
  from: number;
  to: number;
  inverted: boolean;
  /** For "one of whom said": the noun the relative pronoun stands for. */
  antecedent?: { from: number; to: number };
}

/**
 * The noun phrase after the verb in "said the premier" or after "according
 * to", where a noun the tagger takes for a verb ("according to exchange
 * data") and a source's source ("listings compiled by HomeLedger") belong to it.
 */
function phraseAfter(
  article: Article,
  from: number,
  end: number,
  according = false,
): { from: number; to: number } | undefined {
  const words = article.words;
  const first = words[from];
  if (
    !first ||
    first.tags.has("Preposition") ||
    first.tags.has("Adverb") ||
    (!according && first.tags.has("Verb")) ||
    CLAUSE_BOUNDARY.has(first.lower)
  )
    return undefined;
  let to = from;
  while (to < end) {
    const w = words[to];
    if (to > from && hasPunct(gapBetween(article, to - 1, to))) break;
    if (to > from && DETERMINERS.has(w.lower) && !words[to - 1].tags.has("Preposition")) break;
    const byAgent = according && /ed$/.test(w.lower) && agentAfter(article, to + 1, end);
    if (w.tags.has("Verb") && !w.tags.has("Gerund") && !w.tags.has("Participle") && to > from && !byAgent) break;
    if (
      (CLAUSE_BOUNDARY.has(w.lower) || RELATIVES.has(w.lower) || w.lower === "whose") &&
      to > from &&
      !andInName(article, from, to)
    )
      break;
    // "says another eyewitness about her daughter": the speaker ends where a phrase about something else starts.
    if (!according && to > from && w.tags.has("Preposition") && w.lower !== "of") break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/**
 * Whether a participle's agent follows at word `at`, after the time it may
 * give first: "data published on Thursday by the authority" names its
 * source as "data compiled by HomeLedger" does.
 */
function agentAfter(article: Article, at: number, end: number): boolean {
  const words = article.words;
  let k = at;
  if (TIME_PHRASE_OPENERS.has(words[k]?.lower ?? "")) {
    k++;
    while (k < end && k < at + 4 && (TIME_WORDS.has(words[k].lower) || words[k].tags.has("Date"))) k++;
    if (k === at + 1) return false;
  }
  return k < end && words[k].lower === "by" && !hasPunct(gapBetween(article, at - 1, k));
}

/**
 * Whether the "and" at word `at` is inside one body's name ("the Heart and
 * Stroke Foundation", "Food and Drug Administration"), not between two
 * speakers ("Ortiz and Raman"): capitalised words on both sides, and a
 * phrase that opens with "the" or a name that ends as an organisation's.
 */
function andInName(article: Article, from: number, at: number): boolean {
  const words = article.words;
  if (words[at].lower !== "and" || !isCapitalised(words[at - 1]) || !words[at + 1] || !isCapitalised(words[at + 1]))
    return false;
  if (words[from].lower === "the") return true;
  const run = capitalisedRun(article, at + 1);
  return run !== undefined && endsOrganisation(words[run.to - 1]);
}

/** An organisation's word, plural or not: "Foundation", "Services". */
const endsOrganisation = (w: Word) => ORGANISATION_WORDS.has(w.lower.replace(/s$/, ""));

/**
 * Whether the words from `at` to the end of a subject are one body's name,
 * a person's name inside it included: capitalised words, joined by no more
 * than "and", ending in an organisation's word ("Bill and Melinda Gates
 * Foundation", "Kestrel Parks and Recreation Department").
 */
export function bodyNameFrom(article: Article, at: number, subject: { from: number; to: number }): boolean {
  const words = article.words;
  const end = words[subject.to - 1];
  if (!isCapitalised(end) || !endsOrganisation(end)) return false;
  for (let k = at; k < subject.to; k++) {
    if (hasPunct(gapBetween(article, k - 1, k))) return false;
    if (!isCapitalised(words[k]) && !andInName(article, subject.from, k)) return false;
  }
  return true;
}

/** The comma-separated stretches before word j back to a quotation, nearest first: "Martin Delgado | 61 | who owns a store". */
function segmentsBefore(article: Article, j: number, sentenceFrom: number): { from: number; to: number }[] {
  const segments: { from: number; to: number }[] = [];
  let to = j + 1;
  for (let k = j; k >= sentenceFrom; k--) {
    if (k === sentenceFrom || /,/.test(gapBetween(article, k - 1, k))) {
      segments.push({ from: k, to });
      to = k;
      // '"…," the agency's Jane Roe, …, said': the quotation before the subject is no stretch of it.
      if (k > sentenceFrom && quoteBetween(article, k - 1, k)) break;
    }
  }
  return segments;
}

/**
 * A stretch between commas that describes the subject rather than being it:
 * an age, a relative clause, or a description with no verb of its own
 * ("campaigner for GiveLife New Zealand", "one of two members who voted").
 */
function isAppositive(article: Article, segment: { from: number; to: number }): boolean {
  const words = article.words.slice(segment.from, segment.to);
  if (!words.length) return false;
  if (RELATIVES.has(words[0].lower) || words[0].lower === "whose") return true;
  if (words.length === 1 && /^\d+$/.test(words[0].text)) return true;
  if (isCapitalised(words[0]) && !DETERMINERS.has(words[0].lower)) return false;
  const clause = words.findIndex((w) => RELATIVES.has(w.lower) || w.lower === "that");
  const head = endsNounPhrase(article, segment.from, segment.to) ? words.length - 1 : -1;
  return !(clause < 0 ? words : words.slice(0, clause)).some((w, k) => k !== head && isFiniteVerb(w));
}

/** The subject before a comma and the verb: "Martin Delgado, 61, who owns a store …, said". */
function subjectBeforeAppositives(article: Article, j: number, sentenceFrom: number): Subject | undefined {
  const words = article.words;
  const segments = segmentsBefore(article, j, sentenceFrom);
  let at = 0;
  while (at + 1 < segments.length && isAppositive(article, segments[at])) at++;
  const landing = segments[at];
  if (at === 0)
    return words.slice(landing.from, landing.to).every(isCapitalised) && !words[j].tags.has("Place")
      ? { from: landing.from, to: landing.to, inverted: false }
      : undefined;
  const last = words[landing.to - 1];
  const nounPhrase = !words.slice(landing.from, landing.to).some(isFiniteVerb);
  if (!isCapitalised(last) && !nounPhrase) return undefined;
  return { from: clauseStart(article, landing.to - 1, landing.from), to: landing.to, inverted: false };
}

/**
 * "The sisters appeared on SBS in March, revealing …", "Audrey, a
 * counsellor, admits …, saying …": a participle after a comma speaks for the
 * subject of the sentence's main clause.
 */
function mainClauseSubject(article: Article, sentenceFrom: number, cue: number): Subject | undefined {
  const words = article.words;
  const segments = segmentsBefore(article, cue - 1, sentenceFrom).reverse();
  const opening = segments.find(
    (seg) => !words[seg.from].tags.has("Preposition") && !PREPOSITIONS.has(words[seg.from].lower),
  );
  if (!opening) return undefined;
  let from = opening.from;
  while (from < opening.to && CLAUSE_BOUNDARY.has(words[from].lower)) from++;
  let to = from + 1;
  while (
    to < opening.to &&
    !(words[to].tags.has("Verb") && !words[to].tags.has("Gerund") && !words[to].tags.has("Hyphenated"))
  )
    to++;
  return to <= opening.to && from < opening.to && !RELATIVES.has(words[from].lower)
    ? { from, to, inverted: false }
    : undefined;
}

/**
 * A source after the verb: "“…,” said Peter Lund", or, where a clause before
 * the comma could be the content, only one that ends where its clause does
 * ("…, said one of the people, who …").
 */
function invertedSubject(article: Article, cue: number, sentenceTo: number, mustEnd: boolean): Subject | undefined {
  if (cue + 1 >= sentenceTo || hasPunct(gapBetween(article, cue, cue + 1))) return undefined;
  const np = phraseAfter(article, cue + 1, sentenceTo);
  if (!np) return undefined;
  if (!mustEnd) return { ...np, inverted: true };
  const after = article.words[np.to];
  const ends =
    np.to >= sentenceTo ||
    /[,;:.!?—–]/.test(gapBetween(article, np.to - 1, np.to)) ||
    RELATIVES.has(after.lower) ||
    after.tags.has("Preposition");
  return ends && !article.words[np.from].tags.has("Date")
    ? { from: np.from, to: nameInApposition(article, np, sentenceTo) ?? np.to, inverted: true }
    : undefined;
}

/**
 * "“…,” said the union's regional secretary, Joanne Kaye.": a description
 * the sentence ends with a person's name after, set off by a comma, is that
 * person's, and the subject runs to the name's end (where the name ends).
 * A body's name after the comma ("said the company, Halden Foods") stays
 * out: its description is the better speaker's name.
 */
function nameInApposition(article: Article, np: { from: number; to: number }, sentenceTo: number): number | undefined {
  const words = article.words;
  if (np.to >= sentenceTo || isCapitalised(words[np.from]) || !/^\s*,\s*$/.test(gapBetween(article, np.to - 1, np.to)))
    return undefined;
  const run = capitalisedRun(article, np.to);
  if (!run || run.from !== np.to || run.to - run.from > 4) return undefined;
  const ends = run.to >= sentenceTo || /^[\s]*[.!?]/.test(gapBetween(article, run.to - 1, run.to));
  const person = words.slice(run.from, run.to).some(isPersonish);
  return ends && person ? run.to : undefined;
}

/** The subject of a cue: before it ("Grabsky said"), after it ("said Grabsky"), or the NP after "according to". */
export function subjectOf(article: Article, cue: number): Subject | undefined {
  const words = article.words;
  const { from: sFrom, to: sTo } = sentenceWords(article, words[cue].sentence);
  if (words[cue].lower === "according") {
    const np = phraseAfter(article, cue + 2, sTo, true);
    return np && { ...np, inverted: true };
  }
  let j = cue - 1;
  for (;;) {
    while (
      j >= sFrom &&
      (BETWEEN_SUBJECT_AND_VERB.has(words[j].lower) || words[j].tags.has("Adverb")) &&
      !hasPunct(gapBetween(article, j, j + 1))
    )
      j--;
    // "GM in November announced": a time between the subject and its verb.
    if (
      j - 1 > sFrom &&
      words[j].tags.has("Date") &&
      /^(?:in|on|last|this)$/.test(words[j - 1].lower) &&
      !hasPunct(gapBetween(article, j - 1, j))
    )
      j -= 2;
    else break;
  }
  if (j >= sFrom && CLAUSE_BOUNDARY.has(words[j].lower)) return undefined;
  const gap = j >= sFrom ? gapBetween(article, j, j + 1) : "“";
  if (/,/.test(gap) && /ing$/.test(words[cue].lower)) return mainClauseSubject(article, sFrom, cue);
  if (j < sFrom || quoteBetween(article, j, j + 1) || /^\s*[;—–]\s*$/.test(gap)) {
    // '"…," said Peter Lund.' — but '"rushed and backward," said the development would …' closes an aside, not the quotation a tag follows.
    const inverted = invertedSubject(article, cue, sTo, true);
    if (inverted || !/,/.test(gap) || j < sFrom) return inverted ?? invertedSubject(article, cue, sTo, false);
  }
  if (/,/.test(gap)) {
    const before = subjectBeforeAppositives(article, j, sFrom) ?? invertedSubject(article, cue, sTo, true);
    if (before) return before;
    const from = clauseStart(article, j, sFrom);
    return words.slice(from, j + 1).some(isFiniteVerb) ? undefined : { from, to: j + 1, inverted: false };
  }
  let start = clauseStart(article, j, sFrom);
  const segment = words.slice(start, j + 1);
  const relative = segment.findIndex((w) => RELATIVES.has(w.lower));
  if (relative >= 0 && relative < segment.length - 1 && segment[relative].lower !== "whom") start += relative + 1;
  else if (relative >= 0) {
    let a = start - 1;
    while (
      a > sFrom &&
      !hasPunct(gapBetween(article, a - 1, a)) &&
      (words[a - 1].tags.has("Noun") || words[a - 1].tags.has("Adjective")) &&
      !words[a - 1].tags.has("Pronoun")
    )
      a--;
    if (a < sFrom || !words[start - 1]?.tags.has("Noun")) return undefined;
    return { from: start, to: j + 1, inverted: false, antecedent: { from: a, to: start } };
  }
  // "In a statement the ministry said": the subject starts at the clause's last determiner.
  const lastDeterminer = segment.map((w) => DETERMINERS.has(w.lower)).lastIndexOf(true);
  const preposed = segment.length > 0 && (segment[0].tags.has("Preposition") || PREPOSITIONS.has(segment[0].lower));
  // A long subject: the name at its end ("Florida Department of Health … Director Dr. Alina Alonso"), or a whole noun phrase.
  const run = !preposed && segment.length > 8 && isCapitalised(words[j]) ? capitalisedRun(article, j) : undefined;
  if (run) start = run.from;
  else if (preposed || (segment.length > 8 && (segment.length > 14 || !DETERMINERS.has(segment[0].lower)))) {
    if (lastDeterminer <= 0) return undefined;
    start += lastDeterminer;
  }
  // "property records show", "prosecutors said": the word right before the cue is its subject's noun, whatever the tagger says.
  const headNoun = (k: number) =>
    k === j && (isNounUse(words[k].lower, words[cue].lower) || SPEECH_VERBS.has(words[cue].lower));
  const clause = (from: number) => words.slice(from, j + 1).some((w, k) => isFiniteVerb(w) && !headNoun(from + k));
  if (clause(start) && isCapitalised(words[j])) {
    // "club spokesman Neil Ardagh said", where the tagger takes "club" for a verb: the name is the subject.
    const run = capitalisedRun(article, j);
    if (run) start = run.from > sFrom && words[run.from - 1].lower === "the" ? run.from - 1 : run.from;
  }
  if (clause(start)) return undefined;
  return start <= j ? { from: start, to: j + 1, inverted: false } : undefined;
}

import {
  EVIDENTIAL_VERBS,
  FRAMED_VERBS,
  isNounAfterDeterminer,
  isNounUse,
  isParticipleAfterComma,
  NOUN_MAKING_PREPOSITIONS,
  reportsByInfinitive,
  SPEECH_VERBS,
} from "../attribution/cues";
import { isLabel } from "../claims/quotes";
import { Article, quoteAt, Quotation, quotesAround, Word } from "./article";
import {
  capitalisedRun,
  gapBetween,
  Gender,
  isCapitalised,
  isProper,
  Mention,
  peopleIn,
  Person,
  TRAILING_LEGAL_SUFFIX,
} from "./names";

/**
 * The speaker map of a source article: who says each quotation and each
 * attributed statement, resolved to a named person or body, with the way the
 * article introduces them and refers to them later.
 */
export type SpeakerKind = "person" | "organisation" | "described";

export interface Speaker {
  kind: SpeakerKind;
  /** Name or description as the article gives it: "Serhiy Grabsky", "the Harbor City Port Authority". */
  name: string;
  /** First reference without the appositive: "union president Carla Nguyen". */
  first: string;
  appositive?: string;
  /** Later reference: "Grabsky", "Mr Tookey", "the audit". */
  later: string;
  /** The word a draft must hold for the speaker to count as already named. */
  key: string;
}

/** One attribution in the article: a cue, its speaker and what follows the verb. */
export interface Statement {
  speaker: Speaker;
  /** The cue as the article writes it: "wrote", "said", "according to". */
  verb: string;
  /** Time or place after the verb: "Thursday on the social platform X", "in a statement". */
  complement?: string;
  /** Offset of the cue word. */
  at: number;
  sentence: number;
  paragraph: number;
  /** The subject follows the verb: "said Grabsky". */
  inverted: boolean;
  /** The statement ends in a colon that introduces a quotation. */
  colon: boolean;
  /** The subject is a pronoun ("he said"), which never tells the article's word order. */
  pronoun: boolean;
}

export interface SpeakerMap {
  statements: Statement[];
  /** Each quotation's statement (or bare speaker when the article names them without a cue). */
  quoteSpeakers: Map<Quotation, { speaker: Speaker; statement?: Statement }>;
  people: Map<string, Person>;
  /** Sentences with a cue whose speaker the article leaves unclear ("it said" with nothing before): attributed, but not to anyone known. */
  unresolved: Set<number>;
}

/**
 * Verbs a source article uses to hand words on that the checker's lexicon leaves
 * out because they need the article's context ("continued Bloomberg"); reading
 * a source, that context is there.
 */
const CONTINUING_VERBS = new Set(["continued", "continues", "recognized", "recognised", "reiterated", "reiterates"]);
const PASSIVE_AUX = new Set([
  "is",
  "was",
  "were",
  "been",
  "be",
  "being",
  "are",
  "to",
  "would",
  "will",
  "could",
  "may",
  "might",
]);
const CLAUSE_BOUNDARY = new Set([
  "that",
  "and",
  "but",
  "while",
  "because",
  "as",
  "when",
  "after",
  "before",
  "if",
  "so",
  "though",
  "although",
  "where",
  "since",
  "whether",
  "said",
  "says",
]);
/** Words that open a clause, never a time or place element ("said after the vote" is one; "said that …" is not). */
const CONJUNCTIONS = new Set([
  "that",
  "and",
  "but",
  "while",
  "because",
  "as",
  "when",
  "if",
  "so",
  "though",
  "although",
  "where",
  "whether",
]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my", "your"]);
const RELATIVES = new Set(["who", "whom", "which"]);
const DETERMINERS = new Set(["a", "an", "the"]);
const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "after",
  "during",
  "for",
  "with",
  "from",
  "under",
  "over",
  "since",
  "by",
  "among",
  "across",
  "before",
  "regarding",
  "despite",
  "amid",
]);
/** Words between a subject and its verb: "Zapatero then claimed", "the minister has said". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  "also",
  "then",
  "now",
  "today",
  "yesterday",
  "tonight",
  "later",
  "initially",
  "previously",
  "recently",
  "earlier",
  "further",
  "again",
  "once",
  "however",
  "separately",
  "had",
  "has",
  "have",
]);

interface Subject {
  from: number;
  to: number;
  inverted: boolean;
  /** For "one of whom said": the noun the relative pronoun stands for. */
  antecedent?: { from: number; to: number };
}

const hasPunct = (gap: string) => /[,;:“”"()—–]|--/.test(gap);

/**
 * Whether a sentence holds quoted words, which make a framed verb in it report
 * speech ("called the fire “a gut punch”", "described as “…”"); a label
 * (`posted “out of gas” signs`) does not.
 */
function quotedIn(article: Article, sentence: number): boolean {
  const { start, end } = article.sentences[sentence];
  for (let q = quotesAround(article, start - 1).next; q && q.start < end; q = quotesAround(article, q.start).next) {
    if (!isLabel(article.text, q.end, article.text.slice(q.innerStart, q.innerEnd))) return true;
  }
  return false;
}

/** Whether a quotation opens or closes between two words, whatever its marks ('…,' says Margaret Doyle). */
function quoteBetween(article: Article, a: number, b: number): boolean {
  if (/[“”"]/.test(gapBetween(article, a, b))) return true;
  const words = article.words;
  return quoteAt(article, words[a].start) !== quoteAt(article, words[b].start);
}
const sentenceWords = (article: Article, s: number) => ({
  from: article.sentences[s].from,
  to: article.sentences[s].to,
});

function isCue(article: Article, i: number): boolean {
  const w = article.words[i];
  if (quoteAt(article, w.start)) return false;
  if (w.lower === "according") return article.words[i + 1]?.lower === "to";
  if (!SPEECH_VERBS.has(w.lower) && !EVIDENTIAL_VERBS.has(w.lower) && !CONTINUING_VERBS.has(w.lower)) return false;
  // The word before a cue that closes a quotation ('…it never will be,' says Doyle) is the speaker's, not the cue's.
  const afterQuote = i > 0 && quoteBetween(article, i - 1, i);
  const prev = afterQuote ? undefined : article.words[i - 1];
  // "in their remarks", "the association's suggested 7.5% hike": a noun or an adjective, not a cue.
  const modifies =
    prev &&
    (DETERMINERS.has(prev.lower) ||
      POSSESSIVES.has(prev.lower) ||
      /['’]s$/.test(prev.lower) ||
      NOUN_MAKING_PREPOSITIONS.has(prev.lower));
  if (prev && prev.sentence === w.sentence && (PASSIVE_AUX.has(prev.lower) || modifies)) return false;
  if (w.lower === "said" || w.lower === "says") return !(prev && prev.sentence === w.sentence && prev.lower === "that");
  const next = article.words[i + 1];
  if (next && next.sentence === w.sentence && isNounUse(w.lower, next.lower)) return false;
  if (isNounAfterDeterminer(w.lower, prev?.lower, i > 1 ? article.words[i - 2].lower : undefined)) return false;
  // "Halden's restructuring plan, announced in March, will close …": a passive participle describing the noun before it.
  if (prev && /,\s*$/.test(gapBetween(article, i - 1, i)) && isParticipleAfterComma(w.lower, next?.lower)) return false;
  const framed =
    next?.lower === "that" ||
    (next && /:/.test(gapBetween(article, i, i + 1))) ||
    quotedIn(article, w.sentence) ||
    afterQuote ||
    reportsByInfinitive(w.lower, next?.lower);
  // "told analysts on a conference call. "…"": a framed verb the tagger reads as a noun is the noun.
  if (FRAMED_VERBS.has(w.lower)) return !!framed && !(w.tags.has("Noun") && !w.tags.has("Verb"));
  // "property records show": the tagger may take the verb for a noun when the noun before it looks like a verb.
  const afterNounUse = prev?.sentence === w.sentence && isNounUse(prev.lower, w.lower);
  return !!framed || w.tags.has("Verb") || afterNounUse;
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
    const byAgent = according && /ed$/.test(w.lower) && words[to + 1]?.lower === "by";
    if (w.tags.has("Verb") && !w.tags.has("Gerund") && !w.tags.has("Participle") && to > from && !byAgent) break;
    if ((CLAUSE_BOUNDARY.has(w.lower) || RELATIVES.has(w.lower) || w.lower === "whose") && to > from) break;
    // "says another eyewitness about her daughter": the speaker ends where a phrase about something else starts.
    if (!according && to > from && w.tags.has("Preposition") && w.lower !== "of") break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/** Where the clause ending at word j starts: after punctuation or a word that opens a clause ("NASA and ESA" stays whole). */
function clauseStart(article: Article, j: number, sentenceFrom: number): number {
  const words = article.words;
  let i = j;
  while (i > sentenceFrom) {
    if (hasPunct(gapBetween(article, i - 1, i))) break;
    // "NASA and ESA", "UAW Local 909 leaders and workers": "and" joining two names or two nouns.
    const nounLike = (w: Word) =>
      isCapitalised(w) || (w.tags.has("Noun") && !w.tags.has("Verb") && !w.tags.has("Pronoun"));
    const joinsNames =
      words[i - 1].lower === "and" && i - 2 >= sentenceFrom && nounLike(words[i - 2]) && nounLike(words[i]);
    if (CLAUSE_BOUNDARY.has(words[i - 1].lower) && !joinsNames) break;
    i--;
  }
  return i;
}

/** A verb that makes a stretch of words a clause rather than a noun phrase ("choked-up", "compiled" and the tagger's "Harbour" do not). */
const isFiniteVerb = (w: Word): boolean =>
  w.tags.has("Verb") &&
  !w.tags.has("Participle") &&
  !w.tags.has("PastTense") &&
  !w.tags.has("Gerund") &&
  !w.tags.has("Hyphenated") &&
  !isCapitalised(w);

/** The comma-separated stretches before word j, nearest first: "Martin Delgado | 61 | who owns a store". */
function segmentsBefore(article: Article, j: number, sentenceFrom: number): { from: number; to: number }[] {
  const segments: { from: number; to: number }[] = [];
  let to = j + 1;
  for (let k = j; k >= sentenceFrom; k--) {
    if (k === sentenceFrom || /,/.test(gapBetween(article, k - 1, k))) {
      segments.push({ from: k, to });
      to = k;
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
  return !(clause < 0 ? words : words.slice(0, clause)).some(isFiniteVerb);
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
  return ends && !article.words[np.from].tags.has("Date") ? { ...np, inverted: true } : undefined;
}

/** The subject of a cue: before it ("Grabsky said"), after it ("said Grabsky"), or the NP after "according to". */
function subjectOf(article: Article, cue: number): Subject | undefined {
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

/** Time and place after the verb ("Thursday on the social platform X"), or the person told ("the CBC"). */
/** Words that open a time or place element after a verb: "said Thursday", "said at a rally", "wrote in a post". */
const TIME_OR_PLACE = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "outside",
  "inside",
  "near",
  "from",
  "regarding",
  "today",
  "yesterday",
  "tonight",
  "this",
  "last",
  "earlier",
  "later",
  "late",
  "early",
]);
const TELL = new Set(["told", "tells", "tell"]);

/** Time and place after the verb ("Thursday on the social platform X"), or whom the speaker told ("the CBC"). */
function complementOf(article: Article, verb: number, after: number, sentence: number): string | undefined {
  const words = article.words;
  const { to: sTo } = sentenceWords(article, sentence);
  if (after >= sTo || hasPunct(gapBetween(article, after - 1, after))) return undefined;
  const first = words[after];
  const told = TELL.has(words[verb].lower);
  if (!told && !TIME_OR_PLACE.has(first.lower) && !first.tags.has("Date")) return undefined;
  let to = after;
  while (
    to < sTo &&
    (to === after || !/[,;:.!?“”"]/.test(gapBetween(article, to - 1, to))) &&
    words[to].lower !== "that"
  )
    to++;
  const span = words.slice(after, to);
  if (
    span.length > 10 ||
    span.some(
      (w) => CONJUNCTIONS.has(w.lower) || PRONOUNS.has(w.lower) || (w.tags.has("Verb") && !w.tags.has("Gerund")),
    )
  )
    return undefined;
  if (quoteAt(article, span[0].start)) return undefined;
  return article.text.slice(span[0].start, span[span.length - 1].end);
}

function textOf(article: Article, from: number, to: number): string {
  return article.text.slice(article.words[from].start, article.words[to - 1].end);
}

function sentenceCase(article: Article, from: number, text: string): string {
  return article.sentences[article.words[from].sentence].from === from && !isProper(article, from)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * Later reference as the article makes it: honorific and surname ("Ms.
 * Delgado"), the given name where the article uses it alone and never the
 * bare surname ("Audrey"), the full name where two people share the surname,
 * or else the surname.
 */
function personSpeaker(person: Person, shared: ReadonlySet<string>): Speaker {
  const twin = shared.has(person.surname.toLowerCase());
  const later = person.honorific
    ? `${person.honorific} ${person.surname}`
    : person.familiar && (twin || !person.bySurname)
      ? person.familiar
      : twin
        ? person.name
        : person.surname;
  return {
    kind: "person",
    name: person.name,
    first: [person.title, person.name].filter(Boolean).join(" "),
    appositive: person.appositive,
    later,
    key: person.familiar && later === person.familiar ? person.familiar : person.surname,
  };
}

function bodySpeaker(article: Article, subject: Subject): Speaker {
  const words = article.words;
  let text = sentenceCase(article, subject.from, textOf(article, subject.from, subject.to));
  if (subject.antecedent) {
    const noun = textOf(article, subject.antecedent.from, subject.antecedent.to);
    text = text.replace(/\b(?:whom|which)\b/i, `the ${noun.replace(/^(?:the|a|an)\s+/i, "")}`).replace(/^who$/i, noun);
  }
  const capitals = words.slice(subject.from, subject.to).filter(isCapitalised);
  const kind: SpeakerKind = capitals.length && !subject.antecedent ? "organisation" : "described";
  const key = (capitals.length ? capitals[capitals.length - 1].text : words[subject.to - 1].text).replace(/['’]s$/, "");
  return {
    kind,
    name: text,
    first: text,
    later: kind === "described" ? text.replace(/^(?:an?)\s+/i, "the ") : text,
    key,
  };
}

/** What the speaker map knows while it reads the article in order. */
interface Reading {
  mentions: Mention[];
  statements: Statement[];
  shared: ReadonlySet<string>;
  /** Where each word stands, by its lower case: "Authority" and "authority" for "the authority". */
  byWord: ReadonlyMap<string, number[]>;
}

/** How many mentions or statements back a pronoun or a description is looked up: none refers further. */
const LOOK_BACK = 200;

/** Whether a mention is its sentence's subject: no verb and no preposition before it ("Terry James said he knew Mr Newman"). */
function isSubjectMention(article: Article, m: Mention): boolean {
  const words = article.words;
  const from = article.sentences[words[m.word].sentence].from;
  if (m.word > from && words[m.word - 1].tags.has("Preposition")) return false;
  return !words.slice(from, m.word).some((w) => w.tags.has("Verb") && !w.tags.has("Gerund"));
}

/**
 * Whom "he" or "she" means: among the people named outside quotations in
 * this paragraph and the one before, whom the pronoun fits, the last one
 * named as a sentence's subject; failing that, the last one named at all.
 */
function lastPersonBefore(
  article: Article,
  mentions: Mention[],
  offset: number,
  gender: Gender,
  paragraph: number,
): Person | undefined {
  let fallback: Person | undefined;
  for (let i = mentions.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
    const m = mentions[i];
    if (m.end > offset || quoteAt(article, m.start) || (m.person.gender && m.person.gender !== gender)) continue;
    const near = article.sentences[article.words[m.word].sentence].paragraph >= paragraph - 1;
    if (near && isSubjectMention(article, m)) return m.person;
    fallback ??= m.person;
    if (!near) break;
  }
  return fallback;
}

/** "It said", "they reported": the body that last spoke in this paragraph or the one before. */
function lastBodyBefore(statements: Statement[], offset: number, paragraph: number): Speaker | undefined {
  for (let i = statements.length - 1; i >= 0; i--) {
    const s = statements[i];
    if (s.at >= offset) continue;
    if (s.paragraph < paragraph - 1) return undefined;
    if (s.speaker.kind !== "person" && !s.pronoun) return s.speaker;
  }
  return undefined;
}

/** The last word of a title or an appositive's head noun: "U.S. District Judge" → judge, "the county's health director" → director. */
function headOf(phrase: string | undefined): string | undefined {
  if (!phrase) return undefined;
  const words = phrase.split(/\s+(?:in|of|at|for|with|from|on)\s+/i)[0].split(/\s+/);
  return words[words.length - 1]?.toLowerCase().replace(/[.,]$/, "");
}

/**
 * "The mayor said", "the authority says": a description the article uses for
 * someone it has named. The person whose title or appositive it repeats, or
 * the body whose name ends in it, named last before the cue.
 */
function named(article: Article, subject: Subject, reading: Reading): Speaker | undefined {
  const words = article.words.slice(subject.from, subject.to);
  if (
    words.length < 2 ||
    words.length > 4 ||
    words[0].lower !== "the" ||
    words.slice(1).some((w) => /^\p{Lu}/u.test(w.text))
  )
    return undefined;
  const head = words[words.length - 1].lower;
  const described = words.slice(1).map((w) => w.lower);
  const offset = words[0].start;
  // "the chief executive" for "President and Chief Executive Officer Victoria Lanning"; "the mayor" for "Mayor Brad Carter".
  const fits = (title: string | undefined) => {
    const said = (title ?? "").toLowerCase().split(/[\s,]+/);
    return headOf(title) === head || (described.length > 1 && described.every((w) => said.includes(w)));
  };
  for (let i = reading.mentions.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
    const { person, end } = reading.mentions[i];
    if (end <= offset && (fits(person.title) || headOf(person.appositive?.replace(/^(?:an?|the)\s+/i, "")) === head))
      return personSpeaker(person, reading.shared);
  }
  const description = textOf(article, subject.from, subject.to).replace(/^The\b/, "the");
  for (let i = reading.statements.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
    const { speaker, at } = reading.statements[i];
    if (at >= offset || speaker.kind === "person" || speaker.name.toLowerCase() === description.toLowerCase()) continue;
    // "the company said" after "Halden Foods Inc. reported": a generic word for the body named last.
    const generic =
      COMPANY_WORDS.has(head) &&
      speaker.kind === "organisation" &&
      speaker.name
        .replace(/^the\s+/i, "")
        .split(/\s+/)
        .every((w) => /^\p{Lu}/u.test(w));
    if (speaker.name.toLowerCase().endsWith(` ${head}`) || generic)
      return { ...speaker, later: generic ? shortName(speaker.name) : description };
  }
  const places = reading.byWord.get(head) ?? [];
  for (let i = places.length - 1, seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
    const k = places[i];
    const w = article.words[k];
    if (k >= subject.from || quoteAt(article, w.start)) continue;
    const phrase = isCapitalised(w) ? capitalisedRun(article, k) : modifiedNoun(article, k);
    if (!phrase || phrase.to - phrase.from < 2 || phrase.to !== k + 1) continue;
    const the = article.words[phrase.from - 1]?.lower === "the" ? "the " : "";
    const name = sentenceCase(article, phrase.from, `${the}${textOf(article, phrase.from, phrase.to)}`);
    const kind: SpeakerKind = isCapitalised(w) ? "organisation" : "described";
    return { kind, name, first: name, later: description, key: w.text };
  }
  return undefined;
}

/** Words a story uses for a company or club it has named: "the company said", "the club said". */
const COMPANY_WORDS = new Set(
  "company firm group business retailer carrier airline maker manufacturer insurer lender publisher operator chain club team side outfit force".split(
    " ",
  ),
);

/** "Halden Foods Inc" → "Halden Foods": a company's name without its legal suffix, for later references. */
function shortName(name: string): string {
  return name.replace(TRAILING_LEGAL_SUFFIX, "").replace(/^the\s+/, "");
}

/** "The regional transport authority": the words that modify a noun, back to its determiner. */
function modifiedNoun(article: Article, head: number): { from: number; to: number } | undefined {
  const words = article.words;
  let from = head;
  while (
    from > 0 &&
    head - from < 5 &&
    words[from - 1].sentence === words[head].sentence &&
    !hasPunct(gapBetween(article, from - 1, from))
  ) {
    const w = words[from - 1];
    if (DETERMINERS.has(w.lower)) return from < head ? { from, to: head + 1 } : undefined;
    if (!(w.tags.has("Noun") || w.tags.has("Adjective")) || w.tags.has("Pronoun") || isFiniteVerb(w)) return undefined;
    from--;
  }
  return undefined;
}

/** The mentions (in text order) that lie between two offsets. */
function mentionsWithin(mentions: Mention[], start: number, end: number): Mention[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: Mention[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start < end; i++)
    if (mentions[i].end <= end) found.push(mentions[i]);
  return found;
}

function speakerFor(article: Article, subject: Subject, reading: Reading): Speaker | undefined {
  const words = article.words;
  const span = words.slice(subject.from, subject.to);
  if (span.length === 1 && PRONOUNS.has(span[0].lower)) {
    const pronoun = span[0].lower;
    if (pronoun === "it" || pronoun === "they")
      return lastBodyBefore(reading.statements, span[0].start, article.sentences[span[0].sentence].paragraph);
    if (pronoun !== "he" && pronoun !== "she") return undefined;
    const person = lastPersonBefore(
      article,
      reading.mentions,
      span[0].start,
      pronoun === "he" ? "male" : "female",
      article.sentences[span[0].sentence].paragraph,
    );
    return person && personSpeaker(person, reading.shared);
  }
  const start = words[subject.from].start;
  const end = words[subject.to - 1].end;
  const within = mentionsWithin(reading.mentions, start, end);
  if (within.length && !subject.antecedent) return personSpeaker(within[within.length - 1].person, reading.shared);
  return named(article, subject, reading) ?? bodySpeaker(article, subject);
}

function nearest<T extends { at: number }>(items: T[], offset: number): T | undefined {
  return items.reduce<T | undefined>(
    (best, s) => (!best || Math.abs(s.at - offset) < Math.abs(best.at - offset) ? s : best),
    undefined,
  );
}

/** Whether a paragraph holds nothing but quoted material, given the quotations that touch it. */
function isQuoteOnly(article: Article, paragraph: number, touching: Quotation[]): boolean {
  const p = article.paragraphs[paragraph];
  let rest = article.text.slice(p.start, p.end);
  for (const q of [...touching].reverse()) {
    rest = rest.slice(0, Math.max(0, q.start - p.start)) + rest.slice(Math.min(rest.length, q.end - p.start));
  }
  return touching.length > 0 && !/[\p{L}\p{N}]/u.test(rest);
}

/** What is in each paragraph, for looking a quotation's speaker up without reading the whole article again. */
interface ByParagraph {
  statements: Statement[][];
  mentions: Mention[][];
  quotes: Quotation[][];
}

function byParagraph(article: Article, reading: Reading): ByParagraph {
  const empty = () => article.paragraphs.map((): never[] => []);
  const index: ByParagraph = { statements: empty(), mentions: empty(), quotes: empty() };
  for (const s of reading.statements) index.statements[s.paragraph].push(s);
  for (const m of reading.mentions) index.mentions[article.sentences[article.words[m.word].sentence].paragraph].push(m);
  for (const q of article.quotes) for (let p = q.paragraph; p <= q.lastParagraph; p++) index.quotes[p].push(q);
  return index;
}

/** Who says each quotation: a cue in its sentences, then in its paragraph, a person named before it, or the previous paragraph's speaker. */
function quoteSpeaker(
  article: Article,
  q: Quotation,
  shared: ReadonlySet<string>,
  index: ByParagraph,
): { speaker: Speaker; statement?: Statement } | undefined {
  const inParagraph = index.statements.slice(q.paragraph, q.lastParagraph + 1).flat();
  const overlaps = (s: Statement) =>
    article.sentences[s.sentence].end > q.start && article.sentences[s.sentence].start <= q.end;
  const close = nearest(inParagraph.filter(overlaps), q.start) ?? nearest(inParagraph, q.start);
  if (close) return { speaker: close.speaker, statement: close };
  const before = index.mentions[q.paragraph].filter((m) => m.end <= q.start && !quoteAt(article, m.start));
  if (before.length) return { speaker: personSpeaker(before[before.length - 1].person, shared) };
  if (q.paragraph > 0 && isQuoteOnly(article, q.paragraph, index.quotes[q.paragraph])) {
    const last = index.statements[q.paragraph - 1].at(-1);
    if (last) return { speaker: last.speaker, statement: last };
  }
  return undefined;
}

/** Builds the speaker map of an article. */
export function mapSpeakers(article: Article): SpeakerMap {
  const words = article.words;
  const cues: { cue: number; subject: Subject }[] = [];
  let lastAccording: { cue: number; subject: Subject } | undefined;
  for (let i = 0; i < words.length; i++) {
    const sentence = article.sentences[words[i].sentence];
    if (article.paragraphs[sentence.paragraph].headline || !isCue(article, i)) continue;
    const subject = subjectOf(article, i);
    // A verb inside the source named after "according to" ("… compiled by HomeLedger") is part of that source.
    const insideAnother =
      lastAccording !== undefined && lastAccording.subject.from <= i && i <= lastAccording.subject.to;
    if (subject && !insideAnother && !words.slice(subject.from, subject.to).some((w) => w.lower === "according")) {
      cues.push({ cue: i, subject });
      if (words[i].lower === "according") lastAccording = { cue: i, subject };
    }
  }
  const trusted = new Set<number>();
  for (const { subject } of cues) for (let k = subject.from; k < subject.to; k++) trusted.add(k);
  const { people, mentions, shared } = peopleIn(article, trusted);
  const statements: Statement[] = [];
  const byWord = new Map<string, number[]>();
  words.forEach((w, i) => {
    const at = byWord.get(w.lower);
    if (at) at.push(i);
    else byWord.set(w.lower, [i]);
  });
  const reading: Reading = { mentions, statements, byWord, shared };
  const unresolved = new Set<number>();
  for (const { cue, subject } of cues) {
    const w = words[cue];
    const pronoun = subject.to - subject.from === 1 && PRONOUNS.has(words[subject.from].lower);
    // A data verb reports what a body found ("the survey found"), never what "he" counted.
    if (
      pronoun &&
      /^(?:he|she|i|we)$/.test(words[subject.from].lower) &&
      EVIDENTIAL_VERBS.has(w.lower) &&
      !SPEECH_VERBS.has(w.lower)
    )
      continue;
    const speaker = speakerFor(article, subject, reading);
    if (!speaker) {
      unresolved.add(w.sentence);
      continue;
    }
    const according = w.lower === "according";
    const verbEnd = according ? cue + 2 : cue + 1;
    const after = subject.inverted && !according ? subject.to : verbEnd;
    const sentence = article.sentences[w.sentence];
    const following = quotesAround(article, w.end).next;
    const next = following?.paragraph === sentence.paragraph ? following : undefined;
    statements.push({
      speaker,
      verb: according ? "according to" : w.text,
      complement: according ? undefined : complementOf(article, cue, after, w.sentence),
      at: w.start,
      sentence: w.sentence,
      paragraph: sentence.paragraph,
      inverted: subject.inverted && !according,
      colon: !!next && article.text.slice(w.end, next.start).trimEnd().endsWith(":"),
      pronoun,
    });
  }
  const quoteSpeakers = new Map<Quotation, { speaker: Speaker; statement?: Statement }>();
  const index = byParagraph(article, reading);
  for (const q of article.quotes) {
    const found = quoteSpeaker(article, q, reading.shared, index);
    if (found) quoteSpeakers.set(q, found);
  }
  return { statements, quoteSpeakers, people, unresolved };
}

/** The attribution of a sentence nearest to an offset in it. */
export function statementFor(map: SpeakerMap, sentence: number, offset: number): Statement | undefined {
  return nearest(
    map.statements.filter((s) => s.sentence === sentence),
    offset,
  );
}

import { EVIDENTIAL_VERBS, FRAMED_VERBS, SPEECH_VERBS } from "../attribution/cues";
import { Article, quoteAt, Quotation } from "./article";
import { gapBetween, isCapitalised, isProper, Mention, peopleIn, Person } from "./names";

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
}

/**
 * Verbs a source article uses to hand words on that the checker's lexicon leaves
 * out because they need the article's context ("continued Bloomberg"); reading
 * a source, that context is there.
 */
const CONTINUING_VERBS = new Set(["continued", "continues", "recognized", "recognised", "reiterated", "reiterates"]);
const PASSIVE_AUX = new Set(["is", "was", "were", "been", "be", "being", "are", "to", "would", "will", "could", "may", "might"]);
const CLAUSE_BOUNDARY = new Set(["that", "and", "but", "while", "because", "as", "when", "after", "before", "if", "so", "though", "although", "where", "since", "whether", "said", "says"]);
/** Words that open a clause, never a time or place element ("said after the vote" is one; "said that …" is not). */
const CONJUNCTIONS = new Set(["that", "and", "but", "while", "because", "as", "when", "if", "so", "though", "although", "where", "whether"]);
const PRONOUNS = new Set(["he", "she", "they", "it", "we", "i"]);
const RELATIVES = new Set(["who", "whom", "which"]);
const DETERMINERS = new Set(["a", "an", "the"]);
const PREPOSITIONS = new Set(["in", "on", "at", "after", "during", "for", "with", "from", "under", "over", "since", "by", "among", "across", "before", "regarding", "despite", "amid"]);
/** Words between a subject and its verb: "Zapatero then claimed", "the minister has said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(["also", "then", "later", "initially", "previously", "recently", "earlier", "further", "again", "once", "however", "separately", "had", "has", "have"]);

interface Subject {
  from: number;
  to: number;
  inverted: boolean;
  /** For "one of whom said": the noun the relative pronoun stands for. */
  antecedent?: { from: number; to: number };
}

const hasPunct = (gap: string) => /[,;:“”"()—–]/.test(gap);
const sentenceWords = (article: Article, s: number) => ({ from: article.sentences[s].from, to: article.sentences[s].to });

function isCue(article: Article, i: number): boolean {
  const w = article.words[i];
  if (quoteAt(article, w.start)) return false;
  if (w.lower === "according") return article.words[i + 1]?.lower === "to";
  if (!SPEECH_VERBS.has(w.lower) && !EVIDENTIAL_VERBS.has(w.lower) && !CONTINUING_VERBS.has(w.lower)) return false;
  const prev = article.words[i - 1];
  if (prev && prev.sentence === w.sentence && (PASSIVE_AUX.has(prev.lower) || DETERMINERS.has(prev.lower))) return false;
  if (w.lower === "said" || w.lower === "says") return !(prev && prev.sentence === w.sentence && prev.lower === "that");
  const next = article.words[i + 1];
  const framed = next?.lower === "that" || (next && /[:“”"]/.test(gapBetween(article, i, i + 1))) || (prev && /[“”"]/.test(gapBetween(article, i - 1, i)));
  if (FRAMED_VERBS.has(w.lower)) return !!framed;
  return !!framed || w.tags.has("Verb");
}

/** The noun phrase after the verb in "said the premier" or after "according to". */
function phraseAfter(article: Article, from: number, end: number): { from: number; to: number } | undefined {
  const words = article.words;
  const first = words[from];
  if (!first || first.tags.has("Preposition") || first.tags.has("Adverb") || first.tags.has("Verb") || CLAUSE_BOUNDARY.has(first.lower)) return undefined;
  let to = from;
  while (to < end) {
    const w = words[to];
    if (to > from && hasPunct(gapBetween(article, to - 1, to))) break;
    if (to > from && (DETERMINERS.has(w.lower) && !words[to - 1].tags.has("Preposition"))) break;
    if (w.tags.has("Verb") && !w.tags.has("Gerund") && !w.tags.has("Participle") && to > from) break;
    if (CLAUSE_BOUNDARY.has(w.lower) && to > from) break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

function clauseStart(article: Article, j: number, sentenceFrom: number): number {
  let i = j;
  while (i > sentenceFrom) {
    if (hasPunct(gapBetween(article, i - 1, i))) break;
    if (CLAUSE_BOUNDARY.has(article.words[i - 1].lower)) break;
    i--;
  }
  return i;
}

/** The subject of a cue: before it ("Grabsky said"), after it ("said Grabsky"), or the NP after "according to". */
function subjectOf(article: Article, cue: number): Subject | undefined {
  const words = article.words;
  const { from: sFrom, to: sTo } = sentenceWords(article, words[cue].sentence);
  if (words[cue].lower === "according") {
    const np = phraseAfter(article, cue + 2, sTo);
    return np && { ...np, inverted: true };
  }
  let j = cue - 1;
  while (j >= sFrom && (BETWEEN_SUBJECT_AND_VERB.has(words[j].lower) || words[j].tags.has("Adverb")) && !hasPunct(gapBetween(article, j, j + 1))) j--;
  if (j >= sFrom && CLAUSE_BOUNDARY.has(words[j].lower)) return undefined;
  const gap = j >= sFrom ? gapBetween(article, j, j + 1) : "“";
  if (j < sFrom || /[“”"]/.test(gap) || /^\s*[;—–]\s*$/.test(gap)) {
    const np = cue + 1 < sTo && !hasPunct(gapBetween(article, cue, cue + 1)) ? phraseAfter(article, cue + 1, sTo) : undefined;
    return np && { ...np, inverted: true };
  }
  if (/,/.test(gap)) {
    let k = j;
    while (k > sFrom && !/,/.test(gapBetween(article, k - 1, k))) k--;
    if (words.slice(k, j + 1).every(isCapitalised) && !words[j].tags.has("Place")) return { from: k, to: j + 1, inverted: false };
    if (k > sFrom && isCapitalised(words[k - 1])) {
      const start = clauseStart(article, k - 1, sFrom);
      return { from: start, to: k, inverted: false };
    }
    return { from: clauseStart(article, j, sFrom), to: j + 1, inverted: false };
  }
  let start = clauseStart(article, j, sFrom);
  const segment = words.slice(start, j + 1);
  const relative = segment.findIndex((w) => RELATIVES.has(w.lower));
  if (relative >= 0 && relative < segment.length - 1 && segment[relative].lower !== "whom") start += relative + 1;
  else if (relative >= 0) {
    let a = start - 1;
    while (a > sFrom && !hasPunct(gapBetween(article, a - 1, a)) && (words[a - 1].tags.has("Noun") || words[a - 1].tags.has("Adjective")) && !words[a - 1].tags.has("Pronoun")) a--;
    if (a < sFrom || !words[start - 1]?.tags.has("Noun")) return undefined;
    return { from: start, to: j + 1, inverted: false, antecedent: { from: a, to: start } };
  }
  if (segment.length && (segment[0].tags.has("Preposition") || PREPOSITIONS.has(segment[0].lower) || segment.length > 8)) {
    const det = segment.map((w) => DETERMINERS.has(w.lower)).lastIndexOf(true);
    if (det <= 0) return undefined;
    start += det;
  }
  if (words.slice(start, j + 1).some((w) => w.tags.has("Verb") && !w.tags.has("Participle") && !w.tags.has("PastTense") && !w.tags.has("Gerund"))) return undefined;
  return start <= j ? { from: start, to: j + 1, inverted: false } : undefined;
}

/** Time and place after the verb ("Thursday on the social platform X"), or the person told ("the CBC"). */
/** Words that open a time or place element after a verb: "said Thursday", "said at a rally", "wrote in a post". */
const TIME_OR_PLACE = new Set(["in", "on", "at", "during", "after", "before", "outside", "inside", "near", "from", "regarding", "today", "yesterday", "tonight", "this", "last", "earlier", "later", "late", "early"]);
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
  while (to < sTo && (to === after || !/[,;:.!?“”"]/.test(gapBetween(article, to - 1, to))) && words[to].lower !== "that") to++;
  const span = words.slice(after, to);
  if (span.length > 10 || span.some((w) => CONJUNCTIONS.has(w.lower) || PRONOUNS.has(w.lower) || (w.tags.has("Verb") && !w.tags.has("Gerund")))) return undefined;
  if (quoteAt(article, span[0].start)) return undefined;
  return article.text.slice(span[0].start, span[span.length - 1].end);
}

function textOf(article: Article, from: number, to: number): string {
  return article.text.slice(article.words[from].start, article.words[to - 1].end);
}

function sentenceCase(article: Article, from: number, text: string): string {
  return article.sentences[article.words[from].sentence].from === from && !isProper(article, from) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function personSpeaker(person: Person): Speaker {
  return {
    kind: "person",
    name: person.name,
    first: [person.title, person.name].filter(Boolean).join(" "),
    appositive: person.appositive,
    later: person.honorific ? `${person.honorific} ${person.surname}` : person.surname,
    key: person.surname,
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
  return { kind, name: text, first: text, later: kind === "described" ? text.replace(/^(?:an?)\s+/i, "the ") : text, key };
}

/** The person most recently named before an offset: whom "he" or "she" refers to. */
function lastPersonBefore(mentions: Mention[], offset: number): Person | undefined {
  let found: Person | undefined;
  for (const m of mentions) if (m.end <= offset) found = m.person;
  return found;
}

function speakerFor(article: Article, subject: Subject, mentions: Mention[]): Speaker | undefined {
  const words = article.words;
  const span = words.slice(subject.from, subject.to);
  if (span.length === 1 && PRONOUNS.has(span[0].lower)) {
    if (span[0].lower !== "he" && span[0].lower !== "she") return undefined;
    const person = lastPersonBefore(mentions, span[0].start);
    return person && personSpeaker(person);
  }
  const start = words[subject.from].start;
  const end = words[subject.to - 1].end;
  const named = mentions.filter((m) => m.start >= start && m.end <= end);
  if (named.length && !subject.antecedent) return personSpeaker(named[named.length - 1].person);
  return bodySpeaker(article, subject);
}

function nearest<T extends { at: number }>(items: T[], offset: number): T | undefined {
  return items.reduce<T | undefined>((best, s) => (!best || Math.abs(s.at - offset) < Math.abs(best.at - offset) ? s : best), undefined);
}

function isQuoteOnly(article: Article, paragraph: number): boolean {
  const p = article.paragraphs[paragraph];
  const touching = article.quotes.filter((q) => q.start < p.end && q.end > p.start);
  let rest = article.text.slice(p.start, p.end);
  for (const q of [...touching].reverse()) {
    rest = rest.slice(0, Math.max(0, q.start - p.start)) + rest.slice(Math.min(rest.length, q.end - p.start));
  }
  return touching.length > 0 && !/[\p{L}\p{N}]/u.test(rest);
}

/** Who says each quotation: a cue in its sentences, then in its paragraph, a person named before it, or the previous paragraph's speaker. */
function quoteSpeaker(article: Article, q: Quotation, statements: Statement[], mentions: Mention[]): { speaker: Speaker; statement?: Statement } | undefined {
  const inParagraph = statements.filter((s) => s.paragraph >= q.paragraph && s.paragraph <= q.lastParagraph);
  const sentences = article.sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.end > q.start && s.start <= q.end).map(({ i }) => i);
  const close = nearest(inParagraph.filter((s) => sentences.includes(s.sentence)), q.start) ?? nearest(inParagraph, q.start);
  if (close) return { speaker: close.speaker, statement: close };
  const p = article.paragraphs[q.paragraph];
  const before = mentions.filter((m) => m.start >= p.start && m.end <= q.start && !quoteAt(article, m.start));
  if (before.length) return { speaker: personSpeaker(before[before.length - 1].person) };
  if (isQuoteOnly(article, q.paragraph) && q.paragraph > 0) {
    const previous = statements.filter((s) => s.paragraph === q.paragraph - 1);
    const last = previous[previous.length - 1];
    if (last) return { speaker: last.speaker, statement: last };
  }
  return undefined;
}

/** Builds the speaker map of an article. */
export function mapSpeakers(article: Article): SpeakerMap {
  const words = article.words;
  const headline = new Set(article.paragraphs.map((p, i) => (p.headline ? i : -1)));
  const cues: { cue: number; subject: Subject }[] = [];
  for (let i = 0; i < words.length; i++) {
    const sentence = article.sentences[words[i].sentence];
    if (headline.has(sentence.paragraph) || !isCue(article, i)) continue;
    const subject = subjectOf(article, i);
    const insideAnother = cues.some((c) => words[c.cue].lower === "according" && c.subject.from <= i && i <= c.subject.to);
    if (subject && !insideAnother && !words.slice(subject.from, subject.to).some((w) => w.lower === "according")) cues.push({ cue: i, subject });
  }
  const trusted = new Set<number>();
  for (const { subject } of cues) for (let k = subject.from; k < subject.to; k++) trusted.add(k);
  const { people, mentions } = peopleIn(article, trusted);
  const statements: Statement[] = [];
  for (const { cue, subject } of cues) {
    const speaker = speakerFor(article, subject, mentions);
    if (!speaker) continue;
    const w = words[cue];
    const according = w.lower === "according";
    const verbEnd = according ? cue + 2 : cue + 1;
    const after = subject.inverted && !according ? subject.to : verbEnd;
    const sentence = article.sentences[w.sentence];
    const next = article.quotes.find((q) => q.paragraph === sentence.paragraph && q.start > w.end);
    statements.push({
      speaker,
      verb: according ? "according to" : w.text,
      complement: according ? undefined : complementOf(article, cue, after, w.sentence),
      at: w.start,
      sentence: w.sentence,
      paragraph: sentence.paragraph,
      inverted: subject.inverted && !according,
      colon: !!next && article.text.slice(w.end, next.start).trimEnd().endsWith(":"),
      pronoun: subject.to - subject.from === 1 && PRONOUNS.has(words[subject.from].lower),
    });
  }
  const quoteSpeakers = new Map<Quotation, { speaker: Speaker; statement?: Statement }>();
  for (const q of article.quotes) {
    const found = quoteSpeaker(article, q, statements, mentions);
    if (found) quoteSpeakers.set(q, found);
  }
  return { statements, quoteSpeakers, people };
}

/** The attribution of a sentence nearest to an offset in it. */
export function statementFor(map: SpeakerMap, sentence: number, offset: number): Statement | undefined {
  return nearest(map.statements.filter((s) => s.sentence === sentence), offset);
}

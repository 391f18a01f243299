import { EVIDENTIAL_VERBS, SPEECH_VERBS } from "../attribution/cues";
import { SUBORDINATORS } from "../policy/conjunctions";
import { Article, Quotation, quotesAround } from "./article";
import { PRONOUNS } from "./clauses";
import { complementOf } from "./complements";
import { Reading, speakerFor } from "./coreference";
import { peopleIn, Person } from "./names";
import { byParagraph, nearest, quoteSpeaker } from "./quoteSpeakers";
import { asksAboutSpeech, isCue } from "./sourceCues";
import { Subject, subjectOf } from "./subjects";
import { dataCredits, notesCredit } from "./dataNotes";
import { isLabelled, transcriptTurns, Turn } from "./transcript";

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

/** Who says a quotation, and how the article says so. */
export interface QuoteCredit {
  speaker: Speaker;
  /** The cue that credits it. */
  statement?: Statement;
  /** Credited by a lead-in of its own sentence that opens with the speaker and ends in a colon, with no cue. */
  ledIn?: boolean;
}

export interface SpeakerMap {
  statements: Statement[];
  /** Each quotation's statement (or bare speaker when the article names them without a cue). */
  quoteSpeakers: Map<Quotation, QuoteCredit>;
  people: Map<string, Person>;
  /**
   * Paragraphs of a speaker's words without quotation marks: after a
   * paragraph that ends "X said:" (a press release, a block quote), or a
   * transcript's turn led by its speaker's label ("MARLOW:", "A:").
   */
  speechParagraphs: Map<number, { speaker: Speaker; statement?: Statement }>;
  /**
   * Paragraphs of a transcript's questions whose asker the article names
   * neither as an outlet's label nor as its publication (`Q:` with no
   * byline): the publication the caller names (`--publication`) asked them.
   */
  unnamedQuestions?: Set<number>;
  /** The survey or report a notes or methodology section credits for the figures the article gives in its own voice. */
  notesCredit?: Speaker;
  /** The credit a `Source: …` line under a chart or a table gives the figures of the paragraphs above it, by paragraph. */
  dataCredits?: Map<number, Speaker>;
  /** Sentences with a cue whose speaker the article leaves unclear ("it said" with nothing before): attributed, but not to anyone known. */
  unresolved: Set<number>;
}

/** Builds the speaker map of an article; its publication, when known, asks a transcript's unlabelled questions. */
export function mapSpeakers(article: Article, publication?: string): SpeakerMap {
  const words = article.words;
  const cues: { cue: number; subject: Subject }[] = [];
  let lastAccording: { cue: number; subject: Subject } | undefined;
  for (let i = 0; i < words.length; i++) {
    const sentence = article.sentences[words[i].sentence];
    if (article.paragraphs[sentence.paragraph].headline || !isCue(article, i)) continue;
    const subject = subjectOf(article, i);
    if (subject && asksAboutSpeech(article, i, subject)) continue;
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
  const turns = transcriptTurns(article, { people, mentions, shared }, publication);
  const quoteSpeakers = new Map<Quotation, QuoteCredit>();
  const index = byParagraph(article, reading);
  for (const q of article.quotes) {
    const found = quoteSpeaker(article, q, reading.shared, index);
    const turn = turns.get(q.paragraph);
    // Inside a turn with no cue of its own, a quotation is the turn's speaker's, and never the interviewee's in a question.
    if (turn && !found?.statement) {
      if (turn.role === "interviewee" && turn.speaker) quoteSpeakers.set(q, { speaker: turn.speaker });
    } else if (found) quoteSpeakers.set(q, found);
  }
  const credit = notesCredit(article);
  const credits = dataCredits(article);
  const spoken = speechParagraphs(article, statements, turns);
  return {
    statements,
    quoteSpeakers,
    people,
    unresolved,
    speechParagraphs: spoken.found,
    unnamedQuestions: spoken.unnamed,
    ...(credit ? { notesCredit: credit } : {}),
    ...(credits.size > 0 ? { dataCredits: credits } : {}),
  };
}

/**
 * "Minister Aroha Pita said:" closing a paragraph introduces the paragraphs
 * after it as her words, quotation marks or not, and a transcript's turn
 * ("MARLOW: We are seeing…") is its speaker's words with the unlabelled
 * paragraphs after it, each up to the next paragraph that holds a cue, a
 * quotation or a label of its own. A question is nobody's answer.
 */
function speechParagraphs(
  article: Article,
  statements: Statement[],
  turns: ReadonlyMap<number, Turn>,
): { found: Map<number, { speaker: Speaker; statement?: Statement }>; unnamed: Set<number> } {
  const found = new Map<number, { speaker: Speaker; statement?: Statement }>();
  const unnamed = new Set<number>();
  const withCue = new Set(statements.map((s) => s.paragraph));
  const withQuote = new Set(article.quotes.flatMap((q) => [q.paragraph, q.lastParagraph]));
  const lead = (from: number, said: { speaker: Speaker; statement?: Statement } | undefined, asked = false) => {
    for (let next = from + 1; next < article.paragraphs.length; next++) {
      if (withCue.has(next) || withQuote.has(next) || turns.has(next) || isLabelled(article, next)) break;
      if (said) found.set(next, said);
      else if (asked) unnamed.add(next);
    }
  };
  for (const statement of statements) {
    const p = article.paragraphs[statement.paragraph];
    if (article.text.slice(p.start, p.end).trimEnd().endsWith(":") && !turns.has(statement.paragraph))
      lead(statement.paragraph, { speaker: statement.speaker, statement });
  }
  for (const [paragraph, { speaker, role }] of turns) {
    const said = speaker && { speaker };
    const asked = !speaker && role === "interviewer";
    if (said) found.set(paragraph, said);
    else if (asked) unnamed.add(paragraph);
    lead(paragraph, said, asked);
  }
  return { found, unnamed };
}

/**
 * The attribution of a sentence nearest to an offset in it, less one in a
 * clause that a conjunction opens after the offset: in `Shares fell nearly
 * 9% after the software maker reported slower growth`, the software maker
 * reported the growth, not the fall in its shares. A tag after a comma
 * (`…, while costs rose 4%, the company said`) still covers the sentence.
 */
export function statementFor(
  map: SpeakerMap,
  article: Article,
  sentence: number,
  offset: number,
): Statement | undefined {
  const subordinate = (s: Statement) => {
    if (s.at <= offset) return false;
    const between = article.text.slice(offset, s.at);
    const openers = [...between.matchAll(WORDS)].filter((w) => SUBORDINATORS.has(w[0].toLowerCase()));
    const opener = openers[openers.length - 1];
    return opener !== undefined && !CLAUSE_BREAK.test(between.slice(opener.index));
  };
  return nearest(
    map.statements.filter((s) => s.sentence === sentence && !subordinate(s)),
    offset,
  );
}

const WORDS = /\p{L}+/gu;
const CLAUSE_BREAK = /[,;:\u2014\u2013]/u;

/** Whom the article credits for the figures it gives in its own voice in a paragraph: a credit line under it, else its notes. */
export function figureCredit(map: SpeakerMap, paragraph: number): Speaker | undefined {
  return map.dataCredits?.get(paragraph) ?? map.notesCredit;
}

import { COMPANY_WORDS } from "../policy/organisationWords";
import { Article, quoteAt } from "./article";
import { DETERMINERS, hasPunct, isFiniteVerb, PRONOUNS } from "./clauses";
import { capitalisedRun, gapBetween, Gender, isCapitalised, Mention, Person } from "./names";
import { bodySpeaker, personSpeaker, sentenceCase, shortName, textOf } from "./speakerNames";
import type { Speaker, SpeakerKind, Statement } from "./speakers";
import { bodyNameFrom, Subject } from "./subjects";

/**
 * Whom a cue's subject refers to: a person named inside it, "he" or "she"
 * for the last fitting person, "it" or "they" for the last body that spoke,
 * "the mayor" or "the company" for someone the article has named.
 */
/** What the speaker map knows while it reads the article in order. */
export interface Reading {
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
  // "the region's chief medical officer": the role after whose it is.
  const owner = words.findIndex((w) => /['’]s$/.test(w.text));
  const role = words.slice(owner >= 0 ? owner + 1 : 1);
  if (
    words[0]?.lower !== "the" ||
    role.length < 1 ||
    role.length > 3 ||
    owner > 2 ||
    role.some((w) => /^\p{Lu}/u.test(w.text))
  )
    return undefined;
  const head = words[words.length - 1].lower;
  const described = role.map((w) => w.lower);
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

export function speakerFor(article: Article, subject: Subject, reading: Reading): Speaker | undefined {
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
  // "the Bill and Melinda Gates Foundation": a person named inside a body's name is not its speaker.
  const within = mentionsWithin(reading.mentions, start, end).filter((m) => {
    let at = subject.from;
    while (at < subject.to && words[at].start < m.start) at++;
    return !bodyNameFrom(article, at, subject);
  });
  if (within.length && !subject.antecedent) return personSpeaker(within[within.length - 1].person, reading.shared);
  return named(article, subject, reading) ?? bodySpeaker(article, subject);
}

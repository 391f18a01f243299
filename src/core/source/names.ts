import { MODIFIER_STOPS as MODIFIER_STOP, NOT_NAME_IN_SOURCE as NOT_NAME } from "../policy/nameStopWords";
import { ORGANISATION_WORDS as BODY_WORDS } from "../policy/organisationWords";
import { HONORIFICS, OCCUPATIONS, TITLES_BEFORE_NAMES as TITLE_WORDS } from "../policy/titles";
import { Article, Word } from "./article";

/**
 * Names of people in a source article: which capitalised words are a person,
 * how the article introduces them (title, full name, appositive) and how it
 * refers to them later (surname, or honorific and surname).
 */
export interface Person {
  /** Full name as first written: "Serhiy Grabsky". */
  name: string;
  surname: string;
  /** Words before the name on first reference: "Ukrainian President", "union president". */
  title: string;
  /** The appositive after the name on first reference: "a reserve colonel in Ukraine’s military". */
  appositive?: string;
  /** The honorific the article uses on later reference ("Mr"), if any. */
  honorific?: string;
  /** What the article shows of whom "he" or "she" can mean: a first name, an honorific, a title. */
  gender?: Gender;
  /** The given name, when the article refers to the person by it alone ("Audrey says"). */
  familiar?: string;
  /** Whether the article refers to the person by the bare surname ("Teller said"). */
  bySurname?: boolean;
}

export type Gender = "male" | "female";

export interface Mention {
  person: Person;
  start: number;
  end: number;
  /** Index of the mention's first word. */
  word: number;
}

export const isCapitalised = (w: Word): boolean => /^\p{Lu}/u.test(w.text) && !NOT_NAME.has(w.lower);
/** Punctuation between two words, other than the full stop of a middle initial ("Kimba M. Wood") or a double-barrelled name's hyphen ("Goodwin-Dye"). */
const isPunctGap = (article: Article, a: Word, b: Word): boolean => {
  const gap = article.text.slice(a.end, b.start);
  return /\S/.test(gap) && !(/^\p{Lu}$/u.test(a.text) && /^\.\s+$/.test(gap)) && gap !== "-";
};

/** The surname at the end of a name, whole when it is double-barrelled: "Ghana Goodwin-Dye" → "Goodwin-Dye". */
function surnameOf(article: Article, name: { from: number; to: number }): string {
  let k = name.to - 1;
  while (k > name.from && gapBetween(article, k - 1, k) === "-") k--;
  return article.text.slice(article.words[k].start, article.words[name.to - 1].end).replace(/['’]s$/, "");
}
export const gapBetween = (article: Article, a: number, b: number): string =>
  article.text.slice(article.words[a].end, article.words[b].start);

/** A run of capitalised words in one sentence with nothing but spaces between them. */
export function capitalisedRun(article: Article, at: number): { from: number; to: number } | undefined {
  const words = article.words;
  if (!words[at] || !isCapitalised(words[at])) return undefined;
  let from = at;
  let to = at + 1;
  while (
    from > 0 &&
    words[from - 1].sentence === words[at].sentence &&
    isCapitalised(words[from - 1]) &&
    !isPunctGap(article, words[from - 1], words[from])
  )
    from--;
  while (
    to < words.length &&
    words[to].sentence === words[at].sentence &&
    isCapitalised(words[to]) &&
    !isPunctGap(article, words[to - 1], words[to])
  )
    to++;
  return { from, to };
}

/** An age between commas right after a name: `, 71,`. */
const AGE_AFTER = /^,[ \t]*\d{1,3},/;

/**
 * Whether what follows a capitalised run says it is a person, as news copy
 * introduces one: an age (`Ilir Qosja, 68, stood …`) or a short appositive
 * that names what they do (`…, a retired teacher, stood …`), with no
 * preposition in it (`a town of farmers` describes a place).
 */
function introducesPerson(article: Article, to: number): boolean {
  const words = article.words;
  const last = words[to - 1];
  if (AGE_AFTER.test(article.text.slice(last.end, last.end + 8))) return true;
  if (!/^an?$/.test(words[to]?.lower ?? "") || !/^\s*,\s*$/.test(gapBetween(article, to - 1, to))) return false;
  for (let k = to + 1; k < Math.min(words.length - 1, to + 5); k++) {
    const w = words[k];
    if (w.tags.has("Preposition") || w.sentence !== last.sentence) return false;
    if (/,/.test(gapBetween(article, k, k + 1)))
      return w.tags.has("Actor") || OCCUPATIONS.has(w.lower) || TITLE_WORDS.has(w.lower);
  }
  return false;
}

/** A word the tagger knows as part of a person's name. */
export const isPersonish = (w: Word) =>
  w.tags.has("FirstName") || w.tags.has("LastName") || (w.tags.has("Person") && !w.tags.has("Honorific"));
const TITLEISH = (w: Word) => TITLE_WORDS.has(w.lower.replace(/\.$/, "")) || w.tags.has("Honorific");

/** The words of a capitalised run that are a person's name (not the title before it): "Volodymyr Zelensky". */
export function nameWithin(
  article: Article,
  run: { from: number; to: number },
  trusted: boolean,
): { from: number; to: number } | undefined {
  const words = article.words;
  const last = words[run.to - 1];
  const beforeLast = words[run.to - 2];
  const namedPlace = ["Country", "City", "Region", "Address"].some((t) => last.tags.has(t));
  const placeLike =
    namedPlace || (last.tags.has("Place") && !trusted && !(run.to - 2 >= run.from && beforeLast.tags.has("FirstName")));
  if (
    placeLike ||
    last.tags.has("Organization") ||
    BODY_WORDS.has(last.lower) ||
    TITLEISH(last) ||
    /\d/.test(last.text) ||
    !/^\p{Lu}[\p{L}'’-]+$/u.test(last.text)
  )
    return undefined;
  if (words[run.from - 1]?.lower === "the" && !TITLEISH(words[run.from])) return undefined;
  // "Office of Fiscal Analysis", "University of Kelsworth": the end of a body's name, not a person.
  const of = words[run.from - 1];
  const body = words[run.from - 2];
  if (
    of?.lower === "of" &&
    body &&
    isCapitalised(body) &&
    (BODY_WORDS.has(body.lower) || body.tags.has("Organization"))
  )
    return undefined;
  let from = run.to - 1;
  while (from > run.from && run.to - from < 4) {
    const w = words[from - 1];
    if (
      TITLEISH(w) ||
      HONORIFICS.test(w.text) ||
      BODY_WORDS.has(w.lower) ||
      w.tags.has("Organization") ||
      (w.tags.has("Acronym") && w.text.length > 1)
    )
      break;
    if (
      ["Country", "City", "Region"].some((t) => w.tags.has(t)) ||
      (!trusted && (w.tags.has("Place") || !isPersonish(w)))
    )
      break;
    from--;
  }
  // "Greens MP David Shoebridge": a known given name starts the name; what stands before it is a title.
  const given = words.slice(from, run.to - 1).findIndex((w) => w.tags.has("FirstName"));
  if (given > 0) from += given;
  const name = words.slice(from, run.to);
  if (!name.some(isPersonish) && !(trusted && name.length >= 2)) return undefined;
  return { from, to: run.to };
}

/** Words before a name that introduce it: "Ukrainian President", "union president", "Attorney General of British Columbia". */
export function titleBefore(article: Article, nameFrom: number): string {
  const words = article.words;
  let from = nameFrom;
  while (from > 0 && nameFrom - from < 10) {
    const w = words[from - 1];
    const gap = article.text.slice(w.end, words[from].start);
    if (w.sentence !== words[nameFrom].sentence || (/\S/.test(gap) && !(/^\.\s+$/.test(gap) && TITLEISH(w)))) break;
    if (w.lower === "of" && from - 2 >= 0 && isCapitalised(words[from - 2]) && isCapitalised(words[from])) {
      from--;
      continue;
    }
    // A capitalised word is part of a name whatever the tagger says ("Harbour United manager").
    const named = isCapitalised(w);
    const nounish = w.tags.has("Noun") || w.tags.has("Adjective") || TITLEISH(w) || named;
    if (
      MODIFIER_STOP.has(w.lower) ||
      w.tags.has("Determiner") ||
      w.tags.has("Pronoun") ||
      w.tags.has("Preposition") ||
      w.tags.has("Value") ||
      w.tags.has("Date")
    )
      break;
    if (!nounish || (w.tags.has("Verb") && !TITLEISH(w) && !named)) break;
    from--;
  }
  const text = from < nameFrom ? article.text.slice(words[from].start, words[nameFrom].start).trim() : "";
  const sentenceFirst = article.sentences[words[from].sentence].from === from;
  // A formal title is capitalised for itself ("Health Secretary Neil Gray"); a title whose first word alone has a
  // capital at the start of its sentence, or an occupation there, has it for the sentence ("Chief financial
  // officer Elena Brandt", "Resident Carla Mendes").
  const sentenceCapital = (i: number) =>
    i === from &&
    sentenceFirst &&
    (OCCUPATIONS.has(words[i].lower) || words.slice(from + 1, nameFrom).some((w) => /^\p{Ll}/u.test(w.text)));
  const formal = words
    .slice(from, nameFrom)
    .some((w, k) => TITLEISH(w) && /^\p{Lu}/u.test(w.text) && !sentenceCapital(from + k));
  // A modifier that starts a sentence is capitalised only there: "former Herefordshire Council leader Terry James".
  const modifier = /^(?:Former|Acting|Interim|Then)\b/.test(text);
  return sentenceFirst && text && (modifier || (!formal && !isProper(article, from)))
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * Whether a capitalised word is a name even at the start of a sentence: the
 * tagger knows it as one, it has capitals inside (GiveLife), or the article
 * capitalises it somewhere mid-sentence too.
 */
export function isProper(article: Article, at: number): boolean {
  const w = article.words[at];
  if (NOT_NAME.has(w.lower)) return false;
  if (
    ["ProperNoun", "Person", "Place", "Organization", "Acronym"].some((t) => w.tags.has(t)) ||
    /^.\p{L}*\p{Lu}/u.test(w.text)
  )
    return true;
  const count = article.midSentence.get(w.text) ?? 0;
  return count > (article.sentences[w.sentence].from === at ? 0 : 1);
}

/** ", a reserve colonel in Ukraine’s military," after a name: an appositive that describes the person. */
export function appositiveAfter(article: Article, nameTo: number): string | undefined {
  const words = article.words;
  if (nameTo >= words.length || words[nameTo].sentence !== words[nameTo - 1].sentence) return undefined;
  if (!/^\s*,\s*$/.test(gapBetween(article, nameTo - 1, nameTo))) return undefined;
  const first = words[nameTo];
  if (
    /^(?:who|which|whose|whom|said|says|he|she|they|it)$/.test(first.lower) ||
    first.tags.has("Value") ||
    /\d/.test(first.text)
  )
    return undefined;
  if (!(first.tags.has("Determiner") || /^\p{Ll}/u.test(first.text) || TITLEISH(first))) return undefined;
  let to = nameTo + 1;
  // Inside one sentence a full stop before a space is an abbreviation's ("Gen. Smith"), never the appositive's end.
  const stops = (k: number) =>
    /[,;:.!?“”"]/.test(gapBetween(article, k - 1, k)) && !/^\.\s+$/.test(gapBetween(article, k - 1, k));
  while (to < words.length && words[to].sentence === first.sentence && !stops(to) && to - nameTo <= 12) to++;
  const span = words.slice(nameTo, to);
  if (span.some((w) => w.tags.has("Verb") && !w.tags.has("Gerund") && !w.tags.has("Participle"))) return undefined;
  const end = to < words.length && words[to].sentence === first.sentence ? gapBetween(article, to - 1, to) : ".";
  if (!/[,.]/.test(end)) return undefined;
  return article.text.slice(first.start, words[to - 1].end);
}

function surnameKey(text: string): string {
  return text.toLowerCase().replace(/['’]s$/, "");
}

const MALE_WORDS =
  /^(?:mr|sir|lord|king|prince|spokesman|chairman|congressman|councilman|businessman|father|son|brother|husband)\.?$/i;
const FEMALE_WORDS =
  /^(?:mrs|ms|miss|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|mother|daughter|sister|wife)\.?$/i;

/** He or she, as a word before a name says it: "Mr.", "Ms.", "spokeswoman". */
function genderOfWord(word: Word | undefined): Gender | undefined {
  if (word && MALE_WORDS.test(word.text)) return "male";
  if (word && FEMALE_WORDS.test(word.text)) return "female";
  return undefined;
}

/** He or she, as a given name the tagger knows ("Saint Brendan", "Tara Connell") or the word before the name says. */
function genderOf(article: Article, name: { from: number; to: number }): Gender | undefined {
  const given = article.words.slice(name.from, name.to).filter((w) => !w.tags.has("LastName"));
  const male = given.some((w) => w.tags.has("MaleName") && !w.tags.has("FemaleName"));
  const female = given.some((w) => w.tags.has("FemaleName") && !w.tags.has("MaleName"));
  if (male !== female) return male ? "male" : "female";
  const before = article.words[name.from - 1];
  return before?.sentence === article.words[name.from].sentence ? genderOfWord(before) : undefined;
}

/** What ends a company's legal name: "Gannett Co Inc", "Halden Foods Inc." */
const LEGAL_SUFFIXES = "Co|Inc|Corp|Ltd|LLC|plc|PLC|AG|SA|GmbH";
const LEGAL_SUFFIX = new RegExp(`^(?:${LEGAL_SUFFIXES})\\.?$`);
/** The same at the end of a name, with its comma: "Halden Foods Inc" → "Halden Foods". */
export const TRAILING_LEGAL_SUFFIX = new RegExp(`,?\\s+(?:${LEGAL_SUFFIXES})\\.?$`);

/**
 * Words the article writes as the name of a company or body somewhere
 * ("Gannett Co Inc", or tagged so): "Gannett said" names no person.
 */
function organisationWords(article: Article): Set<string> {
  const found = new Set<string>();
  const words = article.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!isCapitalised(w)) continue;
    const next = words[i + 1];
    const suffixed =
      next &&
      next.sentence === w.sentence &&
      (LEGAL_SUFFIX.test(next.text) || /^(?:Group|Holdings)\.?$/.test(next.text));
    // "Harbour United manager Ines Barrow": the capitalised words before a title and a name are who employs them.
    const employer =
      next &&
      next.sentence === w.sentence &&
      /^\p{Ll}/u.test(next.text) &&
      TITLEISH(next) &&
      words[i + 2] &&
      isCapitalised(words[i + 2]);
    if (suffixed || employer || (w.tags.has("Organization") && !w.tags.has("FirstName") && !w.tags.has("LastName")))
      found.add(w.lower);
  }
  return found;
}

/**
 * Every person the article names, one per full name, with every mention in
 * order. A later reference by surname alone ("Delgado", "Mr. Delgado") means
 * the person of that surname whom an honorific fits, or else the one named
 * last; two people who share a surname keep their full names later on.
 */
export function peopleIn(
  article: Article,
  trustedAt: ReadonlySet<number>,
): { people: Map<string, Person>; mentions: Mention[]; shared: Set<string> } {
  const people = new Map<string, Person>();
  const mentions: Mention[] = [];
  const words = article.words;
  const organisations = organisationWords(article);
  const inHeadline = (w: Word) => article.paragraphs[article.sentences[w.sentence].paragraph].headline;
  const lastMention = new Map<Person, number>();
  const speakingNames = new Set(
    [...trustedAt].filter((k) => isCapitalised(words[k]) && !trustedAt.has(k + 1)).map((k) => words[k].lower),
  );
  const withSurname = new Map<string, Person[]>();
  const keyOf = (p: Person) => (p.name === p.surname ? surnameKey(p.surname) : p.name.toLowerCase());
  const remember = (p: Person) => {
    people.set(keyOf(p), p);
    const key = surnameKey(p.surname);
    const known = withSurname.get(key);
    if (known) known.push(p);
    else withSurname.set(key, [p]);
  };
  const withSurnameNow = (surname: string) =>
    (withSurname.get(surname) ?? []).filter((p) => people.get(keyOf(p)) === p);
  const bySurname = (surname: string, honorific: Word | undefined): Person | undefined => {
    const candidates = withSurnameNow(surname);
    const said = genderOfWord(honorific);
    const fits = said ? candidates.filter((p) => !p.gender || p.gender === said) : candidates;
    const pool = fits.length ? fits : candidates;
    return pool.reduce<Person | undefined>(
      (best, p) => (!best || (lastMention.get(p) ?? -1) > (lastMention.get(best) ?? -1) ? p : best),
      undefined,
    );
  };
  const mention = (person: Person, name: { from: number; to: number }) => {
    lastMention.set(person, mentions.length);
    mentions.push({ person, start: words[name.from].start, end: words[name.to - 1].end, word: name.from });
  };
  /** "Audrey", after "Audrey Teller": the one person named with that given name, if only one is. */
  const byGivenName = (word: string): Person | undefined => {
    const named = [...people.values()].filter(
      (p) => p.name !== p.surname && p.name.split(/\s+/)[0].toLowerCase() === word,
    );
    return named.length === 1 ? named[0] : undefined;
  };
  for (let i = 0; i < words.length;) {
    const run = capitalisedRun(article, i);
    if (!run || inHeadline(words[i])) {
      i = run ? run.to : i + 1;
      continue;
    }
    i = run.to;
    // "transit chief Odile Brancaccio" is a name when the article has "Brancaccio said" anywhere.
    let trusted = run.to - run.from > 1 && speakingNames.has(words[run.to - 1].lower);
    for (let k = run.from; k < run.to && !trusted; k++) trusted = trustedAt.has(k);
    if (!trusted && run.to - run.from >= 2 && run.to - run.from <= 3) trusted = introducesPerson(article, run.to);
    const surname = surnameKey(surnameOf(article, run));
    const hasGivenName = words.slice(run.from, run.to).some((w) => w.tags.has("FirstName"));
    if (organisations.has(words[run.to - 1].lower) && (run.to - run.from === 1 || !hasGivenName)) continue;
    const known = bySurname(surname, undefined);
    const found = nameWithin(article, run, trusted);
    const name = found ?? (known || byGivenName(surname) ? { from: run.to - 1, to: run.to } : undefined);
    if (!name) continue;
    const given = name.to - name.from === 1 && !known ? byGivenName(surname) : undefined;
    if (given) {
      given.familiar = words[name.from].text;
      mention(given, name);
      continue;
    }
    const before = words[name.from - 1];
    const honorific =
      before && HONORIFICS.test(before.text) && /^\.?\s+$/.test(article.text.slice(before.end, words[name.from].start))
        ? before
        : undefined;
    const full = article.text.slice(words[name.from].start, words[name.to - 1].end).replace(/['’]s$/, "");
    let person = name.to - name.from > 1 ? people.get(full.toLowerCase()) : bySurname(surname, honorific);
    if (!person && name.to - name.from > 1) {
      // "Grabsky" first, "Serhiy Grabsky" later: the one-word name was this person all along.
      const bare = people.get(surname);
      if (bare && bare.name === bare.surname) {
        people.delete(surname);
        person = {
          ...bare,
          name: full,
          title: titleBefore(article, name.from) || bare.title,
          appositive: appositiveAfter(article, name.to) ?? bare.appositive,
        };
        for (const m of mentions) if (m.person === bare) m.person = person;
        lastMention.set(person, lastMention.get(bare) ?? -1);
        remember(person);
      }
    }
    if (!person) {
      const gender = genderOf(article, name);
      person = {
        name: full,
        surname: surnameOf(article, name),
        title: titleBefore(article, name.from),
        appositive: appositiveAfter(article, name.to),
        ...(gender ? { gender } : {}),
      };
      remember(person);
    }
    if (name.to - name.from === 1 && !honorific) person.bySurname = true;
    if (honorific && name.to - name.from === 1) {
      person.honorific = article.text.slice(honorific.start, words[name.from].start).trim();
      person.gender ??= genderOfWord(honorific);
    }
    mention(person, name);
  }
  const shared = new Set([...withSurname.keys()].filter((surname) => withSurnameNow(surname).length > 1));
  return { people, mentions, shared };
}

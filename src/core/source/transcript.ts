import { HONORIFICS } from "../policy/titles";
import { Article, quoteAt, Word } from "./article";
import { appositiveAfter, capitalisedRun, Mention, nameWithin, Person, titleBefore } from "./names";
import { personSpeaker } from "./speakerNames";
import type { Speaker } from "./speakers";
import { ASKING_VERBS } from "../policy/askingVerbs";
import { PAGE_LABELS } from "../policy/pageLabels";

/**
 * An interview transcript or a Q&A: paragraphs led by a speaker's label
 * (`MARLOW:`, `Jane Marlow:`, `Q:`, `A:`, the outlet's `KLBY:` for its
 * interviewer). What follows a label is that speaker's words, quotation
 * marks or not. The interviewer's turns are never the interviewee's.
 */
export interface Turn {
  role: "interviewer" | "interviewee";
  /** Who speaks; none for a question when the article names neither its outlet nor its publication. */
  speaker?: Speaker;
}

/** What the speaker map has read of the article's people. */
interface People {
  people: ReadonlyMap<string, Person>;
  mentions: readonly Mention[];
  shared: ReadonlySet<string>;
}

/** A label ending in a colon at the start of a paragraph: one to four capitalised words ("Dr. Marlow", "JANE MARLOW", "Q"). */
const LABEL = /^[ \t]*(?:>[ \t]*)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*:[ \t]+(?=\S)/u;

/** A paragraph led by any label ("Notes:", "Update:", "MARLOW:"): it starts something of its own. */
export function isLabelled(article: Article, paragraph: number): boolean {
  const p = article.paragraphs[paragraph];
  return LABEL.test(article.text.slice(p.start, p.end));
}

/** An outlet's label for its interviewer: an acronym in capitals ("KLBY", "NPR", "VOA"). */
const OUTLET = /^\p{Lu}[\p{Lu}\d&]{1,4}$/u;

/** A body as a speaker: an outlet or a publication, named the same on every reference. */
export function organisation(name: string): Speaker {
  return { kind: "organisation", name, first: name, later: name, key: name };
}

/**
 * "Council leader Priya Nand" for the label "NAND:": a name the tagger does
 * not know is a person's when a turn is labelled with its last word, as it
 * is when the article writes "Nand said".
 */
function introducedAs(article: Article, surname: string): Person | undefined {
  const { words } = article;
  for (let i = 0; i < words.length; i++) {
    if (words[i].lower !== surname || quoteAt(article, words[i].start)) continue;
    const run = capitalisedRun(article, i);
    const name = run && run.to === i + 1 && run.to - run.from > 1 ? nameWithin(article, run, true) : undefined;
    if (!name || name.to - name.from < 2 || article.paragraphs[article.sentences[words[i].sentence].paragraph].headline)
      continue;
    return {
      name: article.text.slice(words[name.from].start, words[name.to - 1].end),
      surname: words[i].text,
      title: titleBefore(article, name.from),
      appositive: appositiveAfter(article, name.to),
    };
  }
  return undefined;
}

/** "JANE MARLOW" → "Jane Marlow": a name the label writes in capitals, as the article would write it in a sentence. */
function nameCase(label: string): string {
  return label === label.toUpperCase()
    ? label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase())
    : label;
}

/** The person a label names: someone the article names by that surname or full name, or a full name it gives only there. */
function personOf(article: Article, label: string, first: Word, people: People): Person | undefined {
  const words = label.split(/\s+/);
  const bare = (HONORIFICS.test(words[0]) ? words.slice(1) : words).join(" ").toLowerCase();
  if (!bare) return undefined;
  for (const person of people.people.values())
    if (person.surname.toLowerCase() === bare || person.name.toLowerCase() === bare)
      return person.name === person.name.toUpperCase()
        ? { ...person, name: nameCase(person.name), surname: nameCase(person.surname) }
        : person;
  const introduced = words.length === 1 ? introducedAs(article, bare) : undefined;
  if (introduced) return introduced;
  // "JANE MARLOW:" with no introduction: a full name whose first word the tagger knows as a given name.
  if (words.length < 2 || words.length > 3 || !first.tags.has("FirstName")) return undefined;
  const name = nameCase(words.join(" "));
  return { name, surname: name.split(/\s+/).at(-1) as string, title: "" };
}

/** A full name in the headline ("Q&A: Tom Reilly on piloting Port Kelby"): a given name the tagger knows and the names after it. */
function headlineName(article: Article): string | undefined {
  const headline = article.paragraphs.find((p) => p.headline);
  if (!headline || headline.from === headline.to) return undefined;
  const { words } = article;
  const to = article.sentences[headline.to - 1].to;
  for (let i = article.sentences[headline.from].from; i < to; i++) {
    if (!words[i].tags.has("FirstName")) continue;
    let end = i + 1;
    while (
      end < to &&
      /^\p{Lu}/u.test(words[end].text) &&
      ["LastName", "Person", "ProperNoun"].some((t) => words[end].tags.has(t)) &&
      article.text.slice(words[end - 1].end, words[end].start) === " "
    )
      end++;
    if (end > i + 1) return article.text.slice(words[i].start, words[end - 1].end);
  }
  return undefined;
}

/**
 * Whom the intro or the headline presents: the person the headline names,
 * else the first one the paragraphs before the first turn give an
 * appositive ("Jane Marlow, the county's chief epidemiologist, spoke
 * with…"), else the first one they name.
 */
function interviewee(article: Article, firstTurn: number, people: People, asking?: Person): Person | undefined {
  const headlined = headlineName(article);
  if (headlined)
    return (
      [...people.people.values()].find((p) => p.name === headlined) ?? {
        name: headlined,
        surname: headlined.split(/\s+/).at(-1) as string,
        title: "",
      }
    );
  const intro = introMentions(article, firstTurn, people).filter((m) => m.person !== asking);
  return (intro.find((m) => m.person.appositive) ?? intro[0])?.person;
}

/** The people the paragraphs before the first turn name, outside quotations: the intro. */
function introMentions(article: Article, firstTurn: number, people: People): Mention[] {
  return people.mentions.filter(
    (m) => article.sentences[article.words[m.word].sentence].paragraph < firstTurn && !quoteAt(article, m.start),
  );
}

/** The outlet a name is given as the person of, before it: "VOA's Jane Doe", "the Kelby Gazette's reporter Jane Doe". */
const OWNER =
  /(?:^|\s)(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s+(?:\p{Ll}+\s+){0,3}$/u;

/**
 * The interviewer the intro names, if it names one: a person it gives as an
 * outlet's ("VOA's Jane Doe", "the Gazette's Jane Doe"), one an asking verb
 * is done by ("interviewed by Jane Doe"), or the subject of one ("Jane Doe
 * asked …").
 */
function interviewer(article: Article, firstTurn: number, people: People, outlets: string[]): Person | undefined {
  const { words } = article;
  const intro = introMentions(article, firstTurn, people);
  const owned = (m: Mention) => {
    const owner = OWNER.exec(article.text.slice(Math.max(0, m.start - 60), m.start))?.[1].toLowerCase();
    return !!owner && outlets.some((o) => o.toLowerCase() === owner);
  };
  const doneBy = (m: Mention) => words[m.word - 1]?.lower === "by" && ASKING_VERBS.has(words[m.word - 2]?.lower ?? "");
  const asks = (m: Mention) => {
    // "Sarah Lund, our harbour correspondent, interviewed …": the verb comes after the name's appositive.
    const { appositive } = m.person;
    const apposed = appositive && article.text.startsWith(`, ${appositive}`, m.end) ? appositive.length + 3 : 0;
    const after = words.findIndex((w, i) => i > m.word && w.start >= m.end + apposed);
    return after >= 0 && words[after].sentence === words[m.word].sentence && ASKING_VERBS.has(words[after].lower);
  };
  return (intro.find(owned) ?? intro.find(doneBy) ?? intro.find(asks))?.person;
}

/**
 * The turns of a transcript, by paragraph. An article is a transcript when
 * at least two paragraphs are turns and one of them is the interviewee's
 * (`A:` or a person's label): "NEW DELHI:" or a box score's "Lakers:" and
 * "Thunder:" name no one who speaks.
 */
export function transcriptTurns(article: Article, people: People, publication?: string): Map<number, Turn> {
  const labels: { paragraph: number; label: string; person?: Person; outlet: boolean }[] = [];
  const byLabel = new Map<string, Person | undefined>();
  article.paragraphs.forEach((p, paragraph) => {
    if (p.headline || p.from === p.to) return;
    const m = LABEL.exec(article.text.slice(p.start, p.end));
    if (!m) return;
    const label = m[1].replace(/\.$/, "");
    const first = article.words[article.sentences[p.from].from];
    // A transcript labels every turn: each label is looked up once.
    if (label.length > 1 && !byLabel.has(label)) byLabel.set(label, personOf(article, label, first, people));
    const person = byLabel.get(label);
    // "LEE:" is a surname the tagger knows, not an outlet's acronym.
    const named = ["FirstName", "LastName", "Person"].some((t) => first.tags.has(t));
    const outlet = !person && !named && OUTLET.test(label) && !PAGE_LABELS.has(label.toLowerCase());
    labels.push({ paragraph, label, person, outlet });
  });
  const turns = labels.filter((l) => l.person || l.outlet || l.label === "Q" || l.label === "A");
  if (turns.length < 2 || !turns.some((t) => t.person || t.label === "A")) return new Map();
  const outlet = turns.find((t) => t.outlet)?.label;
  const outlets = [
    ...new Set(turns.filter((t) => t.outlet).map((t) => t.label)),
    ...(publication ? [publication] : []),
  ];
  const asking = interviewer(article, turns[0].paragraph, people, outlets);
  // A named interviewer asks the questions, under `Q:`, the outlet's label or their own.
  const asker = asking
    ? personSpeaker(asking, people.shared)
    : outlet
      ? organisation(outlet)
      : publication
        ? organisation(publication)
        : undefined;
  const answering = turns.some((t) => t.label === "A")
    ? interviewee(article, turns[0].paragraph, people, asking)
    : undefined;
  const found = new Map<number, Turn>();
  for (const t of turns) {
    if (t.person && t.person !== asking)
      found.set(t.paragraph, { role: "interviewee", speaker: personSpeaker(t.person, people.shared) });
    else if (t.label === "A")
      found.set(t.paragraph, { role: "interviewee", speaker: answering && personSpeaker(answering, people.shared) });
    else
      found.set(t.paragraph, {
        role: "interviewer",
        speaker: t.label === "Q" || t.person || asking ? asker : organisation(t.label),
      });
  }
  return found;
}

import { Article } from "./article";
import { isCapitalised, isProper, Person, TRAILING_LEGAL_SUFFIX } from "./names";
import type { Speaker, SpeakerKind } from "./speakers";
import { Subject } from "./subjects";

/** How a source article names a speaker the first time and later: "union president Carla Nguyen", then "Nguyen". */
export function textOf(article: Article, from: number, to: number): string {
  return article.text.slice(article.words[from].start, article.words[to - 1].end);
}

export function sentenceCase(article: Article, from: number, text: string): string {
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
export function personSpeaker(person: Person, shared: ReadonlySet<string>): Speaker {
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

export function bodySpeaker(article: Article, subject: Subject): Speaker {
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

/** "Halden Foods Inc" → "Halden Foods": a company's name without its legal suffix, for later references. */
export function shortName(name: string): string {
  return name.replace(TRAILING_LEGAL_SUFFIX, "").replace(/^the\s+/, "");
}

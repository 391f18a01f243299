import { Attributor } from "../fixes";
import { plainVerb } from "../fixVerb";
import { namedBefore, SourceIndex } from "../source";
import { FRAMED_VERBS } from "../attribution/cues";
import { AnalysedSource } from "../source/analysis";
import { paragraphAt, quoteAt, sentenceAt } from "../source/article";
import { figureCredit, Speaker, statementFor } from "../source/speakers";
import { StyleProfile } from "../types";

/** Whom the source article credits for a passage: a speaker, the publication's own voice, or nobody it names. */
export type Credit = { speaker: Speaker } | { publication: string | undefined } | undefined;

/** How a draft refers to a source's speaker at an offset: in full the first time, by the later reference after. */
export function referenceTo(index: SourceIndex, draft: string, offset: number, speaker: Speaker): string {
  return namedBefore(index, draft, offset, speaker) ? speaker.later : speaker.first;
}

/** Who the source article credits for the words at an offset: the quotation's speaker, the sentence's, or itself. */
export function creditAt(source: AnalysedSource, offset: number): Credit {
  const { article, speakers } = source;
  const quote = quoteAt(article, offset);
  if (quote) {
    const said = speakers.quoteSpeakers.get(quote);
    return said ? { speaker: said.speaker } : undefined;
  }
  const sentence = sentenceAt(article, offset);
  if (sentence < 0) return undefined;
  const statement = statementFor(speakers, article, sentence, offset);
  // "Zelensky called the operation, which began in August, "…"": the verb frames the quotation, the rest is the article's.
  if (statement && !(FRAMED_VERBS.has(statement.verb.toLowerCase()) && quotesIn(source, sentence)))
    return { speaker: statement.speaker };
  if (statement) return { publication: publicationOf(source) };
  return speakers.unresolved.has(sentence) ? undefined : { publication: publicationOf(source) };
}

/**
 * Whom a fix credits for words copied from the source article at an offset,
 * as a careful wire editor would: words the source quotes, or a speaker's
 * unquoted turn or statement paragraph, are that speaker's; the article's
 * own prose is the publication's, even where the sentence reports what
 * someone said (the wording is the outlet's). A draft sentence that carries
 * a figure is the exception: the attribution added for the copy is the
 * figure's too (policy 2.2), so it names whom the source credits for it.
 */
export function copyCreditAt(source: AnalysedSource, offset: number, carriesFigure: boolean): Credit {
  const { article, speakers } = source;
  if (quoteAt(article, offset)) return creditAt(source, offset);
  const paragraph = paragraphAt(article, offset);
  const spoken = speakers.speechParagraphs.get(paragraph);
  if (spoken) return { speaker: spoken.speaker };
  if (!carriesFigure) return { publication: publicationOf(source) };
  const credit = creditAt(source, offset);
  const data = credit && "publication" in credit ? figureCredit(speakers, paragraph) : undefined;
  return data ? { speaker: data } : credit;
}

function quotesIn(source: AnalysedSource, sentence: number): boolean {
  const s = source.article.sentences[sentence];
  return source.article.quotes.some((q) => q.start < s.end && s.start < q.end);
}

/** The publication whose own voice the article is written in, as the source index read it (source/publication.ts). */
export function publicationOf(source: AnalysedSource): string | undefined {
  return source.publication;
}

/** The attribution a fix writes for a credit, in the article's style; undefined for an unnamed publication. */
export function creditAttributor(
  index: SourceIndex,
  draft: string,
  offset: number,
  credit: Credit,
  style: StyleProfile,
): Attributor | undefined {
  if (!credit) return undefined;
  if ("publication" in credit)
    return credit.publication ? { subject: credit.publication, verb: "according to" } : undefined;
  const { speaker } = credit;
  const named = namedBefore(index, draft, offset, speaker);
  const subject = named ? speaker.later : speaker.first;
  const appositive = named ? undefined : speaker.appositive;
  return {
    subject,
    ...(appositive ? { appositive } : {}),
    verb: speaker.kind === "person" ? plainVerb(style) : "according to",
  };
}

/** The style a fix for a passage of this source imitates. */
export function styleFor(index: SourceIndex, source: AnalysedSource): StyleProfile {
  return index.styleOf.get(source) ?? index.style;
}

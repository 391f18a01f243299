import { Article, Quotation, quoteAt, sentenceAt } from "./article";
import { Reading } from "./coreference";
import { Mention } from "./names";
import { personSpeaker } from "./speakerNames";
import type { QuoteCredit, Statement } from "./speakers";

/**
 * Who says each quotation of a source article: a cue in its sentences, then
 * in its paragraph, a person named before it, or, for a paragraph of nothing
 * but quotation, the previous paragraph's speaker (the continuing speaker).
 */
export function nearest<T extends { at: number }>(items: T[], offset: number): T | undefined {
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

export function byParagraph(article: Article, reading: Reading): ByParagraph {
  const empty = () => article.paragraphs.map((): never[] => []);
  const index: ByParagraph = { statements: empty(), mentions: empty(), quotes: empty() };
  for (const s of reading.statements) index.statements[s.paragraph].push(s);
  for (const m of reading.mentions) index.mentions[article.sentences[article.words[m.word].sentence].paragraph].push(m);
  for (const q of article.quotes) for (let p = q.paragraph; p <= q.lastParagraph; p++) index.quotes[p].push(q);
  return index;
}

/**
 * The person a lead-in with no cue hands its quotation to: the sentence
 * opens with their name, perhaps after their title, and ends its lead-in
 * with a colon (`Mark Oduya of Fennel Capital was less forgiving: "…"`).
 * Such a sentence names its speaker itself, so the paragraph's other
 * speaker (an analyst quoted just before) is not the quotation's.
 */
function stanceSpeaker(article: Article, q: Quotation, mentions: Mention[]): Mention | undefined {
  const sentence = article.sentences[sentenceAt(article, q.start)];
  if (!sentence) return undefined;
  const leadIn = article.text.slice(sentence.start, q.start);
  if (!LEAD_IN_COLON.test(leadIn)) return undefined;
  const first = mentions.find((m) => m.start >= sentence.start && m.end <= q.start);
  return first && SENTENCE_OPENING.test(article.text.slice(sentence.start, first.start)) ? first : undefined;
}

const LEAD_IN_COLON = /:\s*$/;
/** What may stand before the speaker's name at the start of its sentence: a few words of title or time, no punctuation. */
const SENTENCE_OPENING = /^\s*(?:[\p{L}\p{M}'\u2019-]+\s+){0,4}$/u;

/** Who says each quotation: a cue in its sentences, then in its paragraph, a person named before it, or the previous paragraph's speaker. */
export function quoteSpeaker(
  article: Article,
  q: Quotation,
  shared: ReadonlySet<string>,
  index: ByParagraph,
): QuoteCredit | undefined {
  const inParagraph = index.statements.slice(q.paragraph, q.lastParagraph + 1).flat();
  const overlaps = (s: Statement) =>
    article.sentences[s.sentence].end > q.start && article.sentences[s.sentence].start <= q.end;
  const own = nearest(inParagraph.filter(overlaps), q.start);
  if (own) return { speaker: own.speaker, statement: own };
  const stance = stanceSpeaker(article, q, index.mentions[q.paragraph]);
  if (stance) return { speaker: personSpeaker(stance.person, shared), ledIn: true };
  const close = nearest(inParagraph, q.start);
  if (close) return { speaker: close.speaker, statement: close };
  const before = index.mentions[q.paragraph].filter((m) => m.end <= q.start && !quoteAt(article, m.start));
  if (before.length) return { speaker: personSpeaker(before[before.length - 1].person, shared) };
  if (q.paragraph > 0 && isQuoteOnly(article, q.paragraph, index.quotes[q.paragraph])) {
    const last = index.statements[q.paragraph - 1].at(-1);
    if (last) return { speaker: last.speaker, statement: last };
  }
  return undefined;
}

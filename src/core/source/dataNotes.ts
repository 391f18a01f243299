import { REPORT_NOUNS } from "../policy/reportNouns";
import { Article } from "./article";
import type { Speaker } from "./speakers";
import { organisation } from "./transcript";

/**
 * The survey or report a source article credits for its figures in a
 * section of its own ("Notes: Figures are from the 2024 Household Pulse
 * Survey by the Census Bureau.", a "Methodology" heading over a paragraph):
 * the article's own-voice numbers are that document's.
 */

/** Names of the sections that say where an article's figures come from. */
const SECTION =
  /^(?:notes?|data notes?|background|methodology|about (?:the|this|these|our) (?:data|figures|numbers|survey|poll|study|report|analysis)|the data|data|how we did (?:it|this))$/i;

/** A paragraph that opens with a section's name and a colon or a dash: "Notes: …", "Methodology — …". */
const INLINE = /^[ \t#]*([\p{L} ]{2,30}?)[ \t]*(?::|[ \t][—–-])[ \t]+(?=\S)/u;

/** What says the document is where the figures come from: "are from", "are based on", "was conducted by". */
const FROM =
  /\b(?:(?:are|is|were|was|come|comes|came)\s+(?:(?:taken|drawn|derived|sourced)\s+)?from|(?:are|is|were|was)\s+based\s+on|(?:draws?|drew|rel(?:y|ies|ied))\s+on|according\s+to)\s+/i;

/** The document as a sentence opens with it, before the verb that says who made it: "The Kelby Rent Survey, conducted by …". */
const MADE_BY =
  /^((?:the|a|an)\s+[^,;]+?),?\s+(?:(?:is|was|were|are)\s+)?(?:conducted|carried out|run|published|released|compiled|produced|commissioned)\s+by\s+/i;

/** Where the document's own phrase ends: a new clause, or a time or place that only dates it. */
const PHRASE_END =
  /,|\s+(?:which|that|who|between|during|among|and\s+(?:is|was|were|are|has|have))\b|\s+(?:in|on|from)\s+(?=\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/** The words of a document that are its name: "the 2024 Household Pulse Survey" → "Household Pulse Survey". */
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*/u;

/** Whether a phrase names a document or data: a report noun at its head or in it ("data from the Census Bureau"). */
function isDocument(phrase: string): boolean {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .some((w) => REPORT_NOUNS.has(w.replace(/[^\p{L}'’]/gu, "")));
}

/**
 * The credit as a fix writes it: "the 2024 Household Pulse Survey by the
 * Census Bureau" becomes "the Census Bureau's 2024 Household Pulse Survey"
 * (a named document is its maker's, where the maker's name takes a
 * possessive cleanly); any other phrase is kept whole ("a survey of 2,000
 * tenants by the Kelby Renters' Union").
 */
function creditOf(document: string, maker?: string): Speaker | undefined {
  // A sentence's first word loses its capital mid-sentence: "The 2024 Household Pulse Survey was conducted …".
  const doc = document.trim().replace(/^(?:The|An?)\b/, (w) => w.toLowerCase());
  const by = maker?.trim();
  const named = NAME.exec(doc.replace(/^(?:the|an?)\s+/, ""))?.[0];
  const whole =
    by && named && /^(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}.]*){0,3}$/u.test(by)
      ? `${by}${/s$/.test(by) ? "'" : "'s"} ${doc.replace(/^(?:the|an?)\s+/, "")}`
      : by
        ? `${doc} by ${by}`
        : doc;
  if (!isDocument(whole) && !named) return undefined;
  const key = named ?? NAME.exec(by ?? "")?.[0];
  const head = doc.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return {
    kind: named || by ? "organisation" : "described",
    name: whole,
    first: whole,
    later: named && REPORT_NOUNS.has(head) ? `the ${head}` : whole.replace(/^an?\s+/i, "the "),
    key: key ?? head,
  };
}

/** The credit a sentence of a notes section gives: the document after "are from", or the one it opens with. */
function creditIn(sentence: string): Speaker | undefined {
  const from = FROM.exec(sentence);
  const rest = from ? sentence.slice(from.index + from[0].length) : sentence;
  const made = MADE_BY.exec(rest);
  if (made) return creditOf(made[1], trimmed(rest.slice(made[0].length)));
  if (!from) return undefined;
  const phrase = trimmed(rest);
  const by =
    /^(.+?)\s+(?:(?:conducted|carried out|run|published|released|compiled|produced|commissioned)\s+)?by\s+(.+)$/i.exec(
      phrase,
    );
  return by ? creditOf(by[1], by[2]) : creditOf(phrase);
}

function trimmed(phrase: string): string {
  const end = PHRASE_END.exec(phrase);
  return (end ? phrase.slice(0, end.index) : phrase).replace(/[.!?]+$/, "").trim();
}

/** The document a notes, background or methodology section credits for the article's figures, if it names one. */
export function notesCredit(article: Article): Speaker | undefined {
  const { paragraphs, sentences, text } = article;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const body = text.slice(p.start, p.end).trim();
    const inline = INLINE.exec(body);
    const heading = SECTION.test(body.replace(/^#+\s*|:$/g, "").trim());
    if (!heading && !(inline && SECTION.test(inline[1].trim()))) continue;
    const section = heading ? paragraphs.slice(i + 1, i + 3) : [p];
    for (const s of section.flatMap((q) => sentences.slice(q.from, q.to))) {
      const said = text.slice(s.start, s.end).trim();
      const credit = creditIn(!heading && s === sentences[p.from] ? said.replace(INLINE, "") : said);
      if (credit) return credit;
    }
  }
  return undefined;
}

/** "Source: Office for National Statistics", "Sources: …": a line that names where something comes from. */
const SOURCE_LINE = /^[ \t]*sources?[ \t]*:[ \t]*(\S[^\n]{0,100}?)[ \t.]*$/gim;

/** What a data credit stands under: a table's row, or a chart's or a table's caption ("Chart: …", "Table 2: …"). */
const UNDER = /^[ \t]*(?:\||(?:chart|graph|graphic|table|figure|fig\.|map)\b[^:\n]{0,20}:)/i;

/** A line of the article's prose: words ending a sentence. */
const PROSE = /[\p{L}\d%)”"’'][ \t]*[.!?]["”’)]*[ \t]*$/gmu;

/** A line of a data credit in an article's text, and the document it credits. */
export interface DataCreditLine {
  start: number;
  end: number;
  credit: string;
}

/**
 * The `Source: …` lines that credit figures (the credit line under a chart
 * or a table): one that stands under a table or a caption, or between
 * paragraphs of the article's prose. A `Source:` line at the top or the foot
 * of a copy names where the copy came from, its publication (publication.ts).
 */
export function dataCreditLines(text: string): DataCreditLine[] {
  const found: DataCreditLine[] = [];
  let prose: { first: number; last: number } | undefined;
  for (const m of text.matchAll(SOURCE_LINE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(0, start).trimEnd();
    const lastLine = before.slice(before.lastIndexOf("\n") + 1);
    // Where the prose starts and ends is read once, and only for an article with a Source: line.
    prose ??= proseBounds(text);
    const between = prose.first < start && prose.last > end;
    if (UNDER.test(lastLine) || between) found.push({ start, end, credit: m[1] });
  }
  return found;
}

/** Where the first line of prose ends and where the last one does (-1 for none). */
function proseBounds(text: string): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(PROSE)) {
    if (first < 0) first = m.index;
    last = m.index + m[0].length;
  }
  return { first: first < 0 ? Infinity : first, last };
}

/** A heading in a section's place: a Markdown heading or a short line with no sentence's end. */
function isHeading(text: string, p: { start: number; end: number }): boolean {
  const body = text.slice(p.start, p.end).trim();
  return body.startsWith("#") || (!body.includes("\n") && body.length <= 80 && !/[.!?:"”’)]$/.test(body));
}

/**
 * The credit of each paragraph whose figures a data credit line gives: the
 * paragraphs above the line, up to a heading or the line before it that
 * credits figures, are the passage it stands under.
 */
export function dataCredits(article: Article): Map<number, Speaker> {
  const { paragraphs, text } = article;
  const credits = new Map<number, Speaker>();
  // Paragraphs before `from` lie above an earlier credit line.
  let from = 0;
  for (const line of dataCreditLines(text)) {
    const credit = organisation(line.credit);
    let next = from;
    while (next < paragraphs.length && paragraphs[next].end <= line.start) next++;
    for (let p = next - 1; p >= from && !isHeading(text, paragraphs[p]); p--) credits.set(p, credit);
    from = next;
  }
  return credits;
}

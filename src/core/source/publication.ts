import { readFrontMatter } from "../text/frontmatter";
import { SourceArticle } from "../types";
import { dataCreditLines } from "./dataNotes";

/**
 * The publication a source article comes from, for numbers it states in its
 * own voice ("according to The Hill"). Read, in order of trust, from what the
 * caller says, the article's front matter (`publication:`), a © line, a byline
 * ("By Jane Doe, Reuters", "By IANS", or a name over a publication's name
 * under the headline), the publisher line of a saved page ("From: Home
 * Office" on GOV.UK, "From Wikinews, the free news source…"), a wire dateline
 * ("KYIV (Reuters) —") or a line naming where a copy came from ("Source:
 * News.com.au"), and last from a file named after its publication ("The
 * Hill.txt"). Undefined when nothing says it: a guess would put a wrong name
 * in the reporter's copy.
 */
const COPYRIGHT = /^[ \t]*(?:©|\(c\)|copyright\b)[ \t]*(?:\d{4}[ \t]*)?(?:by[ \t]+)?(.+?)[ \t]*$/im;
const BYLINE = /^[ \t]*by[ \t]+[^,|\n]+[,|][ \t]*([^,|\n]+?)[ \t]*$/im;
/**
 * "KYIV (Reuters) —", "KYIV, March 3 (Reuters) -", "EVERETT, Washington [Peter Paul Media] —": a place in capitals,
 * maybe a date, then the publication in brackets.
 */
const DATELINE = /^(?:[A-Z][A-Z'.-]+(?:[ ,]+[A-Za-z0-9.'-]+){0,6}[ \t]*)?[([]([A-Z][\w .&'-]+)[)\]]\s*[-–—]/m;
/** GOV.UK's publisher line: "From: Home Office", "From:Department for Transport". */
const FROM_FIELD = /^[ \t]*From[ \t]*:[ \t]*(\p{Lu}[^\n]{1,80}?)[ \t]*$/mu;
/** A site's tagline line: "From Wikinews, the free news source you can write!". */
const FROM_TAGLINE =
  /^[ \t]*From[ \t]+(\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}),[ \t]+(?:the|a|an|your)\b[^\n.?]*!?[ \t]*$/mu;
/** Words that open a tagline-shaped sentence that names a time, not a site ("From Monday, the…"). */
const NOT_A_SITE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tomorrow|Now|Then|Here|There)$/;

function fromLine(text: string): string | undefined {
  const tagline = FROM_TAGLINE.exec(text);
  if (tagline && !NOT_A_SITE.test(tagline[1])) return tagline[1];
  return FROM_FIELD.exec(text)?.[1];
}

/** `publication:` in a YAML front matter block, read by the same reader as a draft's. */
function frontMatterField(text: string): string | undefined {
  const value = readFrontMatter(text)?.data.publication;
  return typeof value === "string" ? value : undefined;
}
/** A wire agency's byline ("By IANS,", "China Daily (USA) - By REUTERS"): the agency wrote the story. */
const AGENCIES = [
  "Reuters",
  "AP",
  "Associated Press",
  "AFP",
  "Agence France-Presse",
  "IANS",
  "PTI",
  "ANI",
  "UPI",
  "Bloomberg",
  "Xinhua",
  "dpa",
  "EFE",
  "ANSA",
  "Kyodo",
  "Yonhap",
  "Press Association",
  "CNA",
];
const AGENCY_BYLINE = /^[^\n]{0,60}\bBy[ \t]+([A-Za-z][A-Za-z. -]{1,30}?)[ \t,]*$/gm;

function agencyByline(text: string): string | undefined {
  for (const m of text.matchAll(AGENCY_BYLINE)) {
    const agency = AGENCIES.find((a) => a.toLowerCase() === m[1].trim().toLowerCase());
    if (agency) return agency;
  }
  return undefined;
}

/** Words of a reporter's job, which a byline puts between the name and the publication. */
const JOB = /\b(?:correspondent|reporter|writer|editor|staff|contributor|columnist|critic|producer|journalist|desk)\b/i;
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;
const PROPER = /^(?:The\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of|and|the|\p{Lu}[\p{L}&'’.-]*))*$/u;

/**
 * A byline without "By" in the block under the headline: a reporter's name,
 * perhaps a job, and the publication, on one line or two ("Jorge Barrera /
 * Northern News Services", "Helen Rourke, North of England correspondent, The
 * Northern Standard").
 */
function bareByline(text: string): string | undefined {
  for (const block of text.split(/\r?\n[ \t]*\r?\n/, 3)) {
    const parts = block.trim().split(/\s*(?:\r?\n|,)\s*/);
    if (
      parts.length < 2 ||
      parts.length > 4 ||
      block.length > 120 ||
      /[.!?]$/.test(block.trim()) ||
      !NAME.test(parts[0])
    )
      continue;
    const last = parts[parts.length - 1];
    // The last part names a publication by the words publications use ("Northern News Services"), never a place or a second reporter.
    if (
      PROPER.test(last) &&
      !JOB.test(last) &&
      /\b(?:News|Press|Times|Post|Herald|Standard|Journal|Gazette|Tribune|Chronicle|Telegraph|Observer|Guardian|Mail|Express|Services?|Media|Wire|Daily|Weekly|Courier|Record|Ledger|Star|Sun|Mirror|Independent|Review|Bulletin|Today|Report|Magazine|Radio|TV|Network)\b/.test(
        last,
      )
    )
      return last;
  }
  return undefined;
}

/** The publication after a byline's comma ("By Jane Doe, Reuters"); a reporter's job there ("By Harriet Cole, Social Affairs Editor") names none. */
function bylinePublication(text: string): string | undefined {
  const after = BYLINE.exec(text)?.[1];
  return after && !JOB.test(after) ? after : undefined;
}

/** "Source: News.com.au", the line a copy of a story carries where it was taken from. */
const SOURCE_LINE = /^[ \t]*source[ \t]*:[ \t]*([^\n.!?]*(?:\.[a-z]{2,}[^\n!?]*)?)$/im;

/** The first `Source:` line that names where the copy came from, not a chart's or a table's data (dataNotes.ts). */
function sourceLine(text: string): string | undefined {
  const credits = dataCreditLines(text);
  for (const m of text.matchAll(new RegExp(SOURCE_LINE.source, "gim")))
    if (!credits.some((c) => c.start <= m.index && m.index < c.end)) return m[1];
  return undefined;
}

function clean(name: string): string | undefined {
  const trimmed = name
    .replace(/\.?\s*all rights reserved\.?$/i, "")
    .replace(/^[\s,.;:]+|[\s,.;:]+$/g, "")
    .trim();
  return trimmed && trimmed.length <= 60 ? trimmed : undefined;
}

/** "The Hill.txt" names a publication; "source.txt" or "kursk-draft-2.txt" does not. */
function fromFileName(id: string): string | undefined {
  const base =
    id
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]+$/, "") ?? "";
  const words = base.split(/\s+/);
  const proper = words.every(
    (w, i) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(w) || (i > 0 && /^(?:of|the|and|de|du|la|le)$/.test(w)),
  );
  return base && proper && !/\d/.test(base) ? base : undefined;
}

export function publicationOf(source: SourceArticle): string | undefined {
  if (source.publication?.trim()) return source.publication.trim();
  for (const found of [
    frontMatterField(source.text),
    COPYRIGHT.exec(source.text)?.[1],
    bylinePublication(source.text),
    fromLine(source.text),
    DATELINE.exec(source.text)?.[1],
    sourceLine(source.text),
  ]) {
    const name = found && clean(found);
    if (name) return name;
  }
  const byline = agencyByline(source.text) ?? bareByline(source.text);
  if (byline) return byline;
  return fromFileName(source.id);
}

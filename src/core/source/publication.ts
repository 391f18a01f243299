import { SourceArticle } from "../types";

/**
 * The publication a source article comes from, for numbers it states in its
 * own voice ("according to The Hill"). Read, in order of trust, from what the
 * caller says, the article's front matter (`publication:`), a © line, a byline
 * ("By Jane Doe, Reuters"), a wire dateline ("KYIV (Reuters) —") or a line
 * naming where a copy came from ("Source: News.com.au"), and last
 * from a file named after its publication ("The Hill.txt"). Undefined when
 * nothing says it: a guess would put a wrong name in the reporter's copy.
 */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const FIELD = /^publication\s*:\s*["']?(.+?)["']?\s*$/im;
const COPYRIGHT = /^[ \t]*(?:©|\(c\)|copyright\b)[ \t]*(?:\d{4}[ \t]*)?(?:by[ \t]+)?(.+?)[ \t]*$/im;
const BYLINE = /^[ \t]*by[ \t]+[^,|\n]+[,|][ \t]*([^,|\n]+?)[ \t]*$/im;
const DATELINE = /^[A-Z][A-Z .,'-]+\(([A-Z][\w .&'-]+)\)\s*[-–—]/m;
/** A wire agency's byline ("By IANS,", "China Daily (USA) - By REUTERS"): the agency wrote the story. */
const AGENCIES = ["Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "IANS", "PTI", "ANI", "UPI", "Bloomberg", "Xinhua", "dpa", "EFE", "ANSA", "Kyodo", "Yonhap", "Press Association", "CNA"];
const AGENCY_BYLINE = /^[^\n]{0,60}\bBy[ \t]+([A-Za-z][A-Za-z. -]{1,30}?)[ \t,]*$/gm;

function agencyByline(text: string): string | undefined {
  for (const m of text.matchAll(AGENCY_BYLINE)) {
    const agency = AGENCIES.find((a) => a.toLowerCase() === m[1].trim().toLowerCase());
    if (agency) return agency;
  }
  return undefined;
}

/** "Source: News.com.au", the line a copy of a story carries where it was taken from. */
const SOURCE_LINE = /^[ \t]*source[ \t]*:[ \t]*([^\n.!?]*(?:\.[a-z]{2,}[^\n!?]*)?)$/im;

function clean(name: string): string | undefined {
  const trimmed = name
    .replace(/\.?\s*all rights reserved\.?$/i, "")
    .replace(/^[\s,.;:]+|[\s,.;:]+$/g, "")
    .trim();
  return trimmed && trimmed.length <= 60 ? trimmed : undefined;
}

/** "The Hill.txt" names a publication; "source.txt" or "kursk-draft-2.txt" does not. */
function fromFileName(id: string): string | undefined {
  const base = id.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, "") ?? "";
  const words = base.split(/\s+/);
  const proper = words.every((w, i) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(w) || (i > 0 && /^(?:of|the|and|de|du|la|le)$/.test(w)));
  return base && proper && !/\d/.test(base) ? base : undefined;
}

export function publicationOf(source: SourceArticle): string | undefined {
  if (source.publication?.trim()) return source.publication.trim();
  const front = FRONT_MATTER.exec(source.text);
  const field = FIELD.exec(front ? front[1] : source.text.split(/\r?\n/, 1)[0]);
  for (const match of [field, COPYRIGHT.exec(source.text), BYLINE.exec(source.text), DATELINE.exec(source.text), SOURCE_LINE.exec(source.text)]) {
    const name = match && clean(match[1]);
    if (name) return name;
  }
  const agency = agencyByline(source.text);
  if (agency) return agency;
  return fromFileName(source.id);
}

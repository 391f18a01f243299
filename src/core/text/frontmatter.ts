/**
 * The YAML parser, loaded the first time a draft has front matter (require
 * keeps it loaded): a check of a draft without any does not pay for loading it.
 */
function parse(body: string): unknown {
  return (require("yaml") as typeof import("yaml")).parse(body);
}

export interface FrontMatter {
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Source articles named with `sources:` (paths relative to the draft). */
  sources: string[];
  /** Where the `sources:` key sits, to point a message at it. */
  sourcesLine?: { start: number; end: number };
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** The span of a YAML front matter block at the very start of a draft, without parsing it. */
export function frontMatterSpan(
  text: string,
): { start: number; end: number; bodyStart: number; bodyEnd: number } | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  const bodyStart = open[0].length;
  const bodyEnd = bodyStart + close.index;
  return { start: 0, end: bodyEnd + close[0].length, bodyStart, bodyEnd };
}

/** Reads YAML front matter. Malformed YAML yields empty data rather than an error: it is the draft's business. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const span = frontMatterSpan(text);
  if (!span) return undefined;
  const body = text.slice(span.bodyStart, span.bodyEnd);
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(body);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
  } catch {
    data = {};
  }
  const raw = data.sources ?? data.source;
  const sources = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw])
    .filter((s): s is string | number => typeof s === "string" || typeof s === "number")
    .map(String)
    .filter((s) => s.trim() !== "");
  const key = /^sources?[ \t]*:.*$/m.exec(body);
  const sourcesLine = key
    ? { start: span.bodyStart + key.index, end: span.bodyStart + key.index + key[0].length }
    : undefined;
  return { start: span.start, end: span.end, data, sources, sourcesLine };
}

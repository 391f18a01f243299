import { frontMatterSpan } from "../../core/text/frontmatter";

/**
 * Whether a file's text is a draft rather than a source article: a draft
 * names its own sources in its front matter. Such a file is never offered
 * as a source: crediting a draft to another draft is always a slip.
 */
export function isDraftText(text: string): boolean {
  const span = frontMatterSpan(text);
  return span !== undefined && /^sources\s*:/m.test(text.slice(span.bodyStart, span.bodyEnd));
}

/** Candidates for a draft's source articles, split by where they are. */
export interface SourceCandidates {
  /** In the draft's own folder, by name: where a reporter keeps the wire copy. */
  near: string[];
  /** Elsewhere, by path. */
  far: string[];
}

/**
 * Orders candidate paths (absolute URI paths) for the picker: the draft's
 * folder first. The draft itself is left out.
 */
export function orderCandidates(draftPath: string, paths: readonly string[]): SourceCandidates {
  const folder = draftPath.slice(0, draftPath.lastIndexOf("/") + 1);
  const others = paths.filter((path) => path !== draftPath);
  const inFolder = (path: string) => path.startsWith(folder) && !path.slice(folder.length).includes("/");
  return {
    near: others.filter(inFolder).sort((a, b) => a.localeCompare(b)),
    far: others.filter((path) => !inFolder(path)).sort((a, b) => a.localeCompare(b)),
  };
}

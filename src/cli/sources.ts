import { dirname, isAbsolute, join, resolve } from "node:path";
import { readFrontMatter } from "../core/text/frontmatter";
import { SourceArticle } from "../core/types";
import { InputError } from "./errors";
import { readTextFile, STDIN_PATH, TextFile } from "./files";

/** Reads each source file once, however many drafts name it. */
export function sourceReader(): (path: string) => TextFile {
  const cache = new Map<string, TextFile>();
  return (path) => {
    const key = resolve(path);
    let file = cache.get(key);
    if (!file) {
      file = readTextFile(path, "source");
      cache.set(key, file);
    }
    return file;
  };
}

/**
 * Paths of the sources a draft's front matter names (`sources: [wire.txt]`),
 * relative to the draft, or to the working directory for a draft read from
 * standard input, which has no folder of its own.
 */
export function frontMatterSources(draft: TextFile): string[] {
  const front = readFrontMatter(draft.text);
  const base = draft.path === STDIN_PATH ? "" : dirname(draft.path);
  return (front?.sources ?? []).map((source) => (isAbsolute(source) ? source : join(base, source)));
}

/**
 * The source articles to check a draft against: those given with --source,
 * then those its front matter names (or, when it names none, those of its
 * config file), each file once. A source's id is its path
 * as the user wrote it (or as resolved from the draft), which is what reports show.
 */
export function sourcesForDraft(
  draft: TextFile,
  given: readonly string[],
  read: (path: string) => TextFile,
  configured: readonly string[] = [],
): SourceArticle[] {
  const seen = new Set<string>();
  const articles: SourceArticle[] = [];
  const add = (path: string, from: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    let file: TextFile;
    try {
      file = read(path);
    } catch (error) {
      if (error instanceof InputError && from)
        throw new InputError(`${error.message} (named in the front matter of '${from}')`);
      throw error;
    }
    articles.push({ id: file.path, text: file.text });
  };
  for (const path of given) add(path, "");
  const named = frontMatterSources(draft);
  for (const path of named.length > 0 ? named : configured) add(path, named.length > 0 ? draft.path : "");
  return articles;
}

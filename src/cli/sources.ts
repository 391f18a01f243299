import { realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { isUrl } from "../core/sourceFile";
import { readFrontMatter } from "../core/text/frontmatter";
import { SourceArticle } from "../core/types";
import { InputError } from "./errors";
import { describeReadError, ReadOptions, readTextFile, STDIN_PATH, TextFile } from "./files";
import { positionsIn } from "./position";

/** A source a draft's front matter names: the name as written, the path it stands for, and the draft's line that names it. */
export interface NamedSource {
  name: string;
  path: string;
  line: number;
}

/** A front-matter source that is not used: the run goes on without it, and says so on stderr. */
export interface SourceWarning {
  draft: string;
  line: number;
  message: string;
}

/** How the check reads source articles: each file once, and front-matter sources only inside the root. */
export interface SourceReading {
  read(path: string, options?: ReadOptions): TextFile;
  /** The folder front-matter sources must lie in, with links resolved. */
  root: string;
}

/** The file a path stands for, links and `..` resolved where it exists: what trust and "each file once" are decided on. */
function identity(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Reads each source file once, however many drafts name it. */
export function sourceReader(root: string): SourceReading {
  const cache = new Map<string, TextFile>();
  return {
    root,
    read: (path, options = {}) => {
      const key = options.open ?? resolve(path);
      let file = cache.get(key);
      if (!file) {
        file = readTextFile(path, "source", options);
        cache.set(key, file);
      }
      return file;
    },
  };
}

/** The --sources-root folder, resolved: a typo there is a usage error, not a root that refuses everything. */
export function sourcesRoot(dir: string): string {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw new InputError(`cannot use sources root '${dir}': ${describeReadError(error)}`);
  }
  if (!statSync(real).isDirectory()) throw new InputError(`sources root '${dir}' is not a folder`);
  return real;
}

/** Whether a resolved path lies in a resolved folder (or is it): "/news2" is not in "/news". */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!isAbsolute(rel) && rel.split(sep)[0] !== "..");
}

/**
 * The sources a draft's front matter names (`sources: [wire.txt]`), relative
 * to the draft, or to the working directory for a draft read from standard
 * input, which has no folder of its own. A URL is kept as written.
 */
export function frontMatterSources(draft: TextFile): NamedSource[] {
  const front = readFrontMatter(draft.text);
  if (!front) return [];
  const base = draft.path === STDIN_PATH ? "" : dirname(draft.path);
  const lineOf = positionsIn(draft.text);
  const from = front.sourcesLine?.start ?? front.start;
  return front.sources.map((name) => {
    const at = draft.text.slice(0, front.end).indexOf(name, from);
    return {
      name,
      path: isUrl(name) || isAbsolute(name) ? name : join(base, name),
      line: lineOf(at < 0 ? from : at).line,
    };
  });
}

/** A source named on the command line or in front matter that is a URL is refused by name, not looked for as a file. */
export function refuseUrl(name: string): void {
  if (isUrl(name)) {
    throw new InputError(
      `source '${name}' is a URL; Says Who reads only local files (save the article as text and name the file)`,
    );
  }
}

/**
 * A front-matter source's text. A draft may come from anyone (CI checks
 * submitted drafts), so its sources are resolved first and read only inside
 * the root; the resolved path is opened without following a link, so a link
 * put there since cannot lead outside.
 */
function readNamedSource(source: NamedSource, reading: SourceReading): TextFile {
  refuseUrl(source.name);
  let real: string;
  try {
    real = realpathSync(source.path);
  } catch (error) {
    throw new InputError(`cannot read source '${source.path}': ${describeReadError(error)}`);
  }
  if (!isInside(real, reading.root)) {
    throw new InputError(
      `source '${source.path}' is outside the sources root '${reading.root}' (--sources-root); it is not read`,
    );
  }
  return reading.read(source.path, { open: real, noFollow: true });
}

/**
 * The source articles to check a draft against: those given with --source,
 * then those its front matter names (or, when it names none, those of its
 * `.sayswho.json`, read like --source: the desk named them), each file once. A source's id is its path
 * as the user wrote it (or as resolved from the draft), which is what reports
 * show. A --source that cannot be read stops the run (the user named it); a
 * front-matter source that cannot be used is a warning, and the draft is
 * checked without it, as in the editor.
 */
export function sourcesForDraft(
  draft: TextFile,
  given: readonly string[],
  reading: SourceReading,
  configured: readonly string[] = [],
): { articles: SourceArticle[]; warnings: SourceWarning[] } {
  const seen = new Set<string>();
  const articles: SourceArticle[] = [];
  const warnings: SourceWarning[] = [];
  const add = (path: string, read: () => TextFile) => {
    const key = identity(path);
    if (seen.has(key)) return;
    seen.add(key);
    const file = read();
    articles.push({ id: file.path, text: file.text });
  };
  for (const path of given) {
    refuseUrl(path);
    add(path, () => reading.read(path));
  }
  const named = frontMatterSources(draft);
  for (const path of named.length > 0 ? [] : configured) {
    refuseUrl(path);
    add(path, () => reading.read(path));
  }
  for (const source of named) {
    try {
      add(source.path, () => readNamedSource(source, reading));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      warnings.push({ draft: draft.path, line: source.line, message: error.message });
    }
  }
  return { articles, warnings };
}

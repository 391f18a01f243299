import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deletedParagraph, EditScenario, insertedParagraph, typing, unchanged } from "./edits";
import type * as Engine from "./engine";
import { pathologicalInputs } from "./pathological";
import { alexPeer, compromisePeer, Peer, regexFloor, writeGoodPeer } from "./peers";
import { probe, ProbeName, runProbe } from "./probes";
import { draftOf, ProseStream, proseStream, wordCount } from "./prose";
import { deltas, machine } from "./results";
import { bundleSizes, vsixSize } from "./sizes";
import { median, round, time, Timing } from "./timing";

/**
 * `npm run bench`: how fast Says Who checks a draft, cold and after an
 * edit, against the floor and the prose checkers a user might run instead,
 * all in one process on the same texts. Writes bench/results.json and prints
 * how the figures moved since the last one.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const engineFile = join(here, "engine.cjs");
const resultsFile = join(root, "bench/results.json");
const SIZES = [1000, 5000, 20000, 100000] as const;

/** Repetitions per size: enough for a stable median on a noisy machine, few enough for alex at 100,000 words. */
const RUNS: Record<"fast" | "peer" | "slow", Record<number, number>> = {
  fast: { 1000: 41, 5000: 21, 20000: 11, 100000: 5 },
  peer: { 1000: 15, 5000: 9, 20000: 5, 100000: 3 },
  slow: { 1000: 9, 5000: 5, 20000: 3, 100000: 1 },
};

/** `--quick` (for trying the benchmark out, not for figures): a fifth of the repetitions. */
const quick = process.argv.includes("--quick");
const reps = (n: number) => (quick ? Math.max(1, Math.ceil(n / 5)) : n);

const label = (words: number) => `${words / 1000}k`;
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

interface SizeResult {
  words: number;
  chars: number;
  findings: number;
  floor: Timing;
  analysis: Timing;
  check: Timing;
  checkWithoutCache: Timing;
  writeGood: Timing;
  alex: Timing;
  compromise: Timing;
  ratios: { checkToFloor: number; writeGoodToCheck: number; alexToCheck: number; compromiseToCheck: number };
}

function measureSize(engine: typeof Engine, words: number, text: string, source: Engine.SourceArticle, peers: Peer[]): SizeResult {
  const [floor, writeGood, alex, compromise] = peers;
  const fresh = () => new engine.ParagraphCache();
  const runs = (kind: keyof typeof RUNS) => reps(RUNS[kind][words]);
  const check = time(runs("fast"), () => engine.checkDraft(text, [source], {}, fresh()));
  const result: Omit<SizeResult, "ratios"> = {
    words: wordCount(text),
    chars: text.length,
    findings: engine.checkDraft(text, [source], {}).findings.length,
    floor: time(runs("fast"), () => floor.check(text)),
    analysis: time(runs("fast"), () => engine.analyzeDraft(text, {}, fresh())),
    check,
    checkWithoutCache: time(runs("fast"), () => engine.checkDraft(text, [source], {})),
    writeGood: time(runs("peer"), () => writeGood.check(text)),
    alex: time(runs("slow"), () => alex.check(text), undefined, words < 100000),
    compromise: time(runs("slow"), () => compromise.check(text), undefined, words < 100000),
  };
  return {
    ...result,
    ratios: {
      checkToFloor: ratio(check.median, result.floor.median),
      writeGoodToCheck: ratio(result.writeGood.median, check.median),
      alexToCheck: ratio(result.alex.median, check.median),
      compromiseToCheck: ratio(result.compromise.median, check.median),
    },
  };
}

/** Each edit scenario against a cache warmed by checking the unedited draft, as the extension's cache would be. */
function measureEdits(engine: typeof Engine, base: string, source: Engine.SourceArticle, scenarios: EditScenario[], runs: number): Record<string, { check: Timing; analysis: Timing }> {
  const out: Record<string, { check: Timing; analysis: Timing }> = {};
  for (const s of scenarios) {
    const checkCache = new engine.ParagraphCache();
    engine.checkDraft(base, [source], {}, checkCache);
    const analysisCache = new engine.ParagraphCache();
    engine.analyzeDraft(base, {}, analysisCache);
    const texts = new Map<number, string>();
    const prepare = (i: number) => void texts.set(i, s.version(i));
    out[s.name] = {
      check: time(runs, (i) => engine.checkDraft(texts.get(i) as string, [source], {}, checkCache), prepare),
      analysis: time(runs, (i) => engine.analyzeDraft(texts.get(i) as string, {}, analysisCache), prepare),
    };
  }
  return out;
}

function measureSource(engine: typeof Engine, text: string): Record<string, Timing | number> {
  // The engine remembers analysed articles by id and text; a new id each run keeps every run cold.
  const article = (i: number) => ({ id: `source-${i}-${Math.random()}`, text });
  return {
    words: wordCount(text),
    learnStyle: time(reps(21), (i) => engine.learnStyle([article(i)])),
    indexSources: time(reps(21), (i) => engine.indexSources([article(i)])),
  };
}

function measurePathological(engine: typeof Engine, stream: ProseStream, source: Engine.SourceArticle, reference: { chars: number; ms: number }) {
  return pathologicalInputs(stream).map(({ name, text }) => {
    progress(`pathological: ${name}`);
    const t = time(3, () => engine.checkDraft(text, [source], {}, new engine.ParagraphCache()), undefined, false);
    const perChar = t.median / text.length / (reference.ms / reference.chars);
    return { name, chars: text.length, lines: text.split("\n").length, check: t, perCharToReference: round(perChar) };
  });
}

function repeatedProbe(name: ProbeName, args: string[], runs: number): Record<string, number> {
  const samples = Array.from({ length: runs }, () => probe(join(here, "run.mjs"), name, args));
  const keys = Object.keys(samples[0]);
  return Object.fromEntries(keys.map((k) => [k, round(median(samples.map((s) => s[k])))]));
}

function pad(cells: (string | number)[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
}

function printSizes(sizes: Record<string, SizeResult>): void {
  const widths = [42, 9, 9, 9, 9];
  console.log("\nFull check, cold (fresh paragraph cache), median ms");
  console.log(pad(["", ...SIZES.map(label)], widths));
  const row = (name: string, pick: (r: SizeResult) => number | string) => console.log(pad([name, ...SIZES.map((w) => pick(sizes[label(w)]))], widths));
  row("words", (r) => r.words);
  row("(a) regex scan (floor)", (r) => r.floor.median);
  row("Says Who analysis (no source)", (r) => r.analysis.median);
  row("Says Who check with a source article", (r) => r.check.median);
  row("Says Who check, no cache", (r) => r.checkWithoutCache.median);
  row("(b) write-good", (r) => r.writeGood.median);
  row("(b) alex", (r) => r.alex.median);
  row("(c) compromise (parse + numbers + people)", (r) => r.compromise.median);
  row("check / floor (x slower)", (r) => r.ratios.checkToFloor);
  row("write-good / check (x faster)", (r) => r.ratios.writeGoodToCheck);
  row("alex / check (x faster)", (r) => r.ratios.alexToCheck);
  row("compromise / check (x faster)", (r) => r.ratios.compromiseToCheck);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--probe") {
    console.log(JSON.stringify(runProbe(args[1] as ProbeName, args.slice(2))));
    return;
  }
  const load = loadavg()[0];
  if (load > cpus().length) progress(`load average ${load.toFixed(2)} on ${cpus().length} cores: figures will be noisy; re-run when the machine is quieter`);
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const stream = proseStream(root);
  const sourceText = readFileSync(join(root, "examples/kursk/source.txt"), "utf8");
  const source = { id: "examples/kursk/source.txt", text: sourceText };
  engine.indexSources([source]);
  const peers = [regexFloor, writeGoodPeer, await alexPeer(), compromisePeer];

  const texts = new Map(SIZES.map((w) => [w, draftOf(stream, w)]));
  const sizes: Record<string, SizeResult> = {};
  for (const w of SIZES) {
    progress(`cold checks and peers at ${label(w)} words`);
    sizes[label(w)] = measureSize(engine, w, texts.get(w) as string, source, peers);
  }

  progress("edits in the 20k-word draft");
  const base = texts.get(20000) as string;
  const fresh = draftOf(stream, 30000).slice((texts.get(20000) as string).length).split("\n\n").filter((p) => p.trim() !== "");
  const edits = measureEdits(engine, base, source, [typing(base), insertedParagraph(base, fresh), deletedParagraph(base), unchanged(base)], reps(41));
  const big = texts.get(100000) as string;
  const edits100k = measureEdits(engine, big, source, [typing(big)], reps(21));

  progress("source article style");
  const sourceStyle = measureSource(engine, sourceText);

  progress("pathological inputs");
  const reference = { chars: big.length, ms: sizes["100k"].check.median };
  const pathological = measurePathological(engine, stream, source, reference);

  progress("memory, engine load and activation in fresh processes");
  const scratch = mkdtempSync(join(tmpdir(), "says-who-bench-"));
  const bigFile = join(scratch, "draft-100k.md");
  const smallFile = join(scratch, "draft-1k.md");
  writeFileSync(bigFile, big);
  writeFileSync(smallFile, texts.get(1000) as string);
  const memory = probe(join(here, "run.mjs"), "memory", [engineFile, bigFile, join(root, "examples/kursk/source.txt")]);
  const engineLoad = repeatedProbe("engine-load", [engineFile, smallFile], 5);
  const activation = existsSync(join(root, "dist/extension.js")) ? repeatedProbe("activation", [root], 7) : undefined;
  rmSync(scratch, { recursive: true, force: true });

  const bundles = bundleSizes(root);
  const vsix = vsixSize(root, !args.includes("--no-package"));

  const results = {
    machine: machine(),
    corpus: stream.origin,
    sourceArticle: "examples/kursk/source.txt",
    sizes,
    edits20k: { words: wordCount(base), ...edits },
    edits100k: { words: wordCount(big), ...edits100k },
    sourceStyle,
    pathological: { reference: { draft: "100k words", ...reference }, inputs: pathological },
    memory100k: {
      peakRssMiB: round(memory.peakRss / 2 ** 20),
      rssBeforeCheckMiB: round(memory.rssBefore / 2 ** 20),
      heapRetainedMiB: round(memory.heapRetained / 2 ** 20),
      heapBeforeCheckMiB: round(memory.heapBefore / 2 ** 20),
      cachedParagraphs: memory.cachedParagraphs,
    },
    engineLoad,
    activation: activation ?? "dist/extension.js missing: run npm run build",
    bundles,
    vsix,
  };

  printSizes(sizes);
  console.log(`\nRe-check after an edit in the ${results.edits20k.words}-word draft (warm cache), median ms`);
  for (const [name, t] of Object.entries(edits)) console.log(pad([name, `check ${t.check.median}`, `analysis ${t.analysis.median}`], [30, 16, 18]));
  console.log(pad([`one-character edit, ${results.edits100k.words} words`, `check ${edits100k["one-character edit"].check.median}`, `analysis ${edits100k["one-character edit"].analysis.median}`], [30, 16, 18]));
  console.log(`\nSource article (${sourceStyle.words} words): learnStyle ${(sourceStyle.learnStyle as Timing).median} ms, indexSources ${(sourceStyle.indexSources as Timing).median} ms`);
  console.log(`\nPathological inputs: cost per character relative to the 100k-word draft (${round(reference.ms / reference.chars * 1e6)} ms per million chars)`);
  for (const p of pathological) console.log(pad([p.name, `${p.chars} chars`, `${p.check.median} ms`, `x${p.perCharToReference}`], [40, 14, 10, 8]));
  const m = results.memory100k;
  console.log(`\nMemory, 100k-word check in a fresh process: peak RSS ${m.peakRssMiB} MiB (${m.rssBeforeCheckMiB} MiB before the check); heap retained with the cache ${m.heapRetainedMiB} MiB (${m.heapBeforeCheckMiB} MiB before)`);
  console.log(`Engine load (compromise included) ${engineLoad.loadMs} ms, first check of 1k words after it ${engineLoad.firstCheckMs} ms`);
  if (activation) console.log(`Activation (stand-in vscode API): require dist/extension.js ${activation.requireMs} ms + activate() ${activation.activateMs} ms = ${activation.totalMs} ms`);
  for (const b of bundles) console.log(`${b.file}: ${(b.bytes / 1024).toFixed(0)} KB (${(b.gzipBytes / 1024).toFixed(0)} KB gzipped)`);
  console.log(vsix.bytes !== undefined ? `${vsix.file}: ${(vsix.bytes / 1024).toFixed(0)} KB (${vsix.note})` : `.vsix: ${vsix.note}`);
  console.log(`\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}, load ${results.machine.loadAverage1m} at the end, ${results.machine.date}`);

  if (existsSync(resultsFile)) {
    const moved = deltas(JSON.parse(readFileSync(resultsFile, "utf8")), JSON.parse(JSON.stringify(results)));
    console.log(moved.length ? `\nChanges of 10 % or more since the previous bench/results.json:\n  ${moved.join("\n  ")}` : "\nNo figure moved 10 % or more since the previous bench/results.json.");
  }
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
  console.log(`\nWrote ${resultsFile}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});

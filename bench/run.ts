import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deletedParagraph, EditScenario, insertedParagraph, typing, unchanged } from "./edits";
import type * as Engine from "./engine";
import { documentOf, keystroke, loadHost } from "./keystroke";
import { pairedText } from "./paired";
import { measureCli, measureCold, measureKeystrokes, measureKeystrokesAlone, measureSourceReads } from "./realPath";
import { pathologicalInputs } from "./pathological";
import { printRealHost, readRealHost, writePairedWorkspace } from "./realHost";
import { alexPeer, compromisePeer, Peer, regexFloor, writeGoodPeer } from "./peers";
import { probe, ProbeName, runProbe, TYPED_KEYSTROKES } from "./probes";
import { draftOf, ProseStream, proseStream, wordCount } from "./prose";
import { deltas, machine } from "./results";
import { bundleSizes, vsixSize } from "./sizes";
import { median, round, time, timeSideBySide, Timing } from "./timing";

/**
 * `npm run bench`: how fast Says Who checks a draft, cold and after an
 * edit, against the floor and the prose checkers a user might run instead,
 * all in one process on the same texts. Writes bench/results.json and prints
 * how the figures moved since the last one.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const engineFile = join(here, "engine.cjs");
const hostFile = join(here, "host.cjs");
const resultsFile = join(root, "bench/results.json");
const SIZES = [1000, 5000, 20000, 100000] as const;

/** Repetitions per size: enough for a stable median on a noisy machine, few enough for alex at 100,000 words. */
const RUNS: Record<"fast" | "peer" | "slow", Record<number, number>> = {
  fast: { 1000: 41, 5000: 21, 20000: 11, 100000: 5 },
  peer: { 1000: 15, 5000: 9, 20000: 5, 100000: 3 },
  slow: { 1000: 9, 5000: 5, 20000: 3, 100000: 3 },
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
  /** From wall-clock medians of interleaved runs. */
  ratios: Ratios;
  /** The same from CPU-time medians, which a neighbour's load disturbs less. */
  cpuRatios: Ratios;
}

interface Ratios {
  checkToFloor: number;
  writeGoodToCheck: number;
  alexToCheck: number;
  compromiseToCheck: number;
}

function ratiosOf(r: Omit<SizeResult, "ratios" | "cpuRatios">, pick: (t: Timing) => number): Ratios {
  const check = pick(r.check);
  return {
    checkToFloor: ratio(check, pick(r.floor)),
    writeGoodToCheck: ratio(pick(r.writeGood), check),
    alexToCheck: ratio(pick(r.alex), check),
    compromiseToCheck: ratio(pick(r.compromise), check),
  };
}

function measureSize(
  engine: typeof Engine,
  words: number,
  text: string,
  source: Engine.SourceArticle,
  peers: Peer[],
): SizeResult {
  const [floor, writeGood, alex, compromise] = peers;
  const fresh = () => new engine.ParagraphCache();
  const runs = (kind: keyof typeof RUNS) => reps(RUNS[kind][words]);
  const big = words >= 100000;
  const t = timeSideBySide([
    { name: "floor", runs: runs("fast"), run: () => floor.check(text), warmUp: true },
    { name: "analysis", runs: runs("fast"), run: () => engine.analyzeDraft(text, {}, fresh()), warmUp: true },
    { name: "check", runs: runs("fast"), run: () => engine.checkDraft(text, [source], {}, fresh()), warmUp: true },
    { name: "checkWithoutCache", runs: runs("fast"), run: () => engine.checkDraft(text, [source], {}), warmUp: true },
    { name: "writeGood", runs: runs("peer"), run: () => writeGood.check(text), warmUp: true },
    { name: "alex", runs: runs("slow"), run: () => alex.check(text), warmUp: !big },
    { name: "compromise", runs: runs("slow"), run: () => compromise.check(text), warmUp: !big },
  ]);
  const result: Omit<SizeResult, "ratios" | "cpuRatios"> = {
    words: wordCount(text),
    chars: text.length,
    findings: engine.checkDraft(text, [source], {}).findings.length,
    floor: t.floor,
    analysis: t.analysis,
    check: t.check,
    checkWithoutCache: t.checkWithoutCache,
    writeGood: t.writeGood,
    alex: t.alex,
    compromise: t.compromise,
  };
  return { ...result, ratios: ratiosOf(result, (x) => x.median), cpuRatios: ratiosOf(result, (x) => x.cpuMedian) };
}

/** Each edit scenario against a cache warmed by checking the unedited draft, as the extension's cache would be. */
function measureEdits(
  engine: typeof Engine,
  base: string,
  source: Engine.SourceArticle,
  scenarios: EditScenario[],
  runs: number,
): Record<string, { check: Timing; analysis: Timing }> {
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

function measurePathological(
  engine: typeof Engine,
  stream: ProseStream,
  source: Engine.SourceArticle,
  reference: { chars: number; ms: number; cpuMs: number },
) {
  return pathologicalInputs(stream).map(({ name, text }) => {
    progress(`pathological: ${name}`);
    // Timed as the reference is, after a warm-up run: the ratio compares the same steady state.
    const t = time(reps(5), () => engine.checkDraft(text, [source], {}, new engine.ParagraphCache()));
    const perChar = (ms: number, referenceMs: number) => round(ms / text.length / (referenceMs / reference.chars));
    return {
      name,
      chars: text.length,
      lines: text.split("\n").length,
      check: t,
      perCharToReference: perChar(t.median, reference.ms),
      perCharToReferenceCpu: perChar(t.cpuMedian, reference.cpuMs),
    };
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
  const widths = [44, 9, 9, 9, 9];
  const row = (name: string, pick: (r: SizeResult) => number | string) =>
    console.log(pad([name, ...SIZES.map((w) => pick(sizes[label(w)]))], widths));
  const table = (title: string, time: (t: Timing) => number, ratios: (r: SizeResult) => Ratios) => {
    console.log(`\n${title}`);
    console.log(pad(["", ...SIZES.map(label)], widths));
    row("words", (r) => r.words);
    row("(a) regex scan (floor)", (r) => time(r.floor));
    row("Says Who analysis (no source)", (r) => time(r.analysis));
    row("Says Who check with a source article", (r) => time(r.check));
    row("Says Who check, no cache", (r) => time(r.checkWithoutCache));
    row("(b) write-good", (r) => time(r.writeGood));
    row("(b) alex", (r) => time(r.alex));
    row("(c) compromise (parse + numbers + people)", (r) => time(r.compromise));
    row("check / floor (x slower)", (r) => ratios(r).checkToFloor);
    row("write-good / check (x faster)", (r) => ratios(r).writeGoodToCheck);
    row("alex / check (x faster)", (r) => ratios(r).alexToCheck);
    row("compromise / check (x faster)", (r) => ratios(r).compromiseToCheck);
  };
  table(
    "Full check, cold (fresh paragraph cache): wall-clock median ms",
    (t) => t.median,
    (r) => r.ratios,
  );
  table(
    "The same in CPU time of the process: median ms",
    (t) => t.cpuMedian,
    (r) => r.cpuRatios,
  );
}

function printPathological(inputs: ReturnType<typeof measurePathological>): void {
  for (const p of inputs)
    console.log(
      pad(
        [
          p.name,
          `${p.chars} chars`,
          `${p.check.median} ms`,
          `x${p.perCharToReference}`,
          `cpu ${p.check.cpuMedian} ms`,
          `x${p.perCharToReferenceCpu}`,
        ],
        [42, 14, 10, 8, 14, 8],
      ),
    );
}

const cpuToo = (x: Timing) => `${x.median} (cpu ${x.cpuMedian})`;

function printKeystrokes(
  keystrokes: ReturnType<typeof measureKeystrokes>,
  alone?: ReturnType<typeof measureKeystrokesAlone>,
): void {
  const t = cpuToo;
  console.log("\nDrafts paired with their own source articles: one character typed, warm cache, median ms (cpu)");
  const widths = [30, 26, 26, 26, 26, 14];
  console.log(
    pad(["", "engine", "engine + diagnostics", "engine, no source", "+ diagnostics, no src", "findings"], widths),
  );
  for (const [name, k] of Object.entries(keystrokes))
    console.log(
      pad(
        [
          `${name} (${k.words} words, source ${k.sourceWords})`,
          t(k.engine),
          t(k.withDiagnostics),
          t(k.engineWithoutSource),
          t(k.withDiagnosticsWithoutSource),
          k.findings,
        ],
        widths,
      ),
    );
  for (const [name, k] of Object.entries(alone ?? {}))
    console.log(
      pad(
        [
          `${name}, in a fresh process`,
          t(k.engine),
          t(k.withDiagnostics),
          t(k.engineWithoutSource),
          t(k.withDiagnosticsWithoutSource),
          "",
        ],
        widths,
      ),
    );
  if (alone)
    console.log(
      "(a fresh process: one that has only loaded the engine, read the source and checked the draft, as an extension host running Says Who alone)",
    );
  for (const [name, k] of Object.entries(keystrokes))
    console.log(
      `full check ${name} with source ${t(k.fullCheck)} vs write-good ${t(k.writeGood)}: ${k.fullCheckToWriteGood}x (cpu ${k.fullCheckToWriteGoodCpu}x)`,
    );
}

function printCold(cold: ReturnType<typeof measureCold>): void {
  console.log("\nFirst check in a fresh process (median ms): load + source + check + diagnostics = total");
  for (const [name, c] of Object.entries(cold))
    for (const [which, f] of [
      ["with source", c.withSource],
      ["without source", c.withoutSource],
    ] as const)
      console.log(
        `${name} ${which}: ${f.loadMs} + ${f.sourceMs} + ${f.checkMs} + ${f.diagnosticsMs} = ${f.totalMs} ms; first diagnostics ${f.firstDiagnosticsMs} ms (cpu ${f.firstDiagnosticsCpuMs}), with evidence ${f.firstEvidenceMs} ms (cpu ${f.firstEvidenceCpuMs}), with speakers ${f.evidenceMs} ms (cpu ${f.evidenceCpuMs})`,
      );
}

function printCli(cli: ReturnType<typeof measureCli>): void {
  console.log("\nsays-who check as a whole process (median ms, wall)");
  for (const [name, c] of Object.entries(cli.sizes)) {
    const p = c.processes;
    console.log(
      `${name}: node reads the file ${p.nodeReadsFile.median}, write-good ${p.writeGood.median}, check ${p.check.median} (${c.checkToWriteGood}x write-good, ${c.checkToNodeReadsFile}x node), with source ${p.checkWithSource.median} (${c.checkWithSourceToNodeReadsFile}x node)`,
    );
  }
  const many = cli.manyDrafts;
  console.log(
    `${many.drafts} drafts, one source: one process ${many.oneProcess.median} ms, one process per draft ${many.processPerDraft} ms in all`,
  );
}

function printSourceReads(sourceReads: ReturnType<typeof measureSourceReads>): void {
  for (const [name, r] of Object.entries(sourceReads))
    console.log(
      `reading a ${name} source (${r.chars} chars): ${cpuToo(r.indexSources)} ms, ${r.usPerChar} us/char (cpu ${r.usPerCharCpu})`,
    );
}

function printPaired(paired: {
  keystrokes: ReturnType<typeof measureKeystrokes>;
  keystrokesAlone?: ReturnType<typeof measureKeystrokesAlone>;
  cold: ReturnType<typeof measureCold>;
  cli: ReturnType<typeof measureCli>;
  sourceReads: ReturnType<typeof measureSourceReads>;
}): void {
  printKeystrokes(paired.keystrokes, paired.keystrokesAlone);
  printCold(paired.cold);
  printCli(paired.cli);
  printSourceReads(paired.sourceReads);
}

/**
 * `node out/bench/run.mjs --paired-only`: only the figures on drafts paired
 * with their sources (keystrokes, first checks, the CLI, large sources),
 * printed and not written to results.json: for comparing two engines.
 */
function pairedOnly(): void {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const host = loadHost(hostFile);
  const paired = {
    keystrokes: measureKeystrokes(engine, host, root, writeGoodPeer, (w) => reps(w >= 20000 ? 31 : 41)),
    keystrokesAlone: measureKeystrokesAlone(join(here, "run.mjs"), engineFile, hostFile, root, reps(31)),
    cold: measureCold(join(here, "run.mjs"), engineFile, hostFile, root, reps(5)),
    cli: measureCli(root, reps(7)),
    sourceReads: measureSourceReads(engine, root),
  };
  printPaired(paired);
  console.log(JSON.stringify(paired));
}

/** The paired parts `--part` runs alone, each printed and given as JSON. */
const PARTS = {
  cold: () => {
    const cold = measureCold(join(here, "run.mjs"), engineFile, hostFile, root, reps(5));
    printCold(cold);
    return cold;
  },
  cli: () => {
    const cli = measureCli(root, reps(7));
    printCli(cli);
    return cli;
  },
  sources: () => {
    const reads = measureSourceReads(createRequire(engineFile)(engineFile) as typeof Engine, root);
    printSourceReads(reads);
    return reads;
  },
};

/**
 * `node out/bench/run.mjs --part cold` (or `cli`, `sources`; `--part` again
 * for more): only those paired figures, printed and not written to
 * results.json, for comparing two engines on one part.
 */
function partsOnly(names: string[]): void {
  const unknown = names.filter((n) => !(n in PARTS));
  if (unknown.length) throw new Error(`unknown --part ${unknown.join(", ")}: one of ${Object.keys(PARTS).join(", ")}`);
  const out = Object.fromEntries(names.map((n) => [n, PARTS[n as keyof typeof PARTS]()]));
  console.log(JSON.stringify(out));
}

/**
 * `node out/bench/run.mjs --paired-keystrokes`: only the keystrokes on drafts
 * paired with their sources, printed: the quick comparison while working on
 * the keystroke path.
 */
function pairedKeystrokesOnly(): void {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const keystrokes = measureKeystrokes(engine, loadHost(hostFile), root, writeGoodPeer, (w) =>
    reps(w >= 20000 ? 31 : 41),
  );
  printKeystrokes(keystrokes);
  console.log(JSON.stringify(keystrokes));
}

/**
 * `node --cpu-prof out/bench/run.mjs --edits-only`: only the re-checks after
 * edits in the 20k-word draft, many times over, so a CPU profile shows what a
 * keystroke costs and nothing else.
 */
function profileEdits(): void {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const base = draftOf(proseStream(root), 20000);
  const source = {
    id: "examples/kursk/source.txt",
    text: readFileSync(join(root, "examples/kursk/source.txt"), "utf8"),
  };
  engine.indexSources([source]);
  const edits = measureEdits(engine, base, source, [typing(base)], 300);
  console.log(JSON.stringify(edits, null, 2));
}

/**
 * `node --cpu-prof out/bench/run.mjs --keystrokes-only`: the extension's
 * keystroke path (check, evidence, fixes, diagnostics) in the 20k-word draft
 * paired with its source articles (none with `--no-source`), many times
 * over (`--runs N`, 300 by default), for a CPU profile.
 */
function profileKeystrokes(): void {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const host = loadHost(hostFile);
  const paired = pairedText(root, 20000);
  const sources = process.argv.includes("--no-source") ? [] : [{ id: "source.txt", text: paired.source }];
  engine.indexSources(sources);
  const path = keystroke(engine, host, sources);
  const edit = typing(paired.draft);
  path.withDiagnostics(paired.draft, documentOf(paired.draft));
  const documents = new Map<number, ReturnType<typeof documentOf>>();
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 300;
  const t = time(
    runs,
    (i) =>
      path.withDiagnostics(documents.get(i)?.getText() as string, documents.get(i) as ReturnType<typeof documentOf>),
    (i) => void documents.set(i, documentOf(edit.version(i))),
  );
  console.log(JSON.stringify({ words: wordCount(paired.draft), sourceWords: wordCount(paired.source), t }, null, 2));
}

/**
 * `node out/bench/run.mjs --pathological-only`: only the pathological
 * inputs, against the 100k-word draft's full check as the reference, printed.
 */
function pathologicalOnly(): void {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const stream = proseStream(root);
  const source = {
    id: "examples/kursk/source.txt",
    text: readFileSync(join(root, "examples/kursk/source.txt"), "utf8"),
  };
  engine.indexSources([source]);
  const big = draftOf(stream, 100000);
  const t = time(reps(5), () => engine.checkDraft(big, [source], {}, new engine.ParagraphCache()));
  const reference = { chars: big.length, ms: t.median, cpuMs: t.cpuMedian };
  const inputs = measurePathological(engine, stream, source, reference);
  printPathological(inputs);
  console.log(JSON.stringify({ reference, inputs }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // `--paired-files DIR WORDS`: the draft and source the e2e run's keystroke step types into.
  if (args[0] === "--paired-files") {
    console.log(JSON.stringify(writePairedWorkspace(root, resolve(args[1]), Number(args[2]) || 20000)));
    return;
  }
  if (args.includes("--pathological-only")) {
    pathologicalOnly();
    return;
  }
  if (args[0] === "--probe") {
    console.log(JSON.stringify(runProbe(args[1] as ProbeName, args.slice(2))));
    return;
  }
  if (args.includes("--keystrokes-only")) {
    profileKeystrokes();
    return;
  }
  if (args.includes("--paired-keystrokes")) {
    pairedKeystrokesOnly();
    return;
  }
  if (args.includes("--part")) {
    partsOnly(args.flatMap((a, i) => (args[i - 1] === "--part" ? [a] : [])));
    return;
  }
  if (args.includes("--paired-only")) {
    pairedOnly();
    return;
  }
  if (args.includes("--edits-only")) {
    profileEdits();
    return;
  }
  const load = loadavg()[0];
  if (load > cpus().length)
    progress(
      `load average ${load.toFixed(2)} on ${cpus().length} cores: figures will be noisy; re-run when the machine is quieter`,
    );
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
  const fresh = draftOf(stream, 30000)
    .slice((texts.get(20000) as string).length)
    .split("\n\n")
    .filter((p) => p.trim() !== "");
  const edits = measureEdits(
    engine,
    base,
    source,
    [typing(base), insertedParagraph(base, fresh), deletedParagraph(base), unchanged(base)],
    reps(41),
  );
  const big = texts.get(100000) as string;
  const edits100k = measureEdits(engine, big, source, [typing(big)], reps(21));

  progress("keystrokes through the extension's path, drafts paired with their sources");
  const host = loadHost(hostFile);
  const keystrokes = measureKeystrokes(engine, host, root, writeGoodPeer, (w) => reps(w >= 20000 ? 31 : 41));
  progress("the 20k-word keystrokes again, in a fresh process");
  const keystrokesAlone = measureKeystrokesAlone(join(here, "run.mjs"), engineFile, hostFile, root, reps(31));

  progress("first checks in fresh processes");
  const cold = measureCold(join(here, "run.mjs"), engineFile, hostFile, root, reps(5));

  progress("says-who check as a whole process");
  const cli = measureCli(root, reps(7));

  progress("reading 1 MB and 2 MB source articles");
  const sourceReads = measureSourceReads(engine, root);

  progress("source article style");
  const sourceStyle = measureSource(engine, sourceText);

  progress("pathological inputs");
  const reference = { chars: big.length, ms: sizes["100k"].check.median, cpuMs: sizes["100k"].check.cpuMedian };
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
    machine: { ...machine(), loadAverage1mAtStart: Math.round(load * 100) / 100 },
    corpus: stream.origin,
    sourceArticle: "examples/kursk/source.txt",
    sizes,
    edits20k: { words: wordCount(base), ...edits },
    edits100k: { words: wordCount(big), ...edits100k },
    sourceStyle,
    paired: { corpus: pairedText(root, 1000).origin, keystrokes, keystrokesAlone, cold, cli, sourceReads },
    realHost: readRealHost(root),
    pathological: { reference: { draft: "100k words", ...reference }, inputs: pathological },
    memory100k: {
      peakRssMiB: round(memory.peakRss / 2 ** 20),
      rssBeforeCheckMiB: round(memory.rssBefore / 2 ** 20),
      heapRetainedMiB: round(memory.heapRetained / 2 ** 20),
      heapBeforeCheckMiB: round(memory.heapBefore / 2 ** 20),
      heapAfterTypingMiB: round(memory.heapAfterTyping / 2 ** 20),
      keystrokesTyped: TYPED_KEYSTROKES,
      cachedParagraphs: memory.cachedParagraphs,
    },
    engineLoad,
    activation: activation ?? "dist/extension.js missing: run npm run build",
    bundles,
    vsix,
  };

  printSizes(sizes);
  console.log(`\nRe-check after an edit in the ${results.edits20k.words}-word draft (warm cache), median ms`);
  const editRow = (name: string, t: { check: Timing; analysis: Timing }) =>
    console.log(
      pad(
        [
          name,
          `check ${t.check.median} (min ${t.check.min}, cpu ${t.check.cpuMedian})`,
          `analysis ${t.analysis.median} (min ${t.analysis.min}, cpu ${t.analysis.cpuMedian})`,
        ],
        [34, 36, 38],
      ),
    );
  for (const [name, t] of Object.entries(edits)) editRow(name, t);
  editRow(`one-character edit, ${results.edits100k.words} words`, edits100k["one-character edit"]);
  console.log(
    `\nSource article (${sourceStyle.words} words): learnStyle ${(sourceStyle.learnStyle as Timing).median} ms, indexSources ${(sourceStyle.indexSources as Timing).median} ms`,
  );
  console.log(
    `\nPathological inputs: cost per character relative to the 100k-word draft (${round((reference.ms / reference.chars) * 1e6)} ms wall, ${round((reference.cpuMs / reference.chars) * 1e6)} ms CPU per million chars)`,
  );
  printPathological(pathological);
  printPaired(results.paired);
  printRealHost(results.realHost);
  const m = results.memory100k;
  console.log(
    `\nMemory, 100k-word check in a fresh process: peak RSS ${m.peakRssMiB} MiB (${m.rssBeforeCheckMiB} MiB before the check); heap retained with the cache ${m.heapRetainedMiB} MiB (${m.heapBeforeCheckMiB} MiB before), ${m.heapAfterTypingMiB} MiB after ${m.keystrokesTyped} keystrokes typed into it`,
  );
  console.log(
    `Engine load (compromise included) ${engineLoad.loadMs} ms (CPU ${engineLoad.loadCpuMs} ms), first check of 1k words after it ${engineLoad.firstCheckMs} ms (CPU ${engineLoad.firstCheckCpuMs} ms)`,
  );
  if (activation)
    console.log(
      `Activation (stand-in vscode API): require dist/extension.js ${activation.requireMs} ms + activate() ${activation.activateMs} ms = ${activation.totalMs} ms (CPU ${activation.totalCpuMs} ms)`,
    );
  for (const b of bundles)
    console.log(`${b.file}: ${(b.bytes / 1024).toFixed(0)} KB (${(b.gzipBytes / 1024).toFixed(0)} KB gzipped)`);
  console.log(
    vsix.bytes !== undefined
      ? `${vsix.file}: ${(vsix.bytes / 1024).toFixed(0)} KB (${vsix.note})`
      : `.vsix: ${vsix.note}`,
  );
  console.log(
    `\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}, load average ${results.machine.loadAverage1mAtStart} at the start and ${results.machine.loadAverage1m} at the end, ${results.machine.date}`,
  );

  if (existsSync(resultsFile)) {
    const previous = JSON.parse(readFileSync(resultsFile, "utf8"));
    const moved = deltas(previous, JSON.parse(JSON.stringify(results)));
    const since = `the previous bench/results.json (${previous.machine?.date ?? "undated"}, load average ${previous.machine?.loadAverage1m ?? "unknown"} at its end)`;
    console.log(
      moved.length
        ? `\nChanges of 10 % or more since ${since}:\n  ${moved.join("\n  ")}`
        : `\nNo figure moved 10 % or more since ${since}.`,
    );
  }
  writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
  console.log(`\nWrote ${resultsFile}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});

import { execFileSync } from "node:child_process";
import Module, { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import type * as Engine from "./engine";
import { documentOf, keystroke, loadHost, TypedKeystrokes, typedKeystrokes } from "./keystroke";
import { pairedText } from "./paired";
import { typing } from "./edits";

/**
 * Measurements that need a fresh process: loading code (a warm process has
 * it cached) and peak memory (a process's peak covers its whole life). The
 * benchmark starts itself with `--probe NAME ARGS…`; the probe prints one
 * JSON line.
 */
export type ProbeName = "activation" | "engine-load" | "memory" | "first-check" | "keystroke";

/**
 * A stand-in for the `vscode` module: every property, call and `new` gives
 * another stand-in, which keeps what is assigned to it. activate() runs its
 * own code for real and each API call costs nothing; the real host adds the
 * cost of its API calls.
 */
function vscodeStandIn(): object {
  const kept = new Map<PropertyKey, unknown>();
  const stand: object = new Proxy(function standIn() {}, {
    get: (_target, key) => {
      if (kept.has(key)) return kept.get(key);
      if (key === Symbol.iterator) return function* empty() {};
      if (key === Symbol.toPrimitive) return () => "";
      if (key === "then") return undefined;
      const child = vscodeStandIn();
      kept.set(key, child);
      return child;
    },
    set: (_target, key, value) => {
      kept.set(key, value);
      return true;
    },
    // esbuild's CommonJS interop builds the module object on the stand-in's prototype.
    getPrototypeOf: () => vscodeStandIn(),
    apply: () => vscodeStandIn(),
    construct: () => vscodeStandIn(),
  });
  return stand;
}

/** `require("./dist/extension.js")` and `activate()`, in milliseconds, against the stand-in API. */
function activation(root: string): Record<string, number> {
  const standIn = vscodeStandIn();
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request === "vscode" ? standIn : load(request, ...rest));
  const requireFromRoot = createRequire(join(root, "package.json"));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const extension = requireFromRoot("./dist/extension.js") as { activate: (context: unknown) => void };
  const loaded = performance.now();
  const loadCpu = process.cpuUsage(cpu);
  const subscriptions: unknown[] = [];
  const context = new Proxy(
    { subscriptions, extensionPath: root },
    {
      get: (target, key) => (key in target ? target[key as keyof typeof target] : standIn),
    },
  );
  extension.activate(context);
  const activated = performance.now();
  const totalCpu = process.cpuUsage(cpu);
  const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  return {
    requireMs: loaded - started,
    activateMs: activated - loaded,
    totalMs: activated - started,
    requireCpuMs: ms(loadCpu),
    totalCpuMs: ms(totalCpu),
    subscriptions: subscriptions.length,
  };
}

/** Loading the bundled engine (compromise included), as the extension's first check does, then that first check. */
function engineLoad(engineFile: string, draftFile: string): Record<string, number> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const loaded = performance.now();
  const loadCpu = process.cpuUsage(cpu);
  engine.checkDraft(readFileSync(draftFile, "utf8"), [], {}, new engine.ParagraphCache());
  const checked = performance.now();
  const checkCpu = process.cpuUsage(cpu);
  const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  return {
    loadMs: loaded - started,
    firstCheckMs: checked - loaded,
    loadCpuMs: ms(loadCpu),
    firstCheckCpuMs: ms(checkCpu) - ms(loadCpu),
  };
}

/** Keystrokes typed into the middle of the draft after the memory probe's first check. */
export const TYPED_KEYSTROKES = 400;

/**
 * Peak resident memory of a process that checks one draft cold against one
 * source article, and the heap it keeps after a reporter types
 * TYPED_KEYSTROKES characters into it with the same cache.
 */
function memory(engineFile: string, draftFile: string, sourceFile: string): Record<string, number> {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const draft = readFileSync(draftFile, "utf8");
  const source = { id: "source.txt", text: readFileSync(sourceFile, "utf8") };
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const cache = new engine.ParagraphCache();
  const result = engine.checkDraft(draft, [source], {}, cache);
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const after = process.memoryUsage();
  // A session's typing: what the cache keeps must not hold on to every version of the draft.
  const edit = typing(draft);
  for (let i = 0; i < TYPED_KEYSTROKES; i++) engine.checkDraft(edit.version(i), [source], {}, cache);
  gc?.();
  const typed = process.memoryUsage();
  return {
    rssBefore: before.rss,
    peakRssBefore: peakBefore,
    peakRss: peakAfter,
    heapBefore: before.heapUsed,
    heapRetained: after.heapUsed,
    heapAfterTyping: typed.heapUsed,
    findings: result.findings.length,
    cachedParagraphs: cache.size,
  };
}

/**
 * What the reporter waits for when a draft opens in a fresh extension host:
 * loading the engine, reading the source article (none when `sourceFile` is
 * empty), the first check and its diagnostics, each in milliseconds. The
 * editor shows a draft's findings before its source article is read (the
 * reader thread reads it meanwhile), their evidence once it has cut the
 * article, and who says each claim once it is read: `firstDiagnosticsMs` is
 * load, a check without the source and its diagnostics; `firstEvidenceMs`
 * adds a sketch of the source and the evidence found in it; `evidenceMs`
 * adds reading the source (its speakers) and the check with it (one after
 * the other here, so an upper bound on the editor's wait), the draft's
 * paragraph cache kept as the editor keeps it.
 */
function firstCheck(
  engineFile: string,
  hostFile: string,
  draftFile: string,
  sourceFile: string,
): Record<string, number> {
  const draft = readFileSync(draftFile, "utf8");
  const sources = sourceFile ? [{ id: "source.txt", text: readFileSync(sourceFile, "utf8") }] : [];
  const started = performance.now();
  const cpu = process.cpuUsage();
  const cpuMs = () => {
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const host = loadHost(hostFile);
  const loaded = performance.now();
  // Building the document's line index is the editor's, not ours.
  const document = documentOf(draft);
  const outside = performance.now() - loaded;
  const unread = keystroke(engine, host, []);
  const unreadResult = unread.engine(draft);
  const checkedUnread = performance.now();
  const firstDiagnostics = unread.diagnose(draft, unreadResult, document).length;
  const shownFirst = performance.now();
  const first = {
    loadMs: loaded - started,
    firstDiagnosticsMs: shownFirst - started - outside,
    // CPU time of the process (the document's line index included): a loaded machine disturbs it less than the wall clock.
    firstDiagnosticsCpuMs: cpuMs(),
    firstDiagnostics,
  };
  if (sources.length === 0)
    return {
      ...first,
      sketchMs: 0,
      firstEvidenceMs: first.firstDiagnosticsMs,
      firstEvidenceCpuMs: first.firstDiagnosticsCpuMs,
      firstEvidence: 0,
      sourceMs: 0,
      checkMs: checkedUnread - loaded - outside,
      diagnosticsMs: shownFirst - checkedUnread,
      totalMs: first.firstDiagnosticsMs,
      evidenceMs: first.firstDiagnosticsMs,
      evidenceCpuMs: first.firstDiagnosticsCpuMs,
      diagnostics: firstDiagnostics,
    };
  // While the reader thread reads the source, the editor finds the claims' evidence in a sketch of it (core/source/sketch.ts).
  const path = keystroke(engine, host, sources, unread.cache);
  const sketches = sources.filter((s) => s.text.length <= engine.SKETCH_UP_TO).map((s) => engine.sketch(s));
  const { facts } = engine.analyzeDraft(draft, { language: "markdown" }, unread.cache);
  const sketched = { ...unreadResult, findings: engine.withSketchedEvidence(facts, unreadResult.findings, sketches) };
  path.diagnose(draft, sketched, document);
  const sketchedAt = performance.now();
  const sketchedEvidence = {
    sketchMs: sketchedAt - shownFirst,
    firstEvidenceMs: sketchedAt - started - outside,
    firstEvidenceCpuMs: cpuMs(),
    firstEvidence: sketched.findings.filter((f) => f.evidence).length,
  };
  engine.indexSources(sources);
  const read = performance.now();
  const result = path.engine(draft);
  const checked = performance.now();
  const diagnostics = path.diagnose(draft, result, document).length;
  const shown = performance.now();
  return {
    ...first,
    ...sketchedEvidence,
    sourceMs: read - sketchedAt,
    // The check with the source comes second, as in the editor: the code it runs is loaded and compiled by then.
    checkMs: checked - read,
    diagnosticsMs: shown - checked,
    totalMs: first.loadMs + (shown - sketchedAt),
    evidenceMs: shown - started - outside,
    evidenceCpuMs: cpuMs(),
    diagnostics,
    evidence: result.findings.filter((f) => f.evidence).length,
  };
}

/** Characters typed before a fresh process's keystrokes are timed: about two sentences. */
const TYPED_FIRST = 150;

/**
 * Keystrokes in the paired draft of `words` words in this fresh process,
 * once the engine is loaded, the source read, the draft checked and a
 * sentence or two typed (the optimising compiler has then compiled the
 * keystroke's code, as it has in an extension host the reporter has typed
 * in).
 */
function typedAlone(engineFile: string, hostFile: string, root: string, words: number, runs: number): TypedKeystrokes {
  const engine = createRequire(engineFile)(engineFile) as typeof Engine;
  const paired = pairedText(root, words);
  const sources = [{ id: "source.txt", text: paired.source }];
  engine.indexSources(sources);
  return typedKeystrokes(engine, loadHost(hostFile), paired.draft, sources, runs, TYPED_FIRST);
}

export function runProbe(name: ProbeName, args: string[]): object {
  if (name === "keystroke") return typedAlone(args[0], args[1], args[2], Number(args[3]), Number(args[4]));
  if (name === "first-check") return firstCheck(args[0], args[1], args[2], args[3] ?? "");
  if (name === "activation") return activation(args[0]);
  if (name === "engine-load") return engineLoad(args[0], args[1]);
  return memory(args[0], args[1], args[2]);
}

/** Runs a probe in a fresh Node process and returns what it printed (figures by name, unless the probe says otherwise). */
export function probe<T = Record<string, number>>(script: string, name: ProbeName, args: string[]): T {
  const out = execFileSync(process.execPath, ["--expose-gc", script, "--probe", name, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as T;
}

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Engine from "./engine";
import { HostModule, TypedKeystrokes, typedKeystrokes } from "./keystroke";
import { pairedCases, pairedText } from "./paired";
import type { Peer } from "./peers";
import { probe } from "./probes";
import { cliCommands, ProcessTiming, timeProcesses } from "./processes";
import { wordCount } from "./prose";
import { median, round, time, timeSideBySide, Timing } from "./timing";

/**
 * What a reporter waits for, on drafts paired with their own source
 * articles: a keystroke through the extension's whole path, the first check
 * in a fresh process, `says-who check` as a whole process, and reading a
 * large source article.
 */
export const PAIRED_SIZES = [1000, 5000, 20000] as const;

const label = (words: number) => `${words / 1000}k`;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** One character typed, warm paragraph cache: the engine (check, evidence, fixes), and with its findings as diagnostics. */
export interface KeystrokeResult extends TypedKeystrokes {
  words: number;
  sourceWords: number;
  findings: number;
  /** A full in-process check, fresh cache, with the source; and write-good on the same draft, interleaved. */
  fullCheck: Timing;
  writeGood: Timing;
  fullCheckToWriteGood: number;
  fullCheckToWriteGoodCpu: number;
}

export function measureKeystrokes(
  engine: typeof Engine,
  host: HostModule,
  root: string,
  writeGood: Peer,
  runs: (words: number) => number,
): Record<string, KeystrokeResult> {
  const out: Record<string, KeystrokeResult> = {};
  for (const words of PAIRED_SIZES) {
    const paired = pairedText(root, words);
    const sources = [{ id: "source.txt", text: paired.source }];
    engine.indexSources(sources);
    const n = runs(words);
    const full = timeSideBySide([
      {
        name: "check",
        runs: Math.max(5, n >> 1),
        run: () => engine.checkDraft(paired.draft, sources, {}, new engine.ParagraphCache()),
        warmUp: true,
      },
      { name: "writeGood", runs: Math.max(5, n >> 1), run: () => writeGood.check(paired.draft), warmUp: true },
    ]);
    out[label(words)] = {
      words: wordCount(paired.draft),
      sourceWords: wordCount(paired.source),
      findings: engine.checkDraft(paired.draft, sources, {}).findings.length,
      ...typedKeystrokes(engine, host, paired.draft, sources, n),
      fullCheck: full.check,
      writeGood: full.writeGood,
      fullCheckToWriteGood: ratio(full.check.median, full.writeGood.median),
      fullCheckToWriteGoodCpu: ratio(full.check.cpuMedian, full.writeGood.cpuMedian),
    };
  }
  return out;
}

/**
 * The 20k-word keystrokes again, in a process that has done only what an
 * extension host running Says Who does before the reporter types: load the
 * engine, read the source article, check the draft. The in-process figures
 * come after the benchmark's cold checks, its peers (write-good, alex,
 * compromise) and its 100k-word drafts, whose heap every garbage collection
 * of the keystroke then walks; the two side by side show how much of a
 * keystroke that is.
 */
export function measureKeystrokesAlone(
  script: string,
  engineFile: string,
  hostFile: string,
  root: string,
  runs: number,
): Record<string, TypedKeystrokes> {
  const words = 20000;
  return {
    [label(words)]: probe<TypedKeystrokes>(script, "keystroke", [
      engineFile,
      hostFile,
      root,
      String(words),
      String(runs),
    ]),
  };
}

/**
 * totalMs: load + source + check + diagnostics. firstDiagnosticsMs: load and
 * the check without the source, with its diagnostics, as the editor shows
 * them while the source article is read; firstEvidenceMs: until the
 * diagnostics with the evidence a sketch of the source gives; evidenceMs:
 * until the diagnostics with the source read, speakers and all (see
 * probes.ts, firstCheck); the three again in CPU time.
 */
export type FirstCheck = Record<
  | "loadMs"
  | "sourceMs"
  | "checkMs"
  | "diagnosticsMs"
  | "totalMs"
  | "firstDiagnosticsMs"
  | "firstEvidenceMs"
  | "evidenceMs"
  | "firstDiagnosticsCpuMs"
  | "firstEvidenceCpuMs"
  | "evidenceCpuMs",
  number
>;

function medianOf(samples: Record<string, number>[]): Record<string, number> {
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, round(median(samples.map((s) => s[k])))]));
}

export interface ColdResult {
  words: number;
  withSource: FirstCheck;
  withoutSource: FirstCheck;
}

/** The first check in fresh processes (median of `runs`), with and without the draft's source article. */
export function measureCold(
  script: string,
  engineFile: string,
  hostFile: string,
  root: string,
  runs: number,
): Record<string, ColdResult> {
  const scratch = mkdtempSync(join(tmpdir(), "says-who-cold-"));
  try {
    const out: Record<string, ColdResult> = {};
    for (const words of PAIRED_SIZES) {
      const paired = pairedText(root, words);
      const draft = join(scratch, `draft-${words}.md`);
      const source = join(scratch, `source-${words}.txt`);
      writeFileSync(draft, paired.draft);
      writeFileSync(source, paired.source);
      const sample = (withSource: boolean) =>
        medianOf(
          Array.from({ length: runs }, () =>
            probe(script, "first-check", [engineFile, hostFile, draft, withSource ? source : ""]),
          ),
        ) as FirstCheck;
      out[label(words)] = { words: wordCount(paired.draft), withSource: sample(true), withoutSource: sample(false) };
    }
    return out;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface CliResult {
  words: number;
  processes: Record<string, ProcessTiming>;
  checkToWriteGood: number;
  checkToNodeReadsFile: number;
  checkWithSourceToNodeReadsFile: number;
}

export interface ManyDraftsResult {
  drafts: number;
  /** `says-who check` on every draft at once, one source article shared. */
  oneProcess: ProcessTiming;
  /** One process per draft, the same source article each time. */
  processPerDraft: number;
}

/** `says-who check` as a whole process against node reading the file and write-good's command line; many drafts in one process. */
export function measureCli(
  root: string,
  runs: number,
): { sizes: Record<string, CliResult>; manyDrafts: ManyDraftsResult } {
  const scratch = mkdtempSync(join(tmpdir(), "says-who-cli-"));
  try {
    const sizes: Record<string, CliResult> = {};
    for (const words of [1000, 20000]) {
      const paired = pairedText(root, words);
      const draft = join(scratch, `draft-${words}.md`);
      const source = join(scratch, `source-${words}.txt`);
      writeFileSync(draft, paired.draft);
      writeFileSync(source, paired.source);
      const p = timeProcesses(cliCommands(root, draft, source), runs, scratch);
      sizes[label(words)] = {
        words: wordCount(paired.draft),
        processes: p,
        checkToWriteGood: ratio(p.check.median, p.writeGood.median),
        checkToNodeReadsFile: ratio(p.check.median, p.nodeReadsFile.median),
        checkWithSourceToNodeReadsFile: ratio(p.checkWithSource.median, p.nodeReadsFile.median),
      };
    }
    const { cases } = pairedCases(root);
    const few = cases.slice(0, 5);
    const drafts = few.map((c, i) => {
      const file = join(scratch, `case-${i}.md`);
      writeFileSync(file, c.draft);
      return file;
    });
    const source = join(scratch, "cases-source.txt");
    writeFileSync(source, few.map((c) => c.source).join("\n\n"));
    const cli = join(root, "dist/cli.js");
    const check = (files: string[]) => [cli, "check", "--format", "json", "--source", source, ...files];
    const timed = timeProcesses(
      [{ name: "all", args: check(drafts) }, ...drafts.map((d, i) => ({ name: `draft${i}`, args: check([d]) }))],
      Math.max(1, runs >> 1),
      scratch,
    );
    const perDraft = drafts.reduce((sum, _d, i) => sum + timed[`draft${i}`].median, 0);
    return { sizes, manyDrafts: { drafts: drafts.length, oneProcess: timed.all, processPerDraft: round(perDraft) } };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface SourceReadResult {
  chars: number;
  indexSources: Timing;
  /** Wall and CPU microseconds per character. */
  usPerChar: number;
  usPerCharCpu: number;
}

/** A source article of about `bytes`, from the paired sources (numbers shifted as they come round). */
function sourceOfSize(root: string, bytes: number): string {
  let words = 5000;
  for (;;) {
    const { source } = pairedText(root, words);
    if (source.length >= bytes) return source.slice(0, source.lastIndexOf("\n\n", bytes));
    words = Math.ceil((words * bytes) / source.length) + 1000;
  }
}

/** Reading one large source article (compromise tagging, speakers, style, match index), once per size: it takes seconds. */
export function measureSourceReads(engine: typeof Engine, root: string): Record<string, SourceReadResult> {
  const out: Record<string, SourceReadResult> = {};
  // compromise loaded and the reading code compiled first: the cold probes time loading, this times reading.
  engine.indexSources([{ id: "warm-up", text: pairedText(root, 1000).source }]);
  for (const [name, bytes] of [
    ["1 MB", 1 << 20],
    ["2 MB", 2 << 20],
  ] as const) {
    const text = sourceOfSize(root, bytes);
    const t = time(1, (i) => engine.indexSources([{ id: `large-${name}-${i}`, text }]), undefined, false);
    out[name] = {
      chars: text.length,
      indexSources: t,
      usPerChar: round((t.median * 1000) / text.length),
      usPerCharCpu: round((t.cpuMedian * 1000) / text.length),
    };
  }
  return out;
}

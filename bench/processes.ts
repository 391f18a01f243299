import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { median, round } from "./timing";

/**
 * Whole processes, as a newsroom's CI or a reporter's terminal runs them:
 * node's start-up, loading the code, reading the files and writing the
 * report all count. Each command runs in rounds with the others, so a burst
 * of load from a neighbour slows them all alike. Wall clock only.
 */
export interface ProcessTiming {
  median: number;
  min: number;
  runs: number;
}

export interface Command {
  name: string;
  args: string[];
  /** write-good exits with the number of its suggestions. */
  anyStatus?: boolean;
}

function wall({ args, anyStatus }: Command, cwd: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  // `says-who check` exits 1 when it finds unattributed claims, write-good when it has suggestions.
  if (run.status === null || (run.status > 1 && !anyStatus))
    throw new Error(`${args.join(" ")} failed (${run.status ?? run.signal}): ${String(run.stderr).slice(0, 300)}`);
  return ms;
}

export function timeProcesses(commands: Command[], runs: number, cwd: string): Record<string, ProcessTiming> {
  for (const c of commands) wall(c, cwd);
  const samples = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  for (let r = 0; r < runs; r++) for (const c of commands) samples.get(c.name)?.push(wall(c, cwd));
  return Object.fromEntries(
    commands.map((c) => {
      const s = samples.get(c.name) as number[];
      return [c.name, { median: round(median(s)), min: round(Math.min(...s)), runs: s.length }];
    }),
  );
}

/** The commands compared at one draft size: reading the file (the floor), write-good's command line, and ours. */
export function cliCommands(root: string, draft: string, source: string): Command[] {
  const cli = join(root, "dist/cli.js");
  return [
    { name: "nodeReadsFile", args: ["-e", "require('fs').readFileSync(process.argv[1], 'utf8')", draft] },
    { name: "writeGood", args: [join(root, "node_modules/write-good/bin/write-good.js"), draft], anyStatus: true },
    { name: "check", args: [cli, "check", "--format", "json", draft] },
    { name: "checkWithSource", args: [cli, "check", "--format", "json", "--source", source, draft] },
  ];
}

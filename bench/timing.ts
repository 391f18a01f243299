import { performance } from "node:perf_hooks";

/** Medians, not means: the machine is shared, and a neighbour's compile only ever adds time. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Wall-clock milliseconds (median and fastest run) and the process's CPU
 * milliseconds (median). On a loaded machine the wall clock also counts the
 * time the process waited for a core; CPU time does not (it does count
 * V8's helper threads: the garbage collector and the optimising compiler).
 */
export interface Timing {
  median: number;
  min: number;
  cpuMedian: number;
  runs: number;
}

interface Samples {
  wall: number[];
  cpu: number[];
}

function sample(into: Samples, run: () => unknown): void {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  into.wall.push(performance.now() - started);
  const used = process.cpuUsage(cpu);
  into.cpu.push((used.user + used.system) / 1000);
}

function summary(s: Samples): Timing {
  return {
    median: round(median(s.wall)),
    min: round(Math.min(...s.wall)),
    cpuMedian: round(median(s.cpu)),
    runs: s.wall.length,
  };
}

/**
 * Times `run(i)` `runs` times, after one untimed warm-up call (which pays
 * for the JIT and lazily built tables) unless the caller already warmed the
 * code up on a smaller input. `prepare(i)` runs untimed before each call.
 */
export function time(runs: number, run: (i: number) => unknown, prepare?: (i: number) => void, warmUp = true): Timing {
  if (warmUp) {
    prepare?.(-1);
    run(-1);
  }
  const samples: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    prepare?.(i);
    sample(samples, () => run(i));
  }
  return summary(samples);
}

export function round(ms: number): number {
  return ms >= 100 ? Math.round(ms) : ms >= 1 ? Math.round(ms * 100) / 100 : Math.round(ms * 10000) / 10000;
}

export interface Contender {
  name: string;
  runs: number;
  run: () => unknown;
  /** False when the code was already warmed up on a smaller text. */
  warmUp: boolean;
}

/**
 * Times several contenders in rounds, each round running every contender
 * that still has runs left: a burst of load from a neighbour then slows
 * them all alike, which keeps their ratios honest on a shared machine.
 */
export function timeSideBySide(contenders: Contender[]): Record<string, Timing> {
  for (const c of contenders) if (c.warmUp) c.run();
  const samples = new Map<string, Samples>(contenders.map((c) => [c.name, { wall: [], cpu: [] }]));
  const rounds = Math.max(...contenders.map((c) => c.runs));
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) if (r < c.runs) sample(samples.get(c.name) as Samples, c.run);
  }
  return Object.fromEntries(contenders.map((c) => [c.name, summary(samples.get(c.name) as Samples)]));
}

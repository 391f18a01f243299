import { performance } from "node:perf_hooks";

/** Medians, not means: the machine is shared, and a neighbour's compile only ever adds time. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Timing {
  median: number;
  min: number;
  runs: number;
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
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare?.(i);
    const started = performance.now();
    run(i);
    ms.push(performance.now() - started);
  }
  return { median: round(median(ms)), min: round(Math.min(...ms)), runs };
}

/** Times one call, for inputs too slow to repeat. */
export function timeOnce(run: () => unknown): Timing {
  const started = performance.now();
  run();
  return { median: round(performance.now() - started), min: round(performance.now() - started), runs: 1 };
}

export function round(ms: number): number {
  return ms >= 100 ? Math.round(ms) : ms >= 1 ? Math.round(ms * 100) / 100 : Math.round(ms * 10000) / 10000;
}

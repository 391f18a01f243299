import { cpus, loadavg, totalmem } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  loadAverage1m: number;
  date: string;
}

/** Where and when the figures were taken: a ratio travels between machines, a millisecond does not. */
export function machine(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    date: new Date().toISOString(),
  };
}

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

/** Every number in a results object by its path (`cold.20k.check.median`). */
function numbers(value: Json, path = "", out = new Map<string, number>()): Map<string, number> {
  if (typeof value === "number") out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) numbers(v, path ? `${path}.${k}` : k, out);
  return out;
}

/**
 * How this run's figures moved against the previous results.json: only
 * timings and sizes (medians, ratios, bytes), and only moves past the noise
 * a shared machine makes (10 %).
 */
export function deltas(previous: Json, current: Json): string[] {
  const before = numbers(previous);
  const lines: string[] = [];
  for (const [path, now] of numbers(current)) {
    if (!/median|Ms$|ratio|bytes|Bytes|perChar|peakRss/i.test(path) || /^machine\./.test(path)) continue;
    const then = before.get(path);
    if (then === undefined || then === 0) continue;
    const change = (now - then) / then;
    if (Math.abs(change) >= 0.1)
      lines.push(`${path}: ${then} -> ${now} (${change > 0 ? "+" : ""}${Math.round(change * 100)} %)`);
  }
  return lines;
}

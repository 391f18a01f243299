import { spawnSync } from "node:child_process";
import { CLI, ROOT } from "./paths";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a newsroom's CI would: a child process, from the repository root, output piped. */
export function saysWho(...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env, maxBuffer: 1 << 30 });
  return { status, stdout, stderr };
}

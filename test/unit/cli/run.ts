import { spawnSync } from "node:child_process";
import { run } from "../../../src/cli/program";
import { CLI, ROOT } from "./paths";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The working directory; the repository root unless given. */
  cwd?: string;
  /** What standard input holds. */
  input?: string | Uint8Array;
}

/** Runs the built CLI as a newsroom's CI would: a child process, from the repository root, output piped. */
export function saysWhoWith(options: RunOptions, ...args: string[]): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env,
    maxBuffer: 1 << 30,
  });
  return { status, stdout, stderr };
}

export function saysWho(...args: string[]): Run {
  return saysWhoWith({}, ...args);
}

/**
 * Runs the command line's `run()` in this process, as the built CLI would with
 * its output piped: fast enough for property tests, and any exception that
 * escapes it fails the test instead of vanishing into a child's stderr.
 */
export function saysWhoInProcess(stdin: Uint8Array | undefined, ...args: string[]): Run {
  let stdout = "";
  let stderr = "";
  const status = run(args, {
    out: { write: (text) => void (stdout += text), color: false, cwd: process.cwd() },
    err: (text) => void (stderr += text),
    readStdin: () => stdin ?? new Uint8Array(),
  });
  return { status, stdout, stderr };
}

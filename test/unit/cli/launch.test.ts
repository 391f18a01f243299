import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI } from "./paths";
import { Run } from "./run";
import { scratchFolder } from "./scratch";

/** dist/cli.js copied alone into a fresh folder, so that it starts without a code cache. */
function copiedCli(): { dir: string; run: (...args: string[]) => Run } {
  const { dir, write } = scratchFolder("launch");
  copyFileSync(CLI, join(dir, "cli.js"));
  write("draft.md", "Rents rose 12 percent last year.\n\n“We will act,” a resident said.\n");
  // Root writes everywhere, so a folder it may not write to is tried as 'nobody'.
  const asRoot = process.getuid?.() === 0;
  const run = (...args: string[]): Run => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [join(dir, "cli.js"), ...args], {
      cwd: dir,
      encoding: "utf8",
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    return { status, stdout, stderr };
  };
  chmodSync(dir, 0o777);
  return { dir, run };
}

const caches = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".v8cache"));
const outcome = (run: Run) => [run.status, run.stdout, run.stderr];

describe("dist/cli.js, which compiles the command line with V8's code cache", () => {
  it("keeps a cache beside itself after a check, and reports the same with it as without", () => {
    const { dir, run } = copiedCli();
    const first = run("check", "--format", "json", "draft.md");
    assert.equal(first.status, 1, first.stderr);
    assert.equal(caches(dir).length, 1);
    assert.deepEqual(outcome(run("check", "--format", "json", "draft.md")), outcome(first));
    assert.equal(caches(dir).length, 1);
  });

  it("writes no cache for a run that checks nothing: --version, a usage error", () => {
    const { dir, run } = copiedCli();
    assert.equal(run("--version").status, 0);
    assert.equal(run("check", "--format", "yaml", "draft.md").status, 2);
    assert.deepEqual(caches(dir), []);
  });

  it("compiles afresh when the cache beside it is not one V8 accepts, and writes a good one", () => {
    const { dir, run } = copiedCli();
    const clean = run("check", "draft.md");
    const [cache] = caches(dir);
    writeFileSync(join(dir, cache), "not a code cache");
    assert.deepEqual(outcome(run("check", "draft.md")), outcome(clean));
    assert.notEqual(readFileSync(join(dir, cache), "utf8"), "not a code cache");
    assert.deepEqual(caches(dir), [cache]);
  });

  it("runs as before where it may not write beside itself", () => {
    const { dir, run } = copiedCli();
    const clean = run("check", "draft.md");
    for (const name of caches(dir)) writeFileSync(join(dir, name), "");
    chmodSync(dir, 0o555);
    try {
      assert.deepEqual(outcome(run("check", "draft.md")), outcome(clean));
      assert.deepEqual(readdirSync(dir).sort(), ["cli.js", "draft.md", ...caches(dir)].sort());
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

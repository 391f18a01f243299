// Bundles the command line and (when present) the VS Code extension into dist/.
// Everything the runtime needs, compromise included, goes into dist/: nothing is
// installed or fetched when a newsroom runs `says-who` or opens the extension.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { nodeBundle } from "./scripts/bundleOptions.mjs";

const common = { ...nodeBundle, format: "cjs", minify: true };

// compromise is most of the command line's code and only a check with a source
// article runs it: it goes into a file of its own, which the command line loads
// on first use, so a check without a source does not compile it at start-up.
const compromiseApart = {
  name: "compromise-apart",
  setup(b) {
    b.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: "./compromise.js", external: true }));
  },
};

// commander requires node:child_process at load, for subcommands that are
// executables of their own, which says-who has none of; loading it brings in
// net, dgram and streams, a few milliseconds of every run. It gets the module
// on first use instead, and node:process, which is the global process.
const commanderLean = {
  name: "commander-lean",
  setup(b) {
    b.onResolve({ filter: /^node:(child_process|process)$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: args.path, namespace: "lean" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lean" }, (args) => ({
      contents:
        args.path === "node:process"
          ? "module.exports = process;"
          : 'module.exports = { spawn: (...args) => require("node:child_process").spawn(...args) };',
      loader: "js",
    }));
  },
};

// The command line is built in memory and written into a comment at the end
// of its launcher (src/cli/launch.ts), which compiles it with V8's code cache;
// its source map stays dist/cli.js.map, named from inside the code.
const cli = await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.js",
  plugins: [compromiseApart, commanderLean],
  write: false,
});
// A cache of the code this build replaces would only lie there: each build starts without one.
for (const name of await readdir("dist").catch(() => []))
  if (name.endsWith(".v8cache")) await rm(join("dist", name), { force: true });
const code = cli.outputFiles.find((f) => f.path.endsWith(".js")).text;
// Nothing has written dist/ yet on a clean checkout: the bundle was built in memory.
await mkdir("dist", { recursive: true });
for (const f of cli.outputFiles) if (f.path.endsWith(".map")) await writeFile(f.path, f.contents);
// The launcher looks for the last CODE_START; esbuild writes ASCII, so no NUL
// lies in the code to be taken for the mark.
const CODE_START = "\n/* says-who command line\n";
const CLOSE_MARK = "\0";
if (code.includes(CODE_START) || code.includes(CLOSE_MARK)) throw new Error("the command line's code holds a mark");
await build({
  ...common,
  sourcemap: false,
  entryPoints: ["src/cli/launch.ts"],
  outfile: "dist/cli.js",
  banner: { js: "#!/usr/bin/env node" },
  footer: { js: `${CODE_START}${code.replaceAll("*/", `*${CLOSE_MARK}/`)}*/` },
  define: {
    CODE_START: JSON.stringify(CODE_START),
    CLOSE_MARK: JSON.stringify(CLOSE_MARK),
    CLI_HASH: JSON.stringify(createHash("sha256").update(code).digest("hex").slice(0, 16)),
  },
});
await chmod("dist/cli.js", 0o755);
await build({
  ...common,
  stdin: { contents: 'module.exports = require("compromise/two");', resolveDir: ".", loader: "js" },
  outfile: "dist/compromise.js",
});

// ---- The extension: one bundle for desktop and the web ------------------------
// VS Code's Node extension host (desktop, remote, code-server) and its web
// worker host (vscode.dev, github.dev) load the same file: package.json names
// it as both "main" and "browser". The core is pure TypeScript and the
// extension reads source articles through workspace.fs, so nothing here needs
// Node: with platform "browser" esbuild fails the build on any import of a
// Node built-in (fs, path, …), which keeps it that way. One bundle instead of
// two halves the package.
if (existsSync("src/extension/extension.ts")) {
  await build({
    ...common,
    platform: "browser",
    target: "es2022",
    entryPoints: ["src/extension/extension.ts"],
    outfile: "dist/extension.js",
    // The one Node built-in the extension may load, and only where it runs in
    // Node (src/extension/readerThreads.ts): the worker thread that reads source
    // articles, off the desktop extension host's thread.
    external: ["vscode", "node:worker_threads"],
  });
  // That worker: the core's source reading, compromise inside, one script for
  // both hosts (src/worker/sourceReader.ts): Node runs it as a worker thread,
  // the web extension host as a web worker (a classic script, which it loads
  // through importScripts: hence an IIFE, its one Node import kept lazy).
  await build({
    ...common,
    platform: "browser",
    target: "es2022",
    format: "iife",
    entryPoints: ["src/worker/sourceReader.ts"],
    outfile: "dist/sourceReader.js",
    external: ["node:worker_threads"],
  });
}

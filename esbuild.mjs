// Bundles the command line and (when present) the VS Code extension into dist/.
// Everything the runtime needs, compromise included, goes into dist/: nothing is
// installed or fetched when a newsroom runs `says-who` or opens the extension.
import { build } from "esbuild";
import { chmod } from "node:fs/promises";
import { existsSync } from "node:fs";

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // esbuild's tables hold node back on \p{…} in patterns (for scripts Unicode added lately), and would write each such
  // literal as a `new RegExp` made on every call; every version VS Code ships reads the classes the checker uses.
  supported: { "regexp-unicode-property-escapes": true },
  format: "cjs",
  minify: true,
  sourcemap: "linked",
  logLevel: "warning",
};

// compromise is most of the command line's code and only a check with a source
// article runs it: it goes into a file of its own, which the command line loads
// on first use, so a check without a source does not compile it at start-up.
const compromiseApart = {
  name: "compromise-apart",
  setup(b) {
    b.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: "./compromise.js", external: true }));
  },
};

await build({
  ...common,
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.js",
  banner: { js: "#!/usr/bin/env node" },
  plugins: [compromiseApart],
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

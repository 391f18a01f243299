// Bundles the benchmark into out/bench/: the engine on its own (as dist/ bundles it),
// so a fresh process can time loading it; the extension's diagnostics without `vscode`, which the
// runner supplies; and the runner as ESM, because alex is ESM-only.
import { build } from "esbuild";

// Patterns with \p{…} stay literals, as in dist/ (see esbuild.mjs): a bundle that made them on every call would time that.
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: "linked",
  logLevel: "warning",
};

await build({ ...common, entryPoints: ["bench/engine.ts"], outfile: "out/bench/engine.cjs", format: "cjs" });
await build({
  ...common,
  entryPoints: ["bench/host.ts"],
  outfile: "out/bench/host.cjs",
  format: "cjs",
  external: ["vscode"],
});
await build({
  ...common,
  entryPoints: ["bench/run.ts"],
  outfile: "out/bench/run.mjs",
  format: "esm",
  external: ["alex", "write-good", "compromise"],
});

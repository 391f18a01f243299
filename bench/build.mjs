// Bundles the benchmark into out/bench/: the engine on its own (as dist/ bundles it),
// so a fresh process can time loading it; the extension's diagnostics without `vscode`, which the
// runner supplies; and the runner as ESM, because alex is ESM-only.
import { build } from "esbuild";
import { nodeBundle as common } from "../scripts/bundleOptions.mjs";

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

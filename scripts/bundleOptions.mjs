// What every Node bundle of the project is built with: dist/ (esbuild.mjs) and the benchmark (bench/build.mjs), so
// the bench times the code as dist/ ships it.
export const nodeBundle = {
  bundle: true,
  platform: "node",
  target: "node20",
  // esbuild's tables hold node back on \p{…} in patterns (for scripts Unicode added lately), and would write each such
  // literal as a `new RegExp` made on every call; every version VS Code ships reads the classes the checker uses.
  supported: { "regexp-unicode-property-escapes": true },
  sourcemap: "linked",
  logLevel: "warning",
};

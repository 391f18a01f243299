// Lint rules beyond formatting (Prettier owns layout). The layering of
// design.md is enforced here: only src/extension/ imports vscode, and
// src/core/ touches neither the file system nor module-level mutable state
// (module-level `let`, or an empty Map, Set, WeakMap or WeakSet to fill).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const NODE_BUILTINS = ["fs", "path", "os", "child_process", "worker_threads", "url", "util", "crypto"];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "out/",
      "node_modules/",
      "e2e/real-vscode/node_modules",
      "e2e/real-vscode/.node24",
      "artifacts/",
      ".vscode-test/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
      // Terminal escapes and control characters are matched on purpose (colour codes, binary input).
      "no-control-regex": "off",
      // require(…) loads a package only when first used (yaml, compromise), or picks its CommonJS build where the ES one would break the bundle (tinyglobby).
      "@typescript-eslint/no-require-imports": ["error", { allow: ["^tinyglobby$", "^compromise/two$", "^yaml$"] }],
    },
  },
  {
    files: ["src/core/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "vscode", message: "Only src/extension/ imports vscode." }] },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "vscode", message: "Only src/extension/ imports vscode." },
            ...NODE_BUILTINS.flatMap((name) => [
              { name, message: "src/core/ is text in, findings out: no Node built-ins." },
              { name: `node:${name}`, message: "src/core/ is text in, findings out: no Node built-ins." },
            ]),
          ],
        },
      ],
      // State lives in what a caller passes (the draft's layout, a ParagraphCache), never in a module:
      // the one exception is the bounded cache of analysed sources, marked where it is declared.
      "no-restricted-syntax": [
        "error",
        ...[
          "Program > VariableDeclaration[kind='let']",
          "Program > ExportNamedDeclaration > VariableDeclaration[kind='let']",
        ].map((selector) => ({ selector, message: "No module-level `let` in src/core: pass state as an argument." })),
        ...[
          "Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/][arguments.length=0]",
          "Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/][arguments.length=0]",
          "Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name='SourceCache']",
        ].map((selector) => ({
          selector,
          message: "No module-level cache in src/core but the one for analysed sources (source/index.ts).",
        })),
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Scripts that run in a page: the report webview, and the functions the UI check evaluates in the workbench.
    files: ["media/**/*.js", "e2e/real-vscode/ui-check.js", "e2e/real-vscode/workbench.js"],
    languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: "readonly" } },
  },
);

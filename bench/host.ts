/**
 * The extension's side of a keystroke, bundled on its own with `vscode` left
 * out: the benchmark loads it with the plain classes of vscodeShapes.ts in
 * place of the editor's API, so turning findings into diagnostics runs the
 * extension's own code.
 */
export { draftDiagnostics, MadeDiagnostics } from "../src/extension/diagnostics";

/**
 * The engine as the benchmark loads it: bundled by esbuild like dist/, into
 * its own file, so a fresh process can time loading it (what the
 * extension's first check pays) apart from checking.
 */
export { analyzeDraft, checkDraft } from "../src/core/check";
export { ParagraphCache } from "../src/core/paragraphCache";
export { analyse, indexSources, learnStyle, sketch, SKETCH_UP_TO, withSketchedEvidence } from "../src/core/source";
export type { CheckResult, SourceArticle } from "../src/core/types";

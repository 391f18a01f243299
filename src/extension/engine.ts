/**
 * The core, loaded on first use. Its NLP model (compromise) costs 200–300 ms
 * to load, which activation must not pay: the first check does (the source
 * reader's thread, a worker thread or a web worker, loads its own: see
 * sourceReader.ts).
 */
type CheckModule = typeof import("../core/check");
type SourceModule = typeof import("../core/source");

export type Engine = CheckModule &
  Pick<SourceModule, "adoptSources" | "sourcesRead" | "sketch" | "SKETCH_UP_TO" | "withSketchedEvidence">;

let engine: Promise<Engine> | undefined;

export function loadEngine(): Promise<Engine> {
  engine ??= Promise.all([import("../core/check"), import("../core/source")]).then(([check, source]) => ({
    ...check,
    adoptSources: source.adoptSources,
    sourcesRead: source.sourcesRead,
    sketch: source.sketch,
    SKETCH_UP_TO: source.SKETCH_UP_TO,
    withSketchedEvidence: source.withSketchedEvidence,
  }));
  return engine;
}

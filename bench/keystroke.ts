import Module, { createRequire } from "node:module";
import type * as Engine from "./engine";
import type * as Host from "./host";
import { typing } from "./edits";
import { time, Timing } from "./timing";
import * as shapes from "./vscodeShapes";

/**
 * A keystroke as the extension pays for it once the typing pause is over:
 * the engine's check with the draft's paragraph cache, then the findings
 * turned into diagnostics (ranges in the draft, evidence locations in the
 * source article, related information), by the extension's own code.
 */
export type HostModule = typeof Host;

/** Loads out/bench/host.cjs with the plain classes of vscodeShapes.ts standing in for the `vscode` module. */
export function loadHost(hostFile: string): HostModule {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = (request, ...rest) => (request === "vscode" ? shapes : load(request, ...rest));
  try {
    return createRequire(hostFile)(hostFile) as HostModule;
  } finally {
    loader._load = load;
  }
}

export interface Keystroke {
  /** The draft's paragraph cache, kept between checks as the extension keeps one per open draft. */
  cache: InstanceType<typeof Engine.ParagraphCache>;
  /** The engine alone: findings with their evidence and fixes. */
  engine: (text: string) => Engine.CheckResult;
  /** A check's findings as diagnostics. */
  diagnose: (text: string, result: Engine.CheckResult, document: shapes.Document) => unknown[];
  /** The engine, then its findings as diagnostics. */
  withDiagnostics: (text: string, document: shapes.Document) => unknown[];
}

const EXTENSION = shapes.Uri.file("/extension");
const SOURCE_URI = shapes.Uri.file("/workspace/source.txt");

/**
 * The extension's path for one draft against its source articles, with a
 * paragraph cache kept between calls as the extension keeps one per open
 * draft (and across its source articles being read: `cache`).
 */
export function keystroke(
  engine: typeof Engine,
  host: HostModule,
  sources: Engine.SourceArticle[],
  cache = new engine.ParagraphCache(),
): Keystroke {
  const uris = new Map(sources.map((s) => [s.id, SOURCE_URI]));
  const made = new host.MadeDiagnostics();
  const check = (text: string) => engine.checkDraft(text, sources, { language: "markdown" }, cache);
  const diagnose = (text: string, result: Engine.CheckResult, document: shapes.Document) => {
    const checked = {
      uri: document.uri,
      version: 1,
      text,
      result,
      sources: { articles: sources, uris, unused: [], named: [] },
    };
    return host.draftDiagnostics(document as never, checked as never, EXTENSION as never, made);
  };
  return {
    cache,
    engine: check,
    diagnose,
    withDiagnostics: (text, document) => diagnose(text, check(text), document),
  };
}

/** The draft as an open document, whose line index the editor keeps and the keystroke does not pay for. */
export function documentOf(text: string): shapes.Document {
  return new shapes.Document(shapes.Uri.file("/workspace/draft.md"), text);
}

/**
 * Typing one character after another into the middle paragraph, each version checked with the cache the last left;
 * the first `untimed` characters typed before the timed ones.
 */
function typed(
  run: (text: string, document: shapes.Document) => unknown,
  base: string,
  runs: number,
  untimed: number,
): Timing {
  const edit = typing(base);
  run(base, documentOf(base));
  for (let i = 0; i < untimed; i++) run(edit.version(i), documentOf(edit.version(i)));
  const documents = new Map<number, shapes.Document>();
  return time(
    runs,
    (i) => {
      const document = documents.get(i) as shapes.Document;
      return run(document.getText(), document);
    },
    (i) => void documents.set(i, documentOf(edit.version(untimed + i))),
  );
}

/** One character typed into `draft`, `runs` times over: the engine and its diagnostics, with and without the sources. */
export interface TypedKeystrokes {
  engine: Timing;
  withDiagnostics: Timing;
  engineWithoutSource: Timing;
  withDiagnosticsWithoutSource: Timing;
}

export function typedKeystrokes(
  engine: typeof Engine,
  host: HostModule,
  draft: string,
  sources: Engine.SourceArticle[],
  runs: number,
  untimed = 0,
): TypedKeystrokes {
  const withSource = () => keystroke(engine, host, sources);
  const without = () => keystroke(engine, host, []);
  return {
    engine: typed(withSource().engine, draft, runs, untimed),
    withDiagnostics: typed(withSource().withDiagnostics, draft, runs, untimed),
    engineWithoutSource: typed(without().engine, draft, runs, untimed),
    withDiagnosticsWithoutSource: typed(without().withDiagnostics, draft, runs, untimed),
  };
}

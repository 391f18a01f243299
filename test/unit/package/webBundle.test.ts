import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

const ROOT = path.join(__dirname, "../../../..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

/** A stand-in for the vscode API: any property, call or `new` gives another stand-in. */
function anyApi(): unknown {
  return new Proxy(function () {}, {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => 0 : anyApi()),
    apply: () => anyApi(),
    construct: () => anyApi() as object,
  });
}

/** The vscode module as a bundle sees it: every name @types/vscode exports, each a stand-in. */
function vscodeApi(): unknown {
  const declarations = fs.readFileSync(require.resolve("@types/vscode/index.d.ts"), "utf8");
  const names = [...declarations.matchAll(/^\texport (?:namespace|enum|class|function|const|let) (\w+)/gm)].map(
    (m) => m[1],
  );
  return new Proxy(
    {},
    {
      ownKeys: () => names,
      getOwnPropertyDescriptor: () => ({ configurable: true, enumerable: true, value: anyApi() }),
      get: () => anyApi(),
    },
  );
}

/**
 * What a web worker extension host (vscode.dev, github.dev) offers a
 * CommonJS extension bundle: browser globals and a `require` that knows only
 * `vscode`. No `process`, `Buffer`, `__dirname` or Node built-ins.
 */
function loadInWebWorker(source: string): { exports: Record<string, unknown>; required: string[] } {
  const required: string[] = [];
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    required.push(id);
    if (id !== "vscode") throw new Error(`a web worker cannot load "${id}"`);
    return vscodeApi();
  };
  const worker = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextDecoder,
    TextEncoder,
    URL,
    URLSearchParams,
    AbortController,
    performance,
  };
  const context = vm.createContext({ ...worker, self: worker, globalThis: worker });
  vm.runInContext(`(function (module, exports, require) {${source}\n})`, context)(module, module.exports, require);
  return { exports: module.exports, required };
}

/** The web source reader's script run as a dedicated web worker: what it posts back, once per message it gets. */
function startWebReader(source: string): {
  post(data: unknown): void;
  answers: { message: unknown; transfer: unknown[] }[];
} {
  const answers: { message: unknown; transfer: unknown[] }[] = [];
  const scope: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextDecoder,
    TextEncoder,
    URL,
    performance,
    postMessage: (message: unknown, transfer: unknown[] = []) => answers.push({ message, transfer }),
  };
  scope.self = scope;
  const context = vm.createContext(scope);
  vm.runInContext(source, context);
  const onmessage = () => scope.onmessage as (event: { data: unknown }) => void;
  return { post: (data) => onmessage()({ data }), answers };
}

describe("the browser bundle", () => {
  const bundle = path.join(ROOT, manifest.browser);

  before(() => assert.ok(fs.existsSync(bundle), "run `npm run build` before the package tests"));

  it("is the one bundle package.json's main and browser entries both point at", () => {
    assert.equal(path.posix.normalize(manifest.browser), "dist/extension.js");
    assert.equal(path.posix.normalize(manifest.main), "dist/extension.js");
  });

  it("requires nothing but vscode, and worker threads only lazily, for the source reader of a Node host", () => {
    const source = fs.readFileSync(bundle, "utf8");
    const modules = new Set([...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...modules].sort(), ["node:worker_threads", "vscode"]);
  });

  it("loads with a web worker's globals and asks for nothing but vscode", () => {
    const { exports, required } = loadInWebWorker(fs.readFileSync(bundle, "utf8"));
    assert.deepEqual([...new Set(required)], ["vscode"]);
    assert.equal(typeof exports.activate, "function");
  });

  it("has a source reader that also runs as a web worker, answering with the article's analysis and requiring nothing", () => {
    const script = path.join(ROOT, "dist/sourceReader.js");
    const reader = startWebReader(fs.readFileSync(script, "utf8"));
    const text =
      'The county will close two libraries next spring, commissioner Dana Ortiz said Tuesday. "We cannot keep every branch open on this budget," Ortiz said.';
    reader.post({ id: 7, source: { id: "county.txt", text } });
    assert.equal(reader.answers.length, 1);
    const [{ message, transfer }] = reader.answers;
    const answer = message as { id: number; analysis?: { source: { id: string }; article: { quotes: unknown[] } } };
    assert.equal(answer.id, 7);
    assert.equal(answer.analysis?.source.id, "county.txt");
    assert.equal(answer.analysis?.article.quotes.length, 1);
    assert.ok(transfer.length > 0, "the word arrays are transferred, not copied");
  });
});

import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import * as yauzl from "yauzl";

const ROOT = path.join(__dirname, "../../../..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

/** What a user's VS Code needs (vsce renames the README, changelog and licence; the README links to the policy). */
const SHIPPED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt|SECURITY\.md|docs\/(architecture|policy|performance|testing)\.md)$/,
  /^extension\/(dist|syntaxes|media|schemas)\//,
];

/** The `vsce package …` step of `npm run package`, so the test packages exactly as a maintainer does. */
function vscePackageArguments(): string[] {
  const step = (manifest.scripts.package as string)
    .split("&&")
    .map((part) => part.trim())
    .find((part) => part.startsWith("vsce package"));
  assert.ok(step, "scripts.package runs `vsce package`");
  return step.split(/\s+/).slice(1);
}

function entriesOf(vsix: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, (error, zip) => {
      if (error) return reject(error);
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => names.push(entry.fileName));
      zip.on("end", () => resolve(names));
      zip.on("error", reject);
    });
  });
}

/** The text of one file of the package. */
function fileOf(vsix: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString("utf8"));
          });
        });
      });
      zip.on("end", () => reject(new Error(`${name} is not in the package`)));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** Every file the manifest points at: both bundles, the CLI, grammars, icon, walkthrough pages. */
/** The files the extension needs from its manifest; `bin` is npm's business, not the editor's. */
function filesTheManifestNames(): string[] {
  const walkthroughMedia = (manifest.contributes.walkthroughs ?? []).flatMap(
    (walkthrough: { steps: { media: { markdown?: string; image?: string } }[] }) =>
      walkthrough.steps.flatMap((step) => [step.media.markdown, step.media.image].filter((file) => file !== undefined)),
  );
  return [
    manifest.main,
    manifest.browser,
    ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
    manifest.icon,
    ...walkthroughMedia,
  ].map((file: string) => `extension/${path.posix.normalize(file)}`);
}

describe("the .vsix package", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "says-who-vsix-"));
  const vsix = path.join(out, `says-who-${manifest.version}.vsix`);
  let entries: string[];

  // One packaging run for all the checks: vsce walks the whole tree, which is slow.
  before(async function () {
    this.timeout(120_000);
    assert.ok(fs.existsSync(path.join(ROOT, manifest.main)), "run `npm run build` before the package tests");
    const vsce = path.join(ROOT, "node_modules/@vscode/vsce/vsce");
    await promisify(execFile)(process.execPath, [vsce, ...vscePackageArguments(), "--out", out], { cwd: ROOT });
    entries = await entriesOf(vsix);
  });

  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it("is written offline as says-who-<version>.vsix by the flags of `npm run package`", () => {
    assert.ok(fs.existsSync(vsix), `${path.basename(vsix)} was not written`);
  });

  it("holds every file the manifest names: the extension bundle, the grammars, the icon, the walkthrough", () => {
    for (const file of filesTheManifestNames()) assert.ok(entries.includes(file), `${file} is not in the package`);
    assert.ok(entries.includes("extension/dist/extension.js"), "dist/extension.js");
  });

  it("leaves the command line out: newsrooms run it from npm, the editor never does", () => {
    assert.ok(!entries.includes("extension/dist/cli.js"));
  });

  it("ships the report webview's assets", () => {
    assert.ok(entries.includes("extension/media/report.js") && entries.includes("extension/media/report.css"));
  });

  it("ships the documents the README links to, and no other developer document", () => {
    assert.deepEqual(entries.filter((entry) => entry.startsWith("extension/docs/")).sort(), [
      "extension/docs/architecture.md",
      "extension/docs/performance.md",
      "extension/docs/policy.md",
      "extension/docs/testing.md",
    ]);
  });

  it("shows the README's screenshots from the repository: VS Code's extension page loads images only from https addresses", async () => {
    const readme = await fileOf(vsix, "extension/readme.md");
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    const raw = `${manifest.repository.url}/raw/main/`;
    assert.ok(images.length >= 4, `${images.length} images`);
    for (const image of images) {
      assert.ok(image.startsWith(raw), image);
      assert.ok(
        fs.existsSync(path.join(ROOT, decodeURI(image.slice(raw.length)))),
        `${image} is not in the repository`,
      );
    }
  });

  it("links the README's documents on the repository, since the extension's page opens only web addresses", async () => {
    const readme = await fileOf(vsix, "extension/readme.md");
    const relative = [...readme.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
      .map((m) => m[1])
      .filter((target) => !/^(#|[a-z][a-z0-9+.-]*:)/i.test(target));
    assert.deepEqual(relative, []);
  });

  it("leaves sources, tests, source maps and node_modules out", () => {
    const leaks = entries.filter(
      (entry) =>
        /^extension\/(src|test|out|e2e|bench|scripts|node_modules)\//.test(entry) ||
        entry.endsWith(".map") ||
        entry.endsWith(".ts"),
    );
    assert.deepEqual(leaks, []);
  });

  it("ships nothing but the manifest, its documents, the bundles, the grammars and media", () => {
    assert.deepEqual(
      entries.filter((entry) => !SHIPPED.some((pattern) => pattern.test(entry))),
      [],
      "add the file to .vscodeignore, or to SHIPPED if users need it",
    );
  });

  it("has the 128×128 PNG icon the Marketplace asks for", () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], "IHDR width and height");
  });

  it("stays within the 600 KB budget: the bundles are minified and carry their dependencies once", () => {
    assert.ok(fs.statSync(vsix).size <= 600 * 1024, `${fs.statSync(vsix).size} bytes`);
  });
});

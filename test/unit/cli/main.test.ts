import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../../src/cli/format/json";
import { ROOT } from "./paths";
import { Run, saysWho } from "./run";
import { sarifSchemaErrors } from "./sarif-schema";

function json(...args: string[]): { status: number | null; report: JsonReport } {
  const run = saysWho("check", "--format", "json", ...args);
  assert.equal(run.stderr, "");
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

const fixture = (...parts: string[]) => join("test/fixtures/cli", ...parts);
const scratch = mkdtempSync(join(tmpdir(), "says-who-cli-"));

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** One line on stderr, no stack trace, exit 2. */
function assertUsageError(run: Run, message: RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, /^says-who: [^\n]+\n$/);
  assert.match(run.stderr, message);
}

describe("says-who check (the built CLI)", () => {
  describe("exit status", () => {
    it("is 0 for a draft whose quotes and numbers are all attributed", () => {
      const { status, report } = json(fixture("attributed.md"));
      assert.equal(status, 0);
      assert.deepEqual(report.files[0].findings.filter((f) => f.code.startsWith("unattributed-")), []);
    });

    it("is 1 when a draft has an unattributed quote or number", () => {
      const { status, report } = json(fixture("unattributed.md"));
      assert.equal(status, 1);
      assert.deepEqual(report.files[0].findings.map((f) => [f.code, f.text]), [
        ["unattributed-number", "40 homes"],
        ["unattributed-quote", "“Nobody expected the wind to turn so fast, and by midnight the whole ridge was burning.”"],
      ]);
    });

    it("is 0 when the only findings are weak attribution and a malformed directive, which are still reported", () => {
      const { status, report } = json(fixture("advice-only.md"));
      assert.equal(status, 0);
      assert.deepEqual(report.files[0].findings.map((f) => f.code).sort(), ["malformed-directive", "weak-attribution"]);
    });

    it("is 0 with no findings for an empty draft", () => {
      const { status, report } = json(fixture("empty.md"));
      assert.equal(status, 0);
      assert.deepEqual(report, { version: 1, files: [{ path: fixture("empty.md"), findings: [] }] });
    });

    it("is 1 when any of several drafts has an unattributed claim, and reports them in order", () => {
      const { status, report } = json(fixture("attributed.md"), fixture("unattributed.md"), fixture("empty.md"));
      assert.equal(status, 1);
      assert.deepEqual(report.files.map((f) => f.path), [fixture("attributed.md"), fixture("unattributed.md"), fixture("empty.md")]);
    });
  });

  describe("usage errors and unreadable input (exit 2, one line on stderr)", () => {
    it("rejects a command line without a draft", () => {
      assertUsageError(saysWho("check", "--source", fixture("kursk", "source.txt")), /missing required argument 'draft'/);
    });

    it("rejects an unknown format", () => {
      assertUsageError(saysWho("check", "--format", "xml", fixture("attributed.md")), /'xml' is invalid\. Allowed choices are text, json, sarif/);
    });

    it("rejects an unknown command", () => {
      assertUsageError(saysWho("lint", fixture("attributed.md")), /unknown command 'lint'/);
    });

    it("names a draft that does not exist", () => {
      assertUsageError(saysWho("check", fixture("attributed.md"), "drafts/missing.md"), /^says-who: error: cannot read draft 'drafts\/missing\.md': no such file\n$/);
    });

    it("names a source that does not exist", () => {
      assertUsageError(saysWho("check", "--source", "wire.txt", fixture("attributed.md")), /cannot read source 'wire\.txt': no such file/);
    });

    it("refuses a directory given as a source", () => {
      assertUsageError(saysWho("check", "--source", fixture("kursk"), fixture("attributed.md")), /source 'test\/fixtures\/cli\/kursk' is a directory, not a file/);
    });

    it("refuses a binary file", () => {
      const path = scratchFile("photo.md", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
      assertUsageError(saysWho("check", path), /draft '.*photo\.md' looks like a binary file \(it contains NUL bytes\)/);
    });

    it("refuses a draft that is not UTF-8", () => {
      const path = scratchFile("latin1.md", Buffer.from("Le président a déclaré: « Non ».\n", "latin1"));
      assertUsageError(saysWho("check", path), /draft '.*latin1\.md' is not valid UTF-8; save it as UTF-8 and try again/);
    });

    it("refuses a malformed config file", () => {
      const path = scratchFile("says-who.json", '{ "numberScope": "article" }');
      assertUsageError(saysWho("check", "--config", path, fixture("attributed.md")), /config '.*says-who\.json': "numberScope" must be one of "sentence", "paragraph"/);
    });

    it("names the draft whose front matter points at a missing source", () => {
      assertUsageError(saysWho("check", fixture("front-matter", "missing-source.md")), /no such file \(named in the front matter of 'test\/fixtures\/cli\/front-matter\/missing-source\.md'\)/);
    });

    it("writes no report when one of several drafts cannot be read", () => {
      assertUsageError(saysWho("check", "--format", "json", fixture("unattributed.md"), "nowhere.md"), /cannot read draft 'nowhere\.md'/);
    });
  });

  describe("--format json", () => {
    it("gives offsets into the draft, 1-based line and column, and the claim's text", () => {
      const { report } = json("--source", fixture("kursk", "source.txt"), fixture("kursk", "draft.md"));
      const text = readFileSync(join(ROOT, fixture("kursk", "draft.md")), "utf8");
      const lines = text.split("\n");
      assert.ok(report.files[0].findings.length > 0);
      for (const f of report.files[0].findings) {
        assert.equal(text.slice(f.start, f.end), f.text);
        assert.equal(lines[f.line - 1].slice(f.column - 1, f.column - 1 + 10), f.text.slice(0, 10));
        assert.equal(typeof f.message, "string");
        for (const fix of f.fixes) assert.deepEqual(Object.keys(fix), ["title", "edits"]);
      }
    });

    it("flags the seed article's own-voice number 'roughly 300 square miles'", () => {
      const { report } = json("--source", fixture("kursk", "source.txt"), fixture("kursk", "draft.md"));
      const number = report.files[0].findings.find((f) => f.text.includes("300 square miles"));
      assert.equal(number?.code, "unattributed-number");
      assert.ok(number.fixes.length > 0, "a number found in the source article has a fix");
    });

    it("counts a CRLF as one line break and keeps offsets in the CRLF text", () => {
      const lf = readFileSync(join(ROOT, fixture("unattributed.md")), "utf8");
      const crlf = scratchFile("crlf.md", lf.replace(/\n/g, "\r\n"));
      const [plain, windows] = [json(fixture("unattributed.md")).report, json(crlf).report].map((r) => r.files[0].findings);
      assert.deepEqual(windows.map((f) => [f.line, f.column, f.text]), plain.map((f) => [f.line, f.column, f.text]));
      assert.deepEqual(windows.map((f) => f.start), plain.map((f) => f.start + f.line - 1));
    });

    it("drops a BOM, so offsets match the text an editor holds", () => {
      const lf = readFileSync(join(ROOT, fixture("unattributed.md")));
      const bom = scratchFile("bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lf]));
      const [plain, withBom] = [json(fixture("unattributed.md")).report, json(bom).report].map((r) => r.files[0].findings);
      assert.deepEqual(withBom.map((f) => [f.start, f.end, f.line, f.column]), plain.map((f) => [f.start, f.end, f.line, f.column]));
    });

    it("uses the sources a draft's front matter names", () => {
      const { report } = json(fixture("front-matter", "draft.md"));
      const quote = report.files[0].findings.find((f) => f.code === "unattributed-quote");
      assert.equal(quote?.evidence?.source, fixture("front-matter", "wire.txt"));
      assert.match(quote?.evidence?.speaker ?? "", /Lindqvist/);
    });

    it("passes the config's options to the checker", () => {
      assert.equal(json(fixture("neighbour.md")).status, 1);
      const widened = json("--config", fixture("config-paragraph.json"), fixture("neighbour.md"));
      assert.equal(widened.status, 0);
    });

    it("never writes to the drafts", () => {
      const path = scratchFile("untouched.md", readFileSync(join(ROOT, fixture("unattributed.md"))));
      const before = readFileSync(path);
      json(path);
      assert.deepEqual(readFileSync(path), before);
    });
  });

  describe("--format text", () => {
    it("prints the path, a line per finding and a summary, without colour when piped", () => {
      const run = saysWho("check", fixture("unattributed.md"));
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^test\/fixtures\/cli\/unattributed\.md\n {2}3:20 +warning +.+ +unattributed-number\n/);
      assert.match(run.stdout, /\n✖ 2 problems \(1 unattributed quote, 1 unattributed number\)\n$/);
      assert.doesNotMatch(run.stdout, /\u001b\[/);
    });

    it("is the default format", () => {
      assert.equal(saysWho("check", fixture("attributed.md")).stdout, "✔ No problems (1 draft checked)\n");
    });
  });

  describe("--format sarif", () => {
    it("writes a log that is valid against the SARIF 2.1.0 schema", () => {
      const run = saysWho("check", "--format", "sarif", "--source", fixture("kursk", "source.txt"), fixture("kursk", "draft.md"), fixture("unattributed.md"));
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
      const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
      assert.deepEqual([...uris], ["test/fixtures/cli/kursk/draft.md", "test/fixtures/cli/unattributed.md"]);
    });
  });

  it("prints its version", () => {
    const run = saysWho("--version");
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("checks a 5 MB draft", function () {
    this.timeout(120_000);
    const dir = join(scratch, "large");
    mkdirSync(dir);
    const paragraph = readFileSync(join(ROOT, fixture("unattributed.md")), "utf8").split("\n\n").slice(1).join("\n\n");
    const path = scratchFile("large/draft.md", `${paragraph}\n\n`.repeat(Math.ceil(5_000_000 / paragraph.length)));
    const { status, report } = json(path);
    assert.equal(status, 1);
    assert.ok(report.files[0].findings.length > 40_000);
  });
});

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JsonReport } from "../../../src/cli/format/json";
import { CLI, ROOT } from "./paths";
import { saysWho, saysWhoInProcess, saysWhoWith } from "./run";
import { sarifSchemaErrors } from "./sarif-schema";
import { assertOneLineError, scratchFolder } from "./scratch";

function json(...args: string[]): { status: number | null; report: JsonReport } {
  const run = saysWho("check", "--format", "json", ...args);
  assert.equal(run.stderr, "");
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
}

const fixture = (...parts: string[]) => join("test/fixtures/cli", ...parts);
const { dir: scratch, write: scratchFile } = scratchFolder("cli");

/** Every file under a folder with its bytes and modification time. */
function snapshot(dir: string): Map<string, { bytes: Buffer; mtimeMs: number }> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
  return new Map(files.map((path) => [path, { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }]));
}

describe("says-who check (the built CLI)", () => {
  describe("exit status", () => {
    it("is 0 for a draft whose quotes and numbers are all attributed", () => {
      const { status, report } = json(fixture("attributed.md"));
      assert.equal(status, 0);
      assert.deepEqual(
        report.files[0].findings.filter((f) => f.code.startsWith("unattributed-")),
        [],
      );
    });

    it("is 1 when a draft has an unattributed quote or number", () => {
      const { status, report } = json(fixture("unattributed.md"));
      assert.equal(status, 1);
      assert.deepEqual(
        report.files[0].findings.map((f) => [f.code, f.text]),
        [
          ["unattributed-number", "40 homes"],
          [
            "unattributed-quote",
            "“Nobody expected the wind to turn so fast, and by midnight the whole ridge was burning.”",
          ],
        ],
      );
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
      assert.deepEqual(
        report.files.map((f) => f.path),
        [fixture("attributed.md"), fixture("unattributed.md"), fixture("empty.md")],
      );
    });
  });

  describe("usage errors and unreadable input (exit 2, one line on stderr)", () => {
    it("rejects a command line without a draft", () => {
      assertOneLineError(
        saysWho("check", "--source", fixture("kursk", "source.txt")),
        /missing required argument 'draft'/,
      );
    });

    it("rejects an unknown format", () => {
      assertOneLineError(
        saysWho("check", "--format", "xml", fixture("attributed.md")),
        /'xml' is invalid\. Allowed choices are text, json, sarif/,
      );
    });

    it("rejects an unknown command", () => {
      assertOneLineError(saysWho("lint", fixture("attributed.md")), /unknown command 'lint'/);
    });

    it("names a draft that does not exist", () => {
      assertOneLineError(
        saysWho("check", fixture("attributed.md"), "drafts/missing.md"),
        /^says-who: error: cannot read draft 'drafts\/missing\.md': no such file\n$/,
      );
    });

    it("names a source that does not exist", () => {
      assertOneLineError(
        saysWho("check", "--source", "wire.txt", fixture("attributed.md")),
        /cannot read source 'wire\.txt': no such file/,
      );
    });

    it("refuses a directory given as a source", () => {
      assertOneLineError(
        saysWho("check", "--source", fixture("kursk"), fixture("attributed.md")),
        /source 'test\/fixtures\/cli\/kursk' is a directory, not a file/,
      );
    });

    it("refuses a binary file", () => {
      const path = scratchFile(
        "photo.md",
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      );
      assertOneLineError(
        saysWho("check", path),
        /draft '.*photo\.md' looks like a binary file \(it contains NUL bytes\)/,
      );
    });

    it("refuses a draft that is not UTF-8", () => {
      const path = scratchFile("latin1.md", Buffer.from("Le président a déclaré: « Non ».\n", "latin1"));
      assertOneLineError(
        saysWho("check", path),
        /draft '.*latin1\.md' is not valid UTF-8; save it as UTF-8 and try again/,
      );
    });

    it("refuses a malformed config file", () => {
      const path = scratchFile("says-who.json", '{ "numberScope": "article" }');
      assertOneLineError(
        saysWho("check", "--config", path, fixture("attributed.md")),
        /config '.*says-who\.json': "numberScope" must be one of "sentence", "paragraph"/,
      );
    });

    it("writes no report when one of several drafts cannot be read", () => {
      assertOneLineError(
        saysWho("check", "--format", "json", fixture("unattributed.md"), "nowhere.md"),
        /cannot read draft 'nowhere\.md'/,
      );
    });
  });

  describe("source articles that cannot be used", () => {
    const { dir: desk, write } = scratchFolder("bad-sources");
    const fifo = join(desk, "wire.fifo");
    spawnSync("mkfifo", [fifo]);
    const big = join(desk, "big.txt");
    writeFileSync(big, "");
    truncateSync(big, 50 * 1024 * 1024);
    symlinkSync("loop-b.txt", join(desk, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(desk, "loop-b.txt"));
    mkdirSync(join(desk, "wires"));
    const outside = scratchFolder("outside").write("secret.txt", "“Keep this to yourself,” said Gene Hackett.\n");
    const quote =
      "“We will keep the port shut until the talks resume.” The strike entered its second week on Monday.\n";
    const BAD: [string, RegExp][] = [
      [fifo, /is a named pipe, not a file; Says Who reads only files$/],
      ["/dev/zero", /source '\/dev\/zero' is a device, not a file; Says Who reads only files$/],
      [join(desk, "wires"), /is a directory, not a file$/],
      [join(desk, "loop-a.txt"), /too many symbolic links \(a link that points back at itself\?\)$/],
      [big, /is over the 2 MB limit; it is not read$/],
      [
        "https://example.org/2026/strike",
        /is a URL; Says Who reads only local files \(save the article as text and name the file\)$/,
      ],
    ];

    for (const [source, message] of BAD) {
      it(`refuses ${source.replace(desk, "a temporary folder")} given with --source: exit 2, one line`, () => {
        const run = saysWhoWith({ cwd: desk }, "check", "--source", source, write("strike.md", quote));
        assertOneLineError(run, new RegExp(`^says-who: error: [^\n]*${message.source.replace(/\$$/, "")}\n$`));
      });

      it(`warns of ${source.replace(desk, "a temporary folder")} named in front matter, with the draft's line, and checks the draft`, () => {
        const draft = write("named.md", `---\ntitle: Strike\nsources:\n  - ${source}\n---\n${quote}`);
        const run = saysWhoWith({ cwd: desk }, "check", "--format", "json", "--sources-root", "/", draft);
        assert.equal(run.status, 1, run.stderr);
        assert.match(run.stderr, new RegExp(`^says-who: warning: ${draft}:4: `));
        assert.match(
          run.stderr,
          new RegExp(`${message.source.replace(/\$$/, "")}; the draft is checked without it\n$`),
        );
        assert.equal(run.stderr.split("\n").length, 2);
        assert.equal((JSON.parse(run.stdout) as JsonReport).files[0].findings[0].code, "unattributed-quote");
      });
    }

    it("refuses a front-matter source outside the sources root (the working directory unless --sources-root is given)", () => {
      const draft = write("leak.md", `---\nsources: [${outside}]\n---\n${quote}`);
      const refused = saysWhoWith({ cwd: desk }, "check", "--format", "json", draft);
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        /^says-who: warning: .*leak\.md:2: source '.*secret\.txt' is outside the sources root '.*' \(--sources-root\); it is not read; the draft is checked without it\n$/,
      );
      assert.doesNotMatch(refused.stdout, /Hackett|Keep this/);
      const allowed = saysWhoWith({ cwd: desk }, "check", "--format", "json", "--sources-root", "/", draft);
      assert.equal(allowed.stderr, "");
    });

    it("warns of a missing front-matter source and still exits with the draft's own status", () => {
      const run = saysWho("check", fixture("front-matter", "missing-source.md"));
      assert.equal(run.status, 0);
      assert.equal(
        run.stderr,
        "says-who: warning: test/fixtures/cli/front-matter/missing-source.md:2: cannot read source 'test/fixtures/cli/front-matter/nowhere.txt': no such file; the draft is checked without it\n",
      );
    });

    it("refuses a sources root that is not there", () => {
      assertOneLineError(
        saysWhoWith({ cwd: desk }, "check", "--sources-root", "nowhere", write("root.md", quote)),
        /^says-who: error: cannot use sources root 'nowhere': no such file\n$/,
      );
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

    it("names the publication given with --publication for a number the source states in its own voice", () => {
      const source = scratchFile(
        "wire-no-byline.txt",
        "Ukraine has lost about 40 percent of the ground it took in Kursk.\n",
      );
      const draft = scratchFile(
        "own-voice.md",
        "Since the fall, Ukraine has lost about 40 percent of the ground it took in Kursk.\n",
      );
      const fixText = (...extra: string[]) =>
        json("--source", source, ...extra, draft).report.files[0].findings[0].fixes[0].edits[0].newText;
      assert.match(fixText(), /according to PUBLICATION/);
      assert.match(fixText("--publication", "Wikinews"), /according to Wikinews/);
    });

    it("reads the publication and the sources from the .sayswho.json above the draft", () => {
      const { write } = scratchFolder("desk");
      write(".sayswho.json", '{ "publication": "The Harbour Gazette", "sources": ["wire/tuesday.txt"] }');
      write("wire/tuesday.txt", "Dockworkers unloaded about 700 containers on the first day back.\n");
      const draft = write(
        "metro/strike.md",
        "After the strike, dockworkers unloaded about 700 containers on the first day back.\n",
      );
      const [finding] = json(draft).report.files[0].findings;
      assert.match(finding.fixes[0].edits[0].newText, /according to The Harbour Gazette/);
    });

    it("checks a folder's drafts but not the source articles its .sayswho.json names", () => {
      const { dir, write } = scratchFolder("desk-folder");
      write(".sayswho.json", '{ "sources": ["wire/tuesday.txt", "release.txt"] }');
      write("wire/tuesday.txt", "Dockworkers unloaded about 700 containers on the first day back.\n");
      write("release.txt", "The port said 12 cranes were idle during the strike.\n");
      write("strike.md", "After the strike, dockworkers unloaded about 700 containers on the first day back.\n");
      const { report } = json(dir);
      assert.deepEqual(
        report.files.map((f) => f.path.slice(dir.length + 1)),
        ["strike.md"],
      );
      assert.match(report.files[0].findings[0].fixes[0].edits[0].newText, /according to/);
    });

    it("counts a run of uncredited copy from --copy-words, over the .sayswho.json's copyWords", () => {
      const { write } = scratchFolder("desk-copy");
      write(".sayswho.json", '{ "copyWords": 30 }');
      write(
        "wire.txt",
        "The harbour authority closed the north pier on Monday after a barge struck two of its pilings in fog.\n",
      );
      const draft = write(
        "pier.md",
        "The harbour authority closed the north pier on Monday after a barge struck its pilings in fog.\n",
      );
      const copies = (...extra: string[]) =>
        json("--source", join(draft, "..", "wire.txt"), ...extra, draft).report.files[0].findings.filter(
          (f) => f.code === "uncredited-copy",
        );
      assert.deepEqual(copies(), [], "thirteen copied words are under the file's thirty");
      assert.deepEqual(
        copies("--copy-words", "12").map((f) => f.text),
        ["The harbour authority closed the north pier on Monday after a barge struck"],
      );
    });

    it("takes --config instead of the .sayswho.json above the draft", () => {
      const { write } = scratchFolder("desk-given");
      write(".sayswho.json", '{ "numberScope": "article" }');
      const given = write("house.json", '{ "severities": { "unattributed-number": "error" } }');
      const draft = write("strike.md", "Dockworkers unloaded about 700 containers on the first day back.\n");
      assert.equal(json("--config", given, draft).report.files[0].findings[0].severity, "error");
      assertOneLineError(saysWho("check", draft), /config '.*\.sayswho\.json': "numberScope" must be one of/);
    });

    it("flags the seed article's own-voice number 'roughly 300 square miles'", () => {
      const { report } = json("--source", fixture("kursk", "source.txt"), fixture("kursk", "draft.md"));
      const number = report.files[0].findings.find(
        (f) => f.code.startsWith("unattributed") && f.text.includes("300 square miles"),
      );
      assert.equal(number?.code, "unattributed-number");
      assert.ok(number.fixes.length > 0, "a number found in the source article has a fix");
    });

    it("counts a CRLF as one line break and keeps offsets in the CRLF text", () => {
      const lf = readFileSync(join(ROOT, fixture("unattributed.md")), "utf8");
      const crlf = scratchFile("crlf.md", lf.replace(/\n/g, "\r\n"));
      const [plain, windows] = [json(fixture("unattributed.md")).report, json(crlf).report].map(
        (r) => r.files[0].findings,
      );
      assert.deepEqual(
        windows.map((f) => [f.line, f.column, f.text]),
        plain.map((f) => [f.line, f.column, f.text]),
      );
      assert.deepEqual(
        windows.map((f) => f.start),
        plain.map((f) => f.start + f.line - 1),
      );
    });

    it("drops a BOM, so offsets match the text an editor holds", () => {
      const lf = readFileSync(join(ROOT, fixture("unattributed.md")));
      const bom = scratchFile("bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), lf]));
      const [plain, withBom] = [json(fixture("unattributed.md")).report, json(bom).report].map(
        (r) => r.files[0].findings,
      );
      assert.deepEqual(
        withBom.map((f) => [f.start, f.end, f.line, f.column]),
        plain.map((f) => [f.start, f.end, f.line, f.column]),
      );
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
  });

  describe("what DRAFT arguments name", () => {
    const desk = join(scratch, "Kursk desk");
    const draftName = "Černá hora – návrh 2.md";
    before(() => {
      mkdirSync(join(desk, "node_modules", "pkg"), { recursive: true });
      copyFileSync(join(ROOT, fixture("kursk", "draft.md")), join(desk, draftName));
      copyFileSync(join(ROOT, fixture("kursk", "source.txt")), join(desk, "source.txt"));
      writeFileSync(
        join(desk, "draft.md"),
        `---\nsources: [source.txt]\n---\n${readFileSync(join(ROOT, fixture("kursk", "draft.md")), "utf8")}`,
      );
      copyFileSync(join(ROOT, fixture("unattributed.md")), join(desk, "node_modules", "pkg", "README.md"));
      copyFileSync(join(ROOT, fixture("unattributed.md")), join(desk, "fire.txt"));
    });

    it("reports a path with spaces and non-ASCII letters as given, and percent-encodes it in SARIF", () => {
      const path = join(desk, draftName);
      assert.equal(json("--source", join(desk, "source.txt"), path).report.files[0].path, path);
      const text = saysWho("check", path);
      assert.equal(text.stdout.split("\n")[0], path);
      const log = JSON.parse(saysWhoWith({ cwd: desk }, "check", "--format", "sarif", draftName).stdout);
      assert.equal(
        log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
        "%C4%8Cern%C3%A1%20hora%20%E2%80%93%20n%C3%A1vrh%202.md",
      );
    });

    it("checks a directory's drafts in sorted order, skipping node_modules and the source article a draft names", () => {
      const run = saysWhoWith({ cwd: scratch }, "check", "--format", "json", "Kursk desk");
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(
        report.files.map((f) => f.path),
        [join("Kursk desk", "draft.md"), join("Kursk desk", "fire.txt"), join("Kursk desk", draftName)],
      );
      assert.ok(report.files[0].findings.some((f) => f.evidence?.source === join("Kursk desk", "source.txt")));
    });

    it("expands a quoted glob pattern itself, relative to the working directory", () => {
      const run = saysWhoWith({ cwd: scratch }, "check", "--format", "json", "Kursk desk/**/*.md");
      assert.deepEqual(
        (JSON.parse(run.stdout) as JsonReport).files.map((f) => f.path),
        [join("Kursk desk", "draft.md"), join("Kursk desk", draftName)],
      );
    });

    it("reads a draft from standard input as <stdin>, its front-matter sources relative to the working directory", () => {
      const input = readFileSync(join(desk, "draft.md"));
      const run = saysWhoWith({ cwd: desk, input }, "check", "--format", "json", "-");
      assert.equal(run.status, 1, run.stderr);
      const [file] = (JSON.parse(run.stdout) as JsonReport).files;
      assert.equal(file.path, "<stdin>");
      assert.ok(file.findings.some((f) => f.evidence?.source === "source.txt"));
      const offsets = json("--source", join(desk, "source.txt"), join(desk, "draft.md")).report.files[0].findings.map(
        (f) => [f.start, f.end],
      );
      assert.deepEqual(
        file.findings.map((f) => [f.start, f.end]),
        offsets,
      );
    });

    it("never writes to the drafts or the sources, whatever the format", () => {
      const before = snapshot(desk);
      const text = saysWhoWith({ cwd: scratch }, "check", "Kursk desk", "Kursk desk/*.txt");
      assert.equal(text.status, 1, text.stderr);
      // The other formats and standard input run in this process (the same code, without a child's start-up time).
      for (const format of ["json", "sarif"])
        assert.equal(saysWhoInProcess(undefined, "check", "--format", format, desk, join(desk, "*.txt")).status, 1);
      assert.equal(
        saysWhoInProcess(readFileSync(join(desk, draftName)), "check", "-", "--source", join(desk, "source.txt"))
          .status,
        1,
      );
      assert.deepEqual(snapshot(desk), before);
    });

    it("refuses a draft the user may not read, with one line", () => {
      // Root reads every file, so the check runs as 'nobody' when the suite runs as root.
      const asRoot = process.getuid?.() === 0;
      const dir = mkdtempSync(join(tmpdir(), "says-who-private-"));
      chmodSync(dir, 0o755);
      const cli = join(dir, "cli.js");
      copyFileSync(CLI, cli);
      const path = join(dir, "private.md");
      writeFileSync(path, "The council met on Monday.\n");
      chmodSync(path, 0o000);
      const run = spawnSync(process.execPath, [cli, "check", path], {
        cwd: dir,
        encoding: "utf8",
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      assertOneLineError(
        { status: run.status, stdout: run.stdout, stderr: run.stderr },
        /cannot read draft '.*private\.md': permission denied/,
      );
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
      const run = saysWho(
        "check",
        "--format",
        "sarif",
        "--source",
        fixture("kursk", "source.txt"),
        fixture("kursk", "draft.md"),
        fixture("unattributed.md"),
      );
      assert.equal(run.status, 1);
      const log = JSON.parse(run.stdout);
      assert.deepEqual(sarifSchemaErrors(log), []);
      const uris = new Set(
        log.runs[0].results.map(
          (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            r.locations[0].physicalLocation.artifactLocation.uri,
        ),
      );
      assert.deepEqual([...uris], ["test/fixtures/cli/kursk/draft.md", "test/fixtures/cli/unattributed.md"]);
    });
  });

  it("prints its version", () => {
    const run = saysWho("--version");
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  });

  it("checks a draft of 27,000 hard-wrapped lines", function () {
    this.timeout(120_000);
    const outage =
      "The storm knocked out power to 12,000 homes across the county\non Tuesday night, and crews worked through the rain to restore\nit before the morning commute began.";
    const quote =
      "“We will have everyone back by Friday,” the utility’s spokeswoman,\nMaria Lopez, said in a statement released\non Wednesday morning.";
    const paragraphs = Array.from({ length: 6752 }, (_, i) => (i % 2 === 0 ? outage : quote));
    const path = scratchFile("long/draft.md", `${paragraphs.join("\n\n")}\n`);
    assert.ok(readFileSync(path, "utf8").split("\n").length > 27_000);
    const run = saysWho("check", path);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /\n✖ 3376 problems \(3376 unattributed numbers\)\n$/);
  });

  it("checks a 5 MB draft", function () {
    this.timeout(120_000);
    const dir = join(scratch, "large");
    mkdirSync(dir);
    const paragraph = readFileSync(join(ROOT, fixture("unattributed.md")), "utf8")
      .split("\n\n")
      .slice(1)
      .join("\n\n");
    const path = scratchFile("large/draft.md", `${paragraph}\n\n`.repeat(Math.ceil(5_000_000 / paragraph.length)));
    const { status, report } = json(path);
    assert.equal(status, 1);
    assert.ok(report.files[0].findings.length > 40_000);
  });
});

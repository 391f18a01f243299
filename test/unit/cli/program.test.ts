import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import type { JsonReport } from "../../../src/cli/format/json";
import { oneLine } from "../../../src/cli/program";
import { ROOT } from "./paths";
import { Run, saysWhoInProcess } from "./run";
import { assertOneLineError, scratchFolder } from "./scratch";

const { dir: scratch, write: scratchFile } = scratchFolder("program");
const fixture = (...parts: string[]) => join(ROOT, "test/fixtures/cli", ...parts);

const check = (...args: string[]): Run => saysWhoInProcess(undefined, "check", ...args);

describe("cli/program", () => {
  describe("run: every bad input exits 2 with one line on stderr", () => {
    const attributed = fixture("attributed.md");
    const cases: [string, () => string[], RegExp][] = [
      [
        "a draft that does not exist",
        () => [join(scratch, "no such draft.md")],
        /cannot read draft '.*no such draft\.md': no such file$/m,
      ],
      [
        "a glob pattern that matches nothing",
        () => [join(scratch, "*.rtf")],
        /no file matches the pattern '.*\*\.rtf'/,
      ],
      [
        "a directory with no drafts",
        () => [mkdtempSync(join(scratch, "images-"))],
        /holds no drafts \(\*\.md, \*\.markdown, \*\.txt\)/,
      ],
      [
        "a binary draft",
        () => [scratchFile("scan.md", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00]))],
        /draft '.*scan\.md' looks like a binary file/,
      ],
      [
        "a draft that is not UTF-8",
        () => [scratchFile("cp1252.md", Uint8Array.from([0x93, 0x4e, 0x6f, 0x94]))],
        /draft '.*cp1252\.md' is not valid UTF-8/,
      ],
      [
        "a source that does not exist",
        () => ["--source", join(scratch, "wire.txt"), attributed],
        /cannot read source '.*wire\.txt': no such file/,
      ],
      [
        "a binary source",
        () => ["--source", scratchFile("wire.pdf", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00])), attributed],
        /source '.*wire\.pdf' looks like a binary file/,
      ],
      [
        "a config file that does not exist",
        () => ["--config", join(scratch, "says-who.json"), attributed],
        /cannot read config '.*says-who\.json': no such file/,
      ],
      [
        "a config file that is not JSON",
        () => ["--config", scratchFile("bad.json", "{ numberScope: "), attributed],
        /config '.*bad\.json': not valid JSON/,
      ],
      [
        "an unknown option, with commander's suggestion on the same line",
        () => ["--formt", "json", attributed],
        /unknown option '--formt' \(Did you mean --format\?\)$/m,
      ],
      ["a missing DRAFT argument", () => ["--format", "json"], /missing required argument 'draft'/],
      ["a missing option value", () => [attributed, "--source"], /option '-s, --source <file>' argument missing/],
      [
        "an unknown format",
        () => ["--format", "docx", attributed],
        /'docx' is invalid\. Allowed choices are text, json, sarif/,
      ],
      [
        "a run of uncredited copy shorter than the config file allows",
        () => ["--copy-words", "2", attributed],
        /'2' is invalid\. It must be a whole number from 3 to 100\.$/m,
      ],
      [
        "a run of uncredited copy that is not a number",
        () => ["--copy-words", "ten", attributed],
        /'ten' is invalid\. It must be a whole number from 3 to 100\.$/m,
      ],
      [
        "a symbolic link loop",
        () => [join(scratch, "loop.md")],
        /cannot read draft '.*loop\.md': too many symbolic links/,
      ],
    ];
    before(() => symlinkSync(join(scratch, "loop.md"), join(scratch, "loop.md")));

    for (const [what, args, message] of cases) {
      it(`for ${what}`, () => assertOneLineError(check(...args()), message));
    }

    it("for no command at all, rather than commander's whole help", () => {
      assertOneLineError(saysWhoInProcess(undefined), /missing command/);
      assertOneLineError(saysWhoInProcess(undefined, "--"), /missing command/);
    });

    it("for a path with a newline in its name, escaped to stay on one line", () => {
      assertOneLineError(check(join(scratch, "two\nlines.md")), /two\\nlines\.md': no such file/);
    });
  });

  describe("run: reports", () => {
    it("checks standard input named `-` and reports it as <stdin>", () => {
      const stdin = new TextEncoder().encode("The fire destroyed 40 homes in the valley overnight.\n");
      const run = saysWhoInProcess(stdin, "check", "--format", "json", "-");
      assert.equal(run.status, 1);
      const report = JSON.parse(run.stdout) as JsonReport;
      assert.deepEqual(
        report.files.map((f) => [f.path, f.findings.map((x) => x.text)]),
        [["<stdin>", ["40 homes"]]],
      );
    });

    it("checks a directory's drafts but not the source article a draft's front matter names", () => {
      const desk = mkdtempSync(join(scratch, "desk-"));
      for (const name of ["draft.md", "wire.txt"]) copyFileSync(fixture("front-matter", name), join(desk, name));
      const run = check("--format", "json", "--sources-root", desk, desk);
      assert.equal(run.stderr, "");
      const [file] = (JSON.parse(run.stdout) as JsonReport).files;
      assert.equal(file.path, join(desk, "draft.md"));
      assert.equal(
        file.findings.find((f) => f.code === "unattributed-quote")?.evidence?.source,
        join(desk, "wire.txt"),
      );
    });

    it("exits 0 for help and the version, written to stdout", () => {
      const help = saysWhoInProcess(undefined, "check", "--help");
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: says-who check \[options\] <draft\.\.\.>/);
      assert.match(saysWhoInProcess(undefined, "--version").stdout, /^\d+\.\d+\.\d+\n$/);
    });
  });

  describe("oneLine", () => {
    it("escapes newlines and other control characters in a message", () => {
      assert.equal(oneLine("cannot read draft 'a\nb\rc\u0007.md'\n"), "cannot read draft 'a\\nb\\rc\\u0007.md'");
    });
  });
});

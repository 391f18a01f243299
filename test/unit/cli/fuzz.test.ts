import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { ROOT } from "./paths";
import { Run, saysWhoInProcess, saysWhoWith } from "./run";

const scratch = mkdtempSync(join(tmpdir(), "says-who-fuzz-"));
const SOURCE = join(scratch, "source.txt");
copyFileSync(join(ROOT, "test/fixtures/cli/kursk/source.txt"), SOURCE);
const SEED = readFileSync(join(ROOT, "test/fixtures/cli/kursk/draft.md"));

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Byte strings that break naive readers: marks swapped and doubled, line ends, BOMs, NULs, cut sequences, combining marks. */
const INSERTS = [
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "\r\n",
  "\r",
  "\n\n",
  "\uFEFF",
  "\u0301",
  "😀",
  "---\n",
  "sources: [wire.txt]\n",
  '"'.repeat(200),
].map(utf8);
const RAW_INSERTS = [
  Uint8Array.from([0x00]),
  Uint8Array.from([0xc3]),
  Uint8Array.from([0xed, 0xa0, 0x80]),
  Uint8Array.from([0xff, 0xfe]),
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.constantFrom(...INSERTS, ...RAW_INSERTS),
});

/** The seed draft with a few bytes cut out and others put in at random places. */
const mutatedDraft = fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) =>
  edits.reduce((bytes, { at, remove, insert }) => {
    const i = Math.floor(at * bytes.length);
    return Buffer.concat([bytes.subarray(0, i), insert, bytes.subarray(i + remove)]);
  }, Buffer.from(SEED)),
);

const draftBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ unit: "binary", maxLength: 800 }).map(utf8),
  fc.string({ unit: "grapheme", maxLength: 800 }).map((s) => utf8(`\uFEFF${s}`)),
  mutatedDraft,
);

const formats = fc.constantFrom("text", "json", "sarif");

/** What every run must do, whatever it was given: a known status, a parseable report or one line of error, never a stack trace. */
function assertWellBehaved(run: Run, format: string): void {
  assert.ok([0, 1, 2].includes(run.status ?? -1), `exit status ${run.status}: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "a stack trace");
  if (run.status === 2) {
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^says-who: [^\n]+\n$/);
    assert.doesNotMatch(run.stderr, /internal error/);
    return;
  }
  // A front-matter source that cannot be used is a warning line each; nothing else goes to stderr.
  assert.equal(run.stderr.replace(/^says-who: warning: [^\n]+\n/gm, ""), "");
  if (format !== "text") JSON.parse(run.stdout);
}

let cases = 0;
function writeDraft(bytes: Uint8Array): string {
  const path = join(scratch, `draft ${cases++}.md`);
  writeFileSync(path, bytes);
  return path;
}

describe("the command line under fuzzing", () => {
  it("checks random bytes, random Unicode and mutated drafts without a crash (in process)", function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(draftBytes, formats, fc.boolean(), (bytes, format, withSource) => {
        const path = writeDraft(bytes);
        const run = saysWhoInProcess(
          undefined,
          "check",
          "--format",
          format,
          ...(withSource ? ["--source", SOURCE] : []),
          path,
        );
        assertWellBehaved(run, format);
        if (format === "json" && run.status !== 2) assert.equal(JSON.parse(run.stdout).files[0].path, path);
        assert.deepEqual(readFileSync(path), Buffer.from(bytes), "the draft was changed");
      }),
      { numRuns: 80 },
    );
  });

  it("reads random bytes from standard input without a crash (in process)", function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(draftBytes, (bytes) => {
        const run = saysWhoInProcess(bytes, "check", "--format", "json", "-");
        assertWellBehaved(run, "json");
        if (run.status !== 2) assert.equal(JSON.parse(run.stdout).files[0].path, "<stdin>");
      }),
      { numRuns: 30 },
    );
  });

  it("answers any jumble of commands, options and paths with status 0, 1 or 2 and at most one line of error", function () {
    this.timeout(60_000);
    const paths = fc.string({ maxLength: 12 }).map((name) => join(scratch, name));
    const words = fc.constantFrom(
      "check",
      "style",
      "--format",
      "-f",
      "json",
      "sarif",
      "xml",
      "--source",
      "-s",
      "--config",
      "-c",
      "-",
      "--",
      "--version",
      "-h",
    );
    const token = fc.oneof(
      words,
      paths,
      fc.constant(SOURCE),
      fc.constant(join(scratch, "*.md")),
      fc.string({ maxLength: 8 }).map((s) => `--${s}`),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), draftBytes, (args, stdin) => {
        const run = saysWhoInProcess(stdin, ...args);
        assert.ok([0, 1, 2].includes(run.status ?? -1), `exit status ${run.status}: ${run.stderr}`);
        assert.doesNotMatch(run.stderr, /\n\s+at |internal error/);
        if (run.status === 2) assert.match(run.stderr, /^says-who: [^\n]+\n$/);
      }),
      { numRuns: 150 },
    );
  });

  it("behaves the same as a built child process", function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(draftBytes, formats, (bytes, format) => {
        const path = writeDraft(bytes);
        assertWellBehaved(saysWhoWith({ cwd: scratch }, "check", "--format", format, path), format);
        assertWellBehaved(saysWhoWith({ cwd: scratch, input: bytes }, "check", "--format", format, "-"), format);
      }),
      { numRuns: 6 },
    );
  });
});

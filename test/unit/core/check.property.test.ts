import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkDraft } from "../../../src/core/check";
import { Span } from "../../../src/core/types";

const root = join(__dirname, "..", "..", "..", "..");
const seed = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");

const FRAGMENTS = [
  "“",
  "”",
  '"',
  "'",
  "‘",
  "’",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  ". ",
  ", ",
  ": ",
  "—",
  "# ",
  "> ",
  "1. ",
  "`",
  "```\n",
  "<!-- says-who-disable -->",
  "<!-- says-who-enable -->",
  "<!-- says-who-disable-next-line -->",
  "---\n",
  "said",
  " he said.",
  "according to the ministry",
  "Mr.",
  "U.S.",
  "Jan. 20",
  "about 40 percent",
  "60,000",
  "twelve thousand",
  "one",
  "the 1990s",
  "'90s",
  "rock 'n' roll",
  "Zelensky",
  "😀",
  "e\u0301",
  "\uFEFF",
  "[link](http://x.org/1)",
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertSpan(text: string, span: Span): void {
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `span ${span.start}-${span.end} out of 0-${text.length}`,
  );
  assert.ok(!splitsSurrogate(text, span.start) && !splitsSurrogate(text, span.end), "span splits a surrogate pair");
}

function assertSpansInBounds(text: string): void {
  const { verdicts, findings } = checkDraft(text);
  for (const v of verdicts) assertSpan(text, v.claim);
  for (const f of findings) assertSpan(text, f);
}

function mutate(text: string, edits: { at: number; kind: number }[]): string {
  let out = text;
  for (const { at, kind } of edits) {
    const i = at % (out.length + 1);
    const ch = out[i] ?? "";
    const replacement = ["", ch + ch, '"', "“", "\r\n", "\uFEFF", "😀", "\u0301"][kind];
    out = out.slice(0, i) + replacement + out.slice(i + (kind === 0 || kind === 2 || kind === 3 ? 1 : 0));
  }
  return out;
}

describe("checkDraft invariants (property-based)", () => {
  it("never throws and keeps every span in bounds on random Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        assertSpansInBounds(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and keeps every span in bounds on random Markdown", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        assertSpansInBounds(text);
      }),
      { numRuns: 300 },
    );
  });

  it("survives deleted, doubled and swapped quote marks, CRLF, BOMs and combining marks in the seed draft", () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 7 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const text = mutate(seed, edits);
        assertSpansInBounds(text);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic: checking a draft twice gives the same result", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        assert.deepEqual(checkDraft(text), checkDraft(text));
      }),
      { numRuns: 100 },
    );
  });

  it("quotes each finding's text from the draft exactly", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        for (const v of checkDraft(text).verdicts) assert.equal(v.claim.text, text.slice(v.claim.start, v.claim.end));
      }),
      { numRuns: 200 },
    );
  });

  it("handles ten thousand quote marks and one long unclosed quote", () => {
    assert.doesNotThrow(() => checkDraft('"'.repeat(10000)));
    const long = `“${"the crews kept working through the night and 12 more arrived ".repeat(2000)}`;
    assert.equal(checkDraft(long).verdicts.filter((v) => v.claim.kind === "quote").length, 1);
  });
});

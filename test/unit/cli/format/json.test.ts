import assert from "node:assert/strict";
import { jsonReport, formatJson } from "../../../../src/cli/format/json";
import { findingOn } from "../findings";

const text =
  "# Kursk\n\nGrabsky spoke on Sunday.\n\n“The main idea of this in simple words: to keep Russian forces busy.”\n";
const quote = "“The main idea of this in simple words: to keep Russian forces busy.”";

describe("cli/format/json", () => {
  it("reports each finding with offsets, 1-based line and column, and its text", () => {
    const report = jsonReport([{ path: "draft.md", text, findings: [findingOn(text, quote)] }]);
    assert.equal(report.version, 1);
    assert.equal(report.files[0].path, "draft.md");
    const [f] = report.files[0].findings;
    assert.equal(f.code, "unattributed-quote");
    assert.equal(f.severity, "warning");
    assert.equal(f.start, text.indexOf(quote));
    assert.equal(f.end, f.start + quote.length);
    assert.equal(f.line, 5);
    assert.equal(f.column, 1);
    assert.equal(f.text, quote);
    assert.equal(f.message, "Quote has no attribution: who said it?");
  });

  it("gives evidence and fixes in the contract's shape, preferred fix first", () => {
    const end = text.indexOf(quote) + quote.length;
    const finding = findingOn(text, quote, {
      evidence: { sourceId: "source.txt", start: 900, end: 960, speaker: "Serhiy Grabsky", passage: "…" },
      fixes: [
        {
          title: "Attribute to a source",
          edits: [{ start: end, end, newText: " [source] said." }],
          isPreferred: false,
        },
        {
          title: "Attribute to Grabsky (source article)",
          edits: [{ start: end - 2, end, newText: ",” he said." }],
          isPreferred: true,
        },
      ],
    });
    const [f] = jsonReport([{ path: "draft.md", text, findings: [finding] }]).files[0].findings;
    assert.deepEqual(f.evidence, { source: "source.txt", start: 900, end: 960, speaker: "Serhiy Grabsky" });
    assert.deepEqual(f.fixes, [
      { title: "Attribute to Grabsky (source article)", edits: [{ start: end - 2, end, newText: ",” he said." }] },
      { title: "Attribute to a source", edits: [{ start: end, end, newText: " [source] said." }] },
    ]);
  });

  it("leaves evidence out when the source article does not have the claim", () => {
    const out = JSON.parse(formatJson([{ path: "draft.md", text, findings: [findingOn(text, quote)] }]));
    assert.equal("evidence" in out.files[0].findings[0], false);
  });

  it("lists every draft, including those with no findings", () => {
    const out = JSON.parse(
      formatJson([
        { path: "a.md", text, findings: [] },
        { path: "b.md", text: "", findings: [] },
      ]),
    );
    assert.deepEqual(out, {
      version: 1,
      files: [
        { path: "a.md", findings: [] },
        { path: "b.md", findings: [] },
      ],
    });
  });

  it("counts lines of a CRLF draft once per break", () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const [f] = jsonReport([{ path: "draft.md", text: crlf, findings: [findingOn(crlf, quote)] }]).files[0].findings;
    assert.deepEqual([f.line, f.column, f.start], [5, 1, crlf.indexOf(quote)]);
  });
});

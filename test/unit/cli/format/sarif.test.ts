import assert from "node:assert/strict";
import { join } from "node:path";
import { artifactUri, sarifLog } from "../../../../src/cli/format/sarif";
import { README_URL } from "../../../../src/cli/rules";
import { findingOn } from "../findings";
import { sarifSchemaErrors } from "../sarif-schema";

const text =
  "Ukraine has lost about 40 percent of the ground it took.\r\n\r\n“Russia had to pull almost 60,000 troops off the front.”\r\n";
const quote = "“Russia had to pull almost 60,000 troops off the front.”";
const quoteEnd = text.indexOf(quote) + quote.length;
const firstStop = text.indexOf("took.") + 4;
const findings = [
  findingOn(text, "about 40 percent", {
    code: "unattributed-number",
    fixes: [
      {
        title: "Attribute to The Hill",
        edits: [{ start: firstStop, end: firstStop + 1, newText: ", according to The Hill." }],
        isPreferred: true,
      },
    ],
  }),
  findingOn(text, quote, {
    evidence: { sourceId: "source.txt", start: 120, end: 200, speaker: "Volodymyr Zelensky", passage: "…" },
    fixes: [
      {
        title: "Attribute to Zelensky (source article)",
        edits: [{ start: quoteEnd, end: quoteEnd, newText: " Zelensky wrote." }],
        isPreferred: true,
      },
    ],
  }),
  findingOn(text, "Ukraine has lost", {
    code: "weak-attribution",
    severity: "information",
    message: "Weak attribution.",
  }),
];
const cwd = "/newsroom";
const log = sarifLog([{ path: "/newsroom/drafts/kursk draft.md", text, findings }], cwd);
const run = log.runs[0];

describe("cli/format/sarif", () => {
  it("is valid against the SARIF 2.1.0 schema", () => {
    assert.deepEqual(sarifSchemaErrors(log), []);
  });

  it("describes one rule per code, each linking to its README section", () => {
    const rules = run.tool.driver.rules ?? [];
    assert.deepEqual(
      rules.map((r) => r.id),
      [
        "unattributed-quote",
        "unattributed-number",
        "weak-attribution",
        "malformed-directive",
        "misquote",
        "misattributed-quote",
        "number-mismatch",
        "uncredited-copy",
      ],
    );
    assert.equal(rules[1].helpUri, `${README_URL}#unattributed-number`);
    assert.ok(rules.every((r) => (r.shortDescription?.text ?? "").length > 0));
    assert.equal(run.tool.driver.name, "says-who");
  });

  it("maps severities to levels and points each result at its rule", () => {
    const results = run.results ?? [];
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.ruleIndex, r.level]),
      [
        ["unattributed-number", 1, "warning"],
        ["unattributed-quote", 0, "warning"],
        ["weak-attribution", 2, "note"],
      ],
    );
  });

  it("locates a claim by line, column and UTF-16 offset, counting CRLF as one break", () => {
    const region = run.results?.[1].locations?.[0].physicalLocation?.region;
    assert.deepEqual(region, {
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: quote.length + 1,
      charOffset: text.indexOf(quote),
      charLength: quote.length,
      snippet: { text: quote },
    });
    assert.equal(run.columnKind, "utf16CodeUnits");
  });

  it("gives artifact URIs relative to the working directory, percent-encoded", () => {
    assert.deepEqual(run.results?.[0].locations?.[0].physicalLocation?.artifactLocation, {
      uri: "drafts/kursk%20draft.md",
      uriBaseId: "SRCROOT",
    });
    assert.equal(run.originalUriBaseIds?.SRCROOT.uri, "file:///newsroom/");
    assert.equal(artifactUri(join(cwd, "..", "wire", "a#1.txt"), cwd), "../wire/a%231.txt");
  });

  it("carries fixes as replacements and the source passage as a related location", () => {
    const quoteResult = run.results?.[1];
    assert.deepEqual(quoteResult?.fixes?.[0].artifactChanges[0].replacements[0].insertedContent, {
      text: " Zelensky wrote.",
    });
    assert.deepEqual(quoteResult?.fixes?.[0].artifactChanges[0].replacements[0].deletedRegion.charOffset, quoteEnd);
    assert.equal(quoteResult?.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri, "source.txt");
    assert.match(quoteResult?.relatedLocations?.[0].message?.text ?? "", /Volodymyr Zelensky/);
    assert.equal(run.results?.[2].fixes, undefined);
  });
});

import * as assert from "node:assert/strict";
import { reportCsv, reportJson, reportMarkdown } from "../../../../src/extension/report/reportExport";
import type { ReportRow } from "../../../../src/extension/report/reportRows";

const ROWS: ReportRow[] = [
  {
    kind: "quote",
    status: "unattributed",
    statusText: "Unattributed",
    text: '“We said "no" | twice,” she said.',
    line: 3,
    start: 10,
    end: 40,
    credit: "",
    speaker: "Ruth Abebe",
    sourceId: "wire.txt",
    passage: "“We said no twice,” Abebe said.",
  },
  {
    kind: "number",
    status: "attributed",
    statusText: "Attributed",
    text: "-40%",
    line: 7,
    start: 90,
    end: 94,
    credit: "the ministry said (in its sentence)",
    speaker: "the ministry",
    sourceId: "",
    passage: "",
  },
  {
    kind: "quote",
    status: "ignored",
    statusText: "Ignored (comment on line 8)",
    text: "“We will not be moved.”",
    line: 9,
    start: 120,
    end: 143,
    credit: "",
    speaker: "",
    sourceId: "",
    passage: "",
  },
];

describe("report export", () => {
  it("writes a Markdown table whose cells cannot break the table", () => {
    assert.equal(
      reportMarkdown("draft.md", ROWS),
      [
        "# Sourcing report: draft.md",
        "",
        "1 unattributed · 0 weak · 1 attributed · 1 ignored",
        "",
        "| Line | Kind | Status | Claim | Credit in draft | Speaker | Source | Source passage |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
        '| 3 | quote | Unattributed | “We said "no" \\| twice,” she said. |  | Ruth Abebe | wire.txt | “We said no twice,” Abebe said. |',
        "| 7 | number | Attributed | -40% | the ministry said (in its sentence) | the ministry |  |  |",
        "| 9 | quote | Ignored (comment on line 8) | “We will not be moved.” |  |  |  |  |",
        "",
      ].join("\n"),
    );
  });

  it("writes RFC 4180 CSV with quotes doubled", () => {
    const lines = reportCsv(ROWS).split("\r\n");
    assert.equal(lines[0], '"Line","Kind","Status","Claim","Credit in draft","Speaker","Source","Source passage"');
    assert.equal(
      lines[1],
      '"3","quote","Unattributed","“We said ""no"" | twice,” she said.","","Ruth Abebe","wire.txt","“We said no twice,” Abebe said."',
    );
    assert.equal(lines[3], '"9","quote","Ignored (comment on line 8)","“We will not be moved.”","","","",""');
  });

  it("keeps a spreadsheet from reading a claim as a formula", () => {
    assert.equal(
      reportCsv(ROWS).split("\r\n")[2],
      `"7","number","Attributed","'-40%","the ministry said (in its sentence)","the ministry","",""`,
    );
  });

  it("writes JSON for tools with the same counts, statuses and speakers as the tables", () => {
    const json = JSON.parse(reportJson("draft.md", ROWS));
    assert.deepEqual(json.counts, { unattributed: 1, weak: 0, attributed: 1, ignored: 1 });
    assert.deepEqual(
      json.claims.map((claim: { line: number; status: string; statusText: string; speaker: string }) => [
        claim.line,
        claim.status,
        claim.statusText,
        claim.speaker,
      ]),
      [
        [3, "unattributed", "Unattributed", "Ruth Abebe"],
        [7, "attributed", "Attributed", "the ministry"],
        [9, "ignored", "Ignored (comment on line 8)", ""],
      ],
    );
  });
});

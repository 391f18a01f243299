import * as assert from "node:assert/strict";
import { reportCsv, reportMarkdown } from "../../../../src/extension/report/reportExport";
import type { ReportRow } from "../../../../src/extension/report/reportRows";

const ROWS: ReportRow[] = [
  {
    kind: "quote",
    status: "unattributed",
    text: '“We said "no" | twice,” she said.',
    line: 3,
    start: 10,
    end: 40,
    speaker: "Ruth Abebe",
    sourceId: "wire.txt",
    passage: "“We said no twice,” Abebe said.",
  },
  {
    kind: "number",
    status: "attributed",
    text: "-40%",
    line: 7,
    start: 90,
    end: 94,
    speaker: "the ministry",
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
        "| Line | Kind | Status | Claim | Speaker | Source | Source passage |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        '| 3 | quote | unattributed | “We said "no" \\| twice,” she said. | Ruth Abebe | wire.txt | “We said no twice,” Abebe said. |',
        "| 7 | number | attributed | -40% | the ministry |  |  |",
        "",
      ].join("\n"),
    );
  });

  it("writes RFC 4180 CSV with quotes doubled", () => {
    const lines = reportCsv(ROWS).split("\r\n");
    assert.equal(lines[0], '"Line","Kind","Status","Claim","Speaker","Source","Source passage"');
    assert.equal(
      lines[1],
      '"3","quote","unattributed","“We said ""no"" | twice,” she said.","Ruth Abebe","wire.txt","“We said no twice,” Abebe said."',
    );
  });

  it("keeps a spreadsheet from reading a claim as a formula", () => {
    assert.equal(reportCsv(ROWS).split("\r\n")[2], `"7","number","attributed","'-40%","the ministry","",""`);
  });
});

import * as assert from "node:assert/strict";
import type { CheckResult } from "../../../../src/core/types";
import { reportRows } from "../../../../src/extension/report/reportRows";
import { findingOn } from "../findings";

const DRAFT = [
  "# Council backs bike lanes",
  "",
  "“This is the safest street design we have ever voted on,” Mayor Dana Ortiz said.",
  "",
  "The plan will cost $3.4 million over three years.",
].join("\n");

describe("reportRows", () => {
  const quote = findingOn(DRAFT, "“This is the safest street design we have ever voted on,”", "unattributed-quote");
  const number = findingOn(DRAFT, "$3.4 million", "unattributed-number", {
    evidence: {
      sourceId: "wire.txt",
      start: 200,
      end: 290,
      passage: "The plan will cost $3.4 million over three years,\naccording to the city’s transportation department.",
    },
  });
  const result: CheckResult = {
    verdicts: [
      { claim: number.claim!, status: "unattributed" },
      {
        claim: quote.claim!,
        status: "attributed",
        attribution: { cue: "said", source: "Mayor Dana Ortiz", start: 60, end: 80, rule: "sentence" },
      },
    ],
    findings: [number],
  };
  const rows = reportRows(DRAFT, result);

  it("lists every claim in reading order with its line", () => {
    assert.deepEqual(
      rows.map((row) => [row.line, row.kind, row.status]),
      [
        [3, "quote", "attributed"],
        [5, "number", "unattributed"],
      ],
    );
  });

  it("names the speaker the draft attributes a claim to", () => {
    assert.equal(rows[0].speaker, "Mayor Dana Ortiz");
  });

  it("joins the source passage of the claim's finding, on one line", () => {
    assert.equal(rows[1].sourceId, "wire.txt");
    assert.equal(
      rows[1].passage,
      "The plan will cost $3.4 million over three years, according to the city’s transportation department.",
    );
  });
});

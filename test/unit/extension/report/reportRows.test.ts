import * as assert from "node:assert/strict";
import type { CheckResult } from "../../../../src/core/types";
import { reportRows, statusCounts } from "../../../../src/extension/report/reportRows";
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

describe("reportRows with ignored claims and source evidence for every claim", () => {
  const draft = [
    "<!-- says-who-disable-next-line unattributed-quote -->",
    "“We will keep the library open every weekend this summer.”",
    "",
    "“Nobody loses their job,” Mayor Dana Ortiz said.",
    "",
    "“We found the money in the parks budget.”",
  ].join("\n");
  const ignored = findingOn(draft, "“We will keep the library open every weekend this summer.”", "unattributed-quote");
  const said = findingOn(draft, "“Nobody loses their job,”", "unattributed-quote");
  const continued = findingOn(draft, "“We found the money in the parks budget.”", "unattributed-quote");
  const result: CheckResult = {
    verdicts: [
      { claim: ignored.claim!, status: "unattributed", ignoredBy: { start: 0, end: 54 } },
      {
        claim: said.claim!,
        status: "attributed",
        attribution: { cue: "said", source: "Mayor Dana Ortiz", start: 140, end: 160, rule: "sentence" },
      },
      {
        claim: continued.claim!,
        status: "attributed",
        attribution: { cue: "said", source: "Mayor Dana Ortiz", start: 140, end: 160, rule: "continuing-speaker" },
      },
    ],
    findings: [],
  };
  const passage = "“We found the money in the parks budget,” said Dana Ortiz, the mayor of Riverside.";
  const rows = reportRows(draft, result, [
    undefined,
    undefined,
    { sourceId: "wire.txt", start: 0, end: passage.length, speaker: "Dana Ortiz", passage },
  ]);

  it("marks a claim silenced by a says-who comment as ignored, with the comment's line", () => {
    assert.equal(rows[0].status, "ignored");
    assert.equal(rows[0].statusText, "Ignored (comment on line 1)");
  });

  it("says how the draft credits an attributed claim, continuing speaker included", () => {
    assert.equal(rows[1].credit, "Mayor Dana Ortiz said (in its sentence)");
    assert.equal(rows[2].credit, "Mayor Dana Ortiz said (continuing speaker from the paragraph before)");
  });

  it("shows the source passage and the speaker's name for an attributed claim the source has", () => {
    assert.equal(rows[2].speaker, "Dana Ortiz");
    assert.equal(rows[2].passage, passage);
    assert.equal(rows[1].passage, "");
  });

  it("counts claims by status as the header shows them", () => {
    assert.deepEqual(statusCounts(rows), { unattributed: 0, weak: 0, attributed: 2, ignored: 1 });
  });
});

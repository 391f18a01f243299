import * as assert from "node:assert/strict";
import { countUnattributed, summarizeFindings } from "../../../src/extension/summary";
import { findingOn } from "./findings";

const DRAFT =
  "“We will not leave,” the mayor said. “The water is rising.” Crews evacuated 300 homes. About 40 percent of the town flooded. Critics say the dam cost $80 million.";

describe("summary", () => {
  const findings = [
    findingOn(DRAFT, "“The water is rising.”", "unattributed-quote"),
    findingOn(DRAFT, "300 homes", "unattributed-number"),
    findingOn(DRAFT, "About 40 percent", "unattributed-number"),
    findingOn(DRAFT, "$80 million", "weak-attribution"),
  ];

  it("counts each kind of finding in the palette check's summary", () => {
    assert.equal(summarizeFindings(findings), "1 unattributed quote, 2 unattributed numbers, 1 weak attribution");
  });

  it("counts every finding the Problems panel lists, uncredited copy and misquotes too", () => {
    const copied = findingOn(DRAFT, "Crews evacuated 300 homes.", "uncredited-copy");
    const misquoted = findingOn(DRAFT, "“We will not leave,”", "misquote");
    assert.equal(
      summarizeFindings([...findings, copied, copied, misquoted]),
      "1 unattributed quote, 2 unattributed numbers, 1 weak attribution, 1 misquote, 2 uncredited copies",
    );
  });

  it("says so when nothing needs attribution", () => {
    assert.equal(summarizeFindings([]), "Every quote and number is attributed");
  });

  it("counts only unattributed claims for the status bar, not weak attribution", () => {
    assert.equal(countUnattributed(findings), 3);
  });
});

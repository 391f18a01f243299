import * as assert from "node:assert/strict";
import { capFindings, cappedMessage, MAX_DIAGNOSTICS } from "../../../src/extension/findingCap";
import { findingOn } from "./findings";

describe("capFindings", () => {
  const draft = "Sales rose 12 percent. Costs fell 8 percent. Staff grew by 40 people.";
  const findings = ["12 percent", "8 percent", "40 people"].map((claim) =>
    findingOn(draft, claim, "unattributed-number"),
  );

  it("shows every finding up to the cap", () => {
    assert.deepEqual(capFindings(findings, 3), { shown: findings, hidden: 0 });
  });

  it("shows the first findings in the draft past the cap, and counts the rest", () => {
    const { shown, hidden } = capFindings([...findings].reverse(), 2);
    assert.deepEqual(
      shown.map((finding) => finding.claim?.text),
      ["12 percent", "8 percent"],
    );
    assert.equal(hidden, 1);
  });

  it("caps at a thousand diagnostics by default", () => {
    assert.equal(MAX_DIAGNOSTICS, 1000);
  });
});

describe("cappedMessage", () => {
  it("says how many of how many findings are shown, and where to see them all", () => {
    assert.match(
      cappedMessage(1000, 33_000),
      /^Says Who shows the first 1,000 of 34,000 findings in this draft\. .*Sourcing Report/,
    );
  });
});

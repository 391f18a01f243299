import assert from "node:assert/strict";
import { SourceArticle } from "../../../../src/core/types";
import { codesOf, fixedBy } from "./helpers";

/** A wire story of our own about a rail budget, with figures in full words and in scale words. */
const RAIL_WIRE: SourceArticle = {
  id: "rail-wire.txt",
  text: [
    "Province approves rail upgrade",
    "",
    "The provincial cabinet approved $1.8 billion for the northern rail upgrade on Monday, the transport ministry said.",
    "",
    "The new line will serve 1.2 million Canadians who now commute by road, ministry planners said.",
    "",
    "The federal share is €350 million, and the upgrade will add 64 million passenger trips a year, the planners estimated.",
    "",
    "© Prairie Wire",
  ].join("\n"),
};

describe("fidelity: number-mismatch fixes keep the draft's shorthand", () => {
  it("writes a fix for $8.1bn as $1.8bn, keeping the draft's bn", () => {
    const draft = "The provincial cabinet approved $8.1bn for the northern rail upgrade, the ministry said.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch", [RAIL_WIRE]),
      "The provincial cabinet approved $1.8bn for the northern rail upgrade, the ministry said.\n",
    );
  });

  it("keeps a space before the shorthand: $8.1 bn is fixed as $1.8 bn", () => {
    const draft = "The provincial cabinet approved $8.1 bn for the northern rail upgrade, the ministry said.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch", [RAIL_WIRE]),
      "The provincial cabinet approved $1.8 bn for the northern rail upgrade, the ministry said.\n",
    );
  });

  it("reads tn as trillions, like bn as billions", () => {
    const budget: SourceArticle = {
      id: "budget.txt",
      text: "Budget passes\n\nThe national budget of $2.4 trillion passed the lower house on Thursday, the finance ministry said.\n",
    };
    assert.deepEqual(codesOf("The national budget of $2.4tn passed the lower house on Thursday.\n", [budget]), []);
    assert.equal(
      fixedBy("The national budget of $4.2tn passed the lower house on Thursday.\n", "number-mismatch", [budget]),
      "The national budget of $2.4tn passed the lower house on Thursday.\n",
    );
  });

  it("writes a fix for a figure in words with a scale in words: forty-six million as sixty-four million", () => {
    const draft = "The upgrade will add forty-six million passenger trips a year, the planners estimated.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch", [RAIL_WIRE]),
      "The upgrade will add sixty-four million passenger trips a year, the planners estimated.\n",
    );
  });
});

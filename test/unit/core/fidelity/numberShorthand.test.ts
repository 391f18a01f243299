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

/** A wire story of our own where a sum in euros and a count of provinces share a sentence. */
const GRANT_WIRE: SourceArticle = {
  id: "grant-wire.txt",
  text: [
    "Broadband grant announced",
    "",
    "The commission will spend 1.8 million euros on rural broadband across three provinces, its spokeswoman said on Friday.",
    "",
    "© Harbour Wire",
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

  it("reads a bare m before a plural noun as millions and fixes 1.5m Canadians as 1.2m Canadians", () => {
    assert.deepEqual(codesOf("The new line will serve 1.2m Canadians who now commute by road.\n", [RAIL_WIRE]), []);
    assert.equal(
      fixedBy("The new line will serve 1.5m Canadians who now commute by road.\n", "number-mismatch", [RAIL_WIRE]),
      "The new line will serve 1.2m Canadians who now commute by road.\n",
    );
  });

  it("writes a fix for a figure in words with a scale in words: forty-six million as sixty-four million", () => {
    const draft = "The upgrade will add forty-six million passenger trips a year, the planners estimated.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch", [RAIL_WIRE]),
      "The upgrade will add sixty-four million passenger trips a year, the planners estimated.\n",
    );
  });

  it("holds a bare-m sum to the source's sum by the noun after it (euros), not to a count beside it", () => {
    assert.deepEqual(
      codesOf("The commission will spend 1.8m euros across the provinces on rural broadband.\n", [GRANT_WIRE]),
      [],
    );
    assert.equal(
      fixedBy("The commission will spend 2.1m euros across the provinces on rural broadband.\n", "number-mismatch", [
        GRANT_WIRE,
      ]),
      "The commission will spend 1.8m euros across the provinces on rural broadband.\n",
    );
  });

  it("holds a bare-m sum in euros to no count of provinces when the source states no sum", () => {
    const provinces: SourceArticle = {
      id: "provinces.txt",
      text: "Broadband plan\n\nThe commission will extend rural broadband across three provinces, its spokeswoman said on Friday.\n",
    };
    assert.deepEqual(
      codesOf("The commission will spend 2.1m euros across the provinces on rural broadband.\n", [provinces]),
      [],
    );
  });

  it("leaves a bare m before a measure's word alone: metres, not millions", () => {
    const sea: SourceArticle = {
      id: "sea.txt",
      text: "Sea wall finished\n\nThe new sea wall at Port Elin stands 4 metres high, the harbour board said on Monday.\n",
    };
    assert.deepEqual(codesOf("The new sea wall at Port Elin stands 4m high, the harbour board said.\n", [sea]), []);
  });
});

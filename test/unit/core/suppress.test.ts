import assert from "node:assert/strict";
import { checkDraft } from "../../../src/core/check";

describe("suppression comments", () => {
  it("silences the next line with says-who-disable-next-line", () => {
    const draft = "<!-- says-who-disable-next-line -->\nTurnout reached 61 percent.\n\nPrices rose 4 percent.\n";
    assert.deepEqual(
      checkDraft(draft).findings.map((f) => draft.slice(f.start, f.end)),
      ["4 percent"],
    );
  });

  it("silences only the codes it names", () => {
    const draft = "<!-- says-who-disable-next-line unattributed-quote -->\nTurnout reached 61 percent.\n";
    assert.equal(checkDraft(draft).findings.length, 1);
  });

  it("silences a stretch between says-who-disable and says-who-enable", () => {
    const draft =
      "<!-- says-who-disable -->\nTurnout reached 61 percent.\n\nPrices rose 4 percent.\n<!-- says-who-enable -->\n\nRents rose 9 percent.\n";
    assert.deepEqual(
      checkDraft(draft).findings.map((f) => draft.slice(f.start, f.end)),
      ["9 percent"],
    );
  });

  it("records on the silenced claim's verdict which comment silences it", () => {
    const draft =
      "Rents rose 9 percent.\n<!-- says-who-disable -->\nTurnout reached 61 percent.\n<!-- says-who-enable -->\n";
    const { verdicts } = checkDraft(draft);
    assert.deepEqual(
      verdicts.map((v) => [v.claim.text, v.status, v.ignoredBy && draft.slice(v.ignoredBy.start, v.ignoredBy.end)]),
      [
        ["9 percent", "unattributed", undefined],
        ["61 percent", "unattributed", "<!-- says-who-disable -->"],
      ],
    );
  });

  it("leaves an attributed claim under a comment as attributed, not ignored", () => {
    const draft = "<!-- says-who-disable-next-line -->\nTurnout reached 61 percent, the clerk said.\n";
    const [verdict] = checkDraft(draft).verdicts;
    assert.equal(verdict.status, "attributed");
    assert.equal(verdict.ignoredBy, undefined);
  });

  it("reports a misspelt directive instead of silencing anything", () => {
    const draft = "<!-- says-who-disable-nextline -->\nTurnout reached 61 percent.\n";
    const codes = checkDraft(draft).findings.map((f) => f.code);
    assert.deepEqual(codes, ["malformed-directive", "unattributed-number"]);
  });

  it("reports a directive naming an unknown code", () => {
    const [f] = checkDraft("<!-- says-who-disable unattributed-numbers -->\nText.\n").findings;
    assert.equal(f.code, "malformed-directive");
    assert.match(f.message, /Unknown code "unattributed-numbers"/);
  });
});

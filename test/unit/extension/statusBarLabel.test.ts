import * as assert from "node:assert/strict";
import { statusBarLabel } from "../../../src/extension/statusBarLabel";

describe("statusBarLabel", () => {
  it("shows the number of unattributed claims", () => {
    assert.equal(statusBarLabel(3)?.text, "$(quote) 3 unattributed");
    assert.match(statusBarLabel(1)?.tooltip ?? "", /^1 claim needs attribution/);
  });

  it("shows a clean draft as passing", () => {
    assert.equal(statusBarLabel(0)?.text, "$(pass) Says Who");
  });

  it("explains a draft too long to check as you type", () => {
    assert.match(statusBarLabel("too-large")?.tooltip ?? "", /saysWho\.maxDraftSize/);
  });

  it("hides when checking is off or nothing is known yet", () => {
    assert.equal(statusBarLabel("disabled"), undefined);
    assert.equal(statusBarLabel(undefined), undefined);
  });
});

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

  it("adds what the Problems panel does not show to the tooltip, with a warning sign", () => {
    const label = statusBarLabel(2, [
      "Source article 'wires/ap.txt' is not text (it is not valid UTF-8), so it is not used.",
    ]);
    assert.equal(label?.text, "$(quote) 2 unattributed $(warning)");
    assert.match(label?.tooltip ?? "", /^2 claims need attribution.*\n\nSource article 'wires\/ap\.txt' is not text/s);
  });

  it("hides when checking is off or nothing is known yet", () => {
    assert.equal(statusBarLabel("disabled"), undefined);
    assert.equal(statusBarLabel(undefined), undefined);
  });
});

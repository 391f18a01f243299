import * as assert from "node:assert/strict";
import { parseReportMessage } from "../../../../src/extension/report/reportMessages";

describe("parseReportMessage", () => {
  it("accepts a jump to an existing row and an export in a known format", () => {
    assert.deepEqual(parseReportMessage({ type: "reveal", index: 2 }, 3), { type: "reveal", index: 2 });
    assert.deepEqual(parseReportMessage({ type: "export", format: "csv" }, 0), { type: "export", format: "csv" });
  });

  it("ignores rows that do not exist and formats it does not export", () => {
    assert.equal(parseReportMessage({ type: "reveal", index: 3 }, 3), undefined);
    assert.equal(parseReportMessage({ type: "reveal", index: 1.5 }, 3), undefined);
    assert.equal(parseReportMessage({ type: "reveal", index: "0" }, 3), undefined);
    assert.equal(parseReportMessage({ type: "export", format: "../../etc/passwd" }, 3), undefined);
  });

  it("ignores anything that is not a message object", () => {
    assert.equal(parseReportMessage("reveal", 3), undefined);
    assert.equal(parseReportMessage(null, 3), undefined);
    assert.equal(parseReportMessage({ type: "runCommand", command: "workbench.action.quit" }, 3), undefined);
  });
});

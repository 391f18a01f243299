import assert from "node:assert/strict";
import { lineStarts, positionAt } from "../../../../src/core/text/positions";

describe("text/positions: offsets to lines and columns", () => {
  it("ends a line at \\n, \\r\\n and a lone \\r alike", () => {
    assert.deepEqual(lineStarts("Harbour\nQuay\r\nDock\rPier"), [0, 8, 14, 19]);
  });

  it("gives the same position to the same word whatever the line ends", () => {
    const lf = "The ferry sailed.\n\nIt carried 40 cars.";
    for (const text of [lf, lf.replace(/\n/g, "\r\n"), lf.replace(/\n/g, "\r")]) {
      assert.deepEqual(positionAt(lineStarts(text), text.indexOf("40")), { line: 2, column: 11 });
    }
  });

  it("counts columns in UTF-16 code units, as editors do", () => {
    const text = "🚢 “Full steam,” the captain said.";
    assert.deepEqual(positionAt(lineStarts(text), text.indexOf("“")), { line: 0, column: 3 });
  });

  it("puts the end of a text ending in a line break on a line of its own", () => {
    const text = "One line.\r";
    assert.deepEqual(positionAt(lineStarts(text), text.length), { line: 1, column: 0 });
  });
});

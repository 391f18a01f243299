import assert from "node:assert/strict";
import { lineColumnAt, lineStarts, positionsIn } from "../../../src/cli/position";

describe("cli/position", () => {
  it("starts a new line after each LF, CRLF and lone CR", () => {
    assert.deepEqual(lineStarts("Kyiv\nKursk\r\nMoscow\rMinsk"), [0, 5, 12, 19]);
  });

  it("gives 1-based line and column", () => {
    const at = positionsIn("Zelensky spoke.\nGrabsky said it was a message.");
    assert.deepEqual(at(0), { line: 1, column: 1 });
    assert.deepEqual(at(16), { line: 2, column: 1 });
    assert.deepEqual(at(24), { line: 2, column: 9 });
  });

  it("counts a CRLF as one line break, so columns match the LF text", () => {
    const lf = "The fire destroyed homes.\nIt burned 40 of them.";
    const crlf = lf.replace(/\n/g, "\r\n");
    assert.deepEqual(positionsIn(crlf)(crlf.indexOf("40")), positionsIn(lf)(lf.indexOf("40")));
  });

  it("counts columns in UTF-16 code units, as editors do", () => {
    const text = "🚒 “Nobody expected it.”";
    assert.deepEqual(positionsIn(text)(text.indexOf("“")), { line: 1, column: 4 });
  });

  it("places the end offset of a text on its last line", () => {
    const text = "one\ntwo\n";
    assert.deepEqual(positionsIn(text)(text.length), { line: 3, column: 1 });
  });

  it("finds positions in a 5 MB text with many lines quickly", () => {
    const text = "Ukraine launched a minor offensive on Sunday.\n".repeat(115_000);
    const started = Date.now();
    const starts = lineStarts(text);
    let last = { line: 0, column: 0 };
    for (let offset = 0; offset < text.length; offset += 50) last = lineColumnAt(starts, offset);
    assert.equal(starts.length, 115_001);
    assert.ok(last.line > 114_000);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});

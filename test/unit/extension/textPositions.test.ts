import * as assert from "node:assert/strict";
import { lineCharacterAt } from "../../../src/extension/textPositions";

describe("lineCharacterAt", () => {
  const source = "KYIV (AP) —\nUkraine launched a push.\r\n“Busy,” he said.\rEnd";

  it("counts lines ending in \\n, \\r\\n and \\r as VS Code does", () => {
    assert.deepEqual(lineCharacterAt(source, source.indexOf("Ukraine")), { line: 1, character: 0 });
    assert.deepEqual(lineCharacterAt(source, source.indexOf("he said")), { line: 2, character: 8 });
    assert.deepEqual(lineCharacterAt(source, source.indexOf("End")), { line: 3, character: 0 });
  });

  it("puts an offset between \\r and \\n at the end of its line", () => {
    assert.deepEqual(lineCharacterAt(source, source.indexOf("\r\n") + 1), {
      line: 1,
      character: "Ukraine launched a push.".length,
    });
  });

  it("clamps offsets outside the text", () => {
    assert.deepEqual(lineCharacterAt(source, -4), { line: 0, character: 0 });
    assert.deepEqual(lineCharacterAt(source, 10_000), { line: 3, character: 3 });
  });

  it("answers for several texts asked about in turn", () => {
    const other = "First line\nSecond line";
    assert.deepEqual(lineCharacterAt(other, other.indexOf("Second")), { line: 1, character: 0 });
    assert.deepEqual(lineCharacterAt(source, source.indexOf("End")), { line: 3, character: 0 });
    assert.deepEqual(lineCharacterAt(other, other.length), { line: 1, character: "Second line".length });
  });

  it("counts a text that ends in a line break as ending on an empty line", () => {
    assert.deepEqual(lineCharacterAt("one\r\ntwo\r\n", 10), { line: 2, character: 0 });
    assert.deepEqual(lineCharacterAt("one\r", 4), { line: 1, character: 0 });
  });
});

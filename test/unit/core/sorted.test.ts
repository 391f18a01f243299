import assert from "node:assert/strict";
import fc from "fast-check";
import { mergedBy } from "../../../src/core/sorted";

/** Items with a key and a tag telling apart items with the same key, for stability. */
const items = (tag: string) =>
  fc.array(fc.integer({ min: 0, max: 20 })).map((keys) => keys.map((key, i) => ({ key, tag: `${tag}${i}` })));
const sortedItems = (tag: string) => items(tag).map((list) => [...list].sort((a, b) => a.key - b.key));

describe("mergedBy", () => {
  it("orders two sorted lists as a stable sort of the first then the second does", () => {
    fc.assert(
      fc.property(sortedItems("a"), sortedItems("b"), (a, b) => {
        assert.deepEqual(
          mergedBy(a, b, (x) => x.key),
          [...a, ...b].sort((x, y) => x.key - y.key),
        );
      }),
    );
  });

  it("sorts lists that are not sorted the same way", () => {
    fc.assert(
      fc.property(items("a"), items("b"), (a, b) => {
        assert.deepEqual(
          mergedBy(a, b, (x) => x.key),
          [...a, ...b].sort((x, y) => x.key - y.key),
        );
      }),
    );
  });
});

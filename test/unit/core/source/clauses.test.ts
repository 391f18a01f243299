import assert from "node:assert/strict";
import { readArticle } from "../../../../src/core/source/article";
import { mapSpeakers } from "../../../../src/core/source/speakers";

describe("source/clauses: where a source's phrases and clauses start", () => {
  it("ends a subject at any determiner, so `those found` makes no speaker of the words before it", () => {
    const text =
      "The shelter took in 212 dogs last winter, especially those found tied up outside in the cold, " +
      "and placed 150 of them with families.\n";
    const map = mapSpeakers(readArticle(text));
    assert.deepEqual(
      map.statements.map((s) => s.speaker.name),
      [],
    );
  });
});

import assert from "node:assert/strict";
import { wordDiff } from "../../../../src/core/fidelity/wordDiff";

describe("fidelity: the word diff a hover shows", () => {
  it("marks the draft's changed word and the source's, and nothing else", () => {
    const diff = wordDiff({
      draft: "Crews will work through the weekend",
      source: "Crews will work through the night",
    });
    assert.deepEqual(
      diff.draft.filter((w) => w.differs).map((w) => w.text),
      ["weekend"],
    );
    assert.deepEqual(
      diff.source.filter((w) => w.differs).map((w) => w.text),
      ["night"],
    );
  });

  it("does not mark case, curly apostrophes or punctuation", () => {
    const diff = wordDiff({ draft: "We don’t know yet,", source: "we don't know yet." });
    assert.ok(diff.draft.every((w) => !w.differs) && diff.source.every((w) => !w.differs));
  });

  it("marks words the draft dropped on the source's side only", () => {
    const diff = wordDiff({ draft: "They pay no taxes", source: "They pay no taxes at all" });
    assert.deepEqual(
      diff.source.filter((w) => w.differs).map((w) => w.text),
      ["at", "all"],
    );
    assert.ok(diff.draft.every((w) => !w.differs));
  });
});

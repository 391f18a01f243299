import assert from "node:assert/strict";
import fc from "fast-check";
import { DraftVersions, sharedEnds, unchangedSince } from "../../../src/core/draftVersions";

const FIRST = "The mayor spoke first.\n\nThe council voted after midnight.\n\nResidents left at dawn.\n";

function versionsOf(...texts: string[]): DraftVersions {
  const versions = new DraftVersions();
  for (const t of texts) versions.advance(t);
  return versions;
}

describe("DraftVersions (what an edit left as it was)", () => {
  it("finds a stretch before the edit where it was", () => {
    const versions = versionsOf(FIRST, FIRST.replace("after", "well after"));
    assert.equal(versions.before(0, 22), 0);
  });

  it("finds a stretch after the edit moved by what the edit added", () => {
    const edited = FIRST.replace("after", "well after");
    const versions = versionsOf(FIRST, edited);
    const at = edited.indexOf("Residents");
    assert.equal(versions.before(at, edited.length), FIRST.indexOf("Residents"));
  });

  it("finds no earlier place for a stretch the edit touched", () => {
    const edited = FIRST.replace("after", "well after");
    const versions = versionsOf(FIRST, edited);
    assert.equal(versions.before(edited.indexOf("The council"), edited.indexOf("Residents")), undefined);
  });

  it("holds a value seen at the previous version when its stretch is unchanged and its paragraph where it was", () => {
    const edited = FIRST.replace("after", "well after");
    const versions = versionsOf(FIRST);
    const seen = { generation: versions.generation, at: FIRST.indexOf("Residents") };
    versions.advance(edited);
    const at = edited.indexOf("Residents");
    assert.ok(unchangedSince(versions, seen, at - 4, at + 30, at));
    assert.ok(!unchangedSince(versions, seen, at - 4, at + 30, at + 1));
  });

  it("does not hold a value seen two versions back, or one whose stretch reads past a text that got shorter", () => {
    const versions = versionsOf(FIRST);
    const old = { generation: versions.generation, at: 0 };
    versions.advance(`${FIRST}More.`);
    versions.advance(FIRST);
    assert.ok(!unchangedSince(versions, old, 0, 10, 0));
    const cut = FIRST.slice(0, 40);
    const seen = { generation: versions.generation, at: 24 };
    versions.advance(cut);
    assert.ok(!unchangedSince(versions, seen, 20, 24 + 60, 24));
  });

  it("holds a value seen at this very version only at the same place", () => {
    const versions = versionsOf(FIRST);
    const seen = { generation: versions.generation, at: 24 };
    versions.advance(FIRST);
    assert.ok(unchangedSince(versions, seen, 20, 80, 24));
    assert.ok(!unchangedSince(versions, seen, 20, 80, 30));
  });

  it("counts the characters two versions share at the start, then at the end without overlapping it", () => {
    const naive = (old: string, text: string) => {
      const limit = Math.min(old.length, text.length);
      let same = 0;
      while (same < limit && old[same] === text[same]) same++;
      let tail = 0;
      while (tail < limit - same && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
      return { same, tail };
    };
    const piece = fc.constantFrom("a", "b", "ab", "\n\n", "“", "said");
    fc.assert(
      fc.property(fc.array(piece), fc.array(piece), fc.array(piece), fc.array(piece), (head, a, b, end) => {
        const old = [...head, ...a, ...end].join("");
        const text = [...head, ...b, ...end].join("");
        assert.deepEqual(sharedEnds(old, text), naive(old, text));
      }),
      { numRuns: 500 },
    );
  });
});

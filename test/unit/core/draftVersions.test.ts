import assert from "node:assert/strict";
import { DraftVersions, unchangedSince } from "../../../src/core/draftVersions";

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
});

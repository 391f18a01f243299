import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..", "..");

describe("scripts/communication-verbs.mjs", () => {
  it("has written the verb lexicon the reviewed lists and WordNet make today", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts", "communication-verbs.mjs"), "--check"], {
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
  });
});

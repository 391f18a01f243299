import assert from "node:assert/strict";
import fc from "fast-check";
import { draftWithSources } from "../../fuzz/drafts";
import { Invariant, violations } from "../../fuzz/invariants";

/**
 * The invariants of `npm run fuzz`, on fewer generated drafts: every quote
 * style, unclosed and mismatched marks, numbers before links, lower-case and
 * junk speakers from source articles. A failure prints fast-check's seed and
 * the shrunk draft; keep it as a case in fixes.test.ts once fixed.
 */
function holds(invariant: Invariant, numRuns: number): void {
  fc.assert(
    fc.property(draftWithSources, ({ draft, sources }) => {
      const found = violations(draft, sources).filter((v) => v.invariant === invariant);
      assert.deepEqual(found, [], `${invariant}: ${found.map((v) => v.detail).join("; ")}`);
    }),
    { numRuns },
  );
}

describe("fixes and checks on generated drafts (property-based)", function () {
  this.timeout(60_000);

  it("resolves the claim of every fix it offers, on a check of the fixed draft", () => holds("fix-resolves", 150));
  it("keeps every word of the draft in every fix", () => holds("fix-keeps-words", 150));
  it("resolves every claim when all the preferred fixes are made at once", () => holds("all-fixes-resolve", 150));
  it("gives the same result when checking a draft twice", () => holds("deterministic", 100));
  it("gives the same result with a warm paragraph cache as without", () => holds("cache-equals-fresh", 100));
  it("keeps every finding's span and every fix's edit on UTF-16 boundaries", () => holds("utf16-boundaries", 100));
});

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkDraft } from "../../../src/core/check";
import { ParagraphCache } from "../../../src/core/paragraphCache";

const root = join(__dirname, "..", "..", "..", "..");
const draft = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");
const sources = [{ id: "source.txt", text: readFileSync(join(root, "examples", "kursk", "source.txt"), "utf8") }];

/** What a reporter types, pastes or deletes between two checks: words, marks, breaks, a credit. */
const TYPED = ["a", " ", "“", "”", '"', "\n\n", ". ", ", ", " he said.", "Zelensky said ", "about 40 percent", "—"];

const edit = fc.record({
  at: fc.nat(),
  cut: fc.integer({ min: 0, max: 40 }),
  typed: fc.constantFrom(...TYPED),
});

describe("ParagraphCache and the source index's memos (incremental checking, property-based)", () => {
  it("checks every version of a draft edited again and again as a check from scratch does, with its source", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = new ParagraphCache();
        let text = draft;
        checkDraft(text, sources, {}, cache);
        for (const { at, cut, typed } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
          assert.deepEqual(checkDraft(text, sources, {}, cache), checkDraft(text, sources, {}));
        }
      }),
      { numRuns: 25 },
    );
  });
});

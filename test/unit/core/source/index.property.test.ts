import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkDraft } from "../../../../src/core/check";
import { learnStyle } from "../../../../src/core/source";

const root = join(__dirname, "..", "..", "..", "..", "..");
const draft = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");
const source = readFileSync(join(root, "examples", "kursk", "source.txt"), "utf8");

/** Pieces of wire copy the speaker map reads: names, pronouns, descriptions, appositives, cues. */
const WIRE = [
  "“",
  "”",
  '"',
  "'",
  "\n\n",
  "\r\n",
  ". ",
  ", ",
  ": ",
  "—",
  "said",
  " he said.",
  " she said.",
  " it said.",
  " they said.",
  "according to",
  "the mayor said",
  "Mayor Brad Carter",
  "Ms. Delgado",
  "Mr. Delgado",
  "Rosa Delgado",
  ", 61, who owns a store,",
  "Gannett Co Inc",
  "Kimba M. Wood",
  "property records show",
  "estimates of",
  "said one of the people,",
  "the authority says",
  "roughly 300 square miles",
  "60,000",
  "a third",
  "😀",
  "e\u0301",
  "\uFEFF",
  "© The Hill",
  "By Jane Doe, Reuters",
];
const wire = fc
  .array(fc.oneof(fc.constantFrom(...WIRE), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(""));
const cut = fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => {
  const [from, to] = [a % (source.length + 1), b % (source.length + 1)].sort((x, y) => x - y);
  return source.slice(0, from) + source.slice(to);
});

describe("source articles: properties over any text read as one", () => {
  it("never throws, and every finding's evidence lies in its source article's text", function () {
    // 200 whole checks against freshly read articles: seconds on a quiet machine, several times that on a loaded one.
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.oneof(
          wire,
          cut,
          fc.tuple(cut, wire).map(([a, b]) => a + b),
        ),
        (text) => {
          learnStyle([{ id: "wire.txt", text }]);
          for (const f of checkDraft(draft, [{ id: "wire.txt", text }]).findings) {
            if (!f.evidence) continue;
            assert.ok(f.evidence.start >= 0 && f.evidence.start <= f.evidence.end && f.evidence.end <= text.length);
            assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.passage);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

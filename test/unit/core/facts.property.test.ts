import assert from "node:assert/strict";
import fc from "fast-check";
import { DraftFacts, readDraft } from "../../../src/core/facts";
import { ParagraphCache } from "../../../src/core/paragraphCache";
import { DraftLanguage } from "../../../src/core/text/mask";
import { applyEdit, blockDraft, blockEdit } from "./text/editedDrafts";

/**
 * A draft whose paragraphs are read in the light of others: front matter, a
 * fenced code block, an HTML block and a comment, a quote that runs on over
 * a paragraph break, and a quote-only paragraph after its speaker's.
 */
const DRAFT = [
  "---\ntitle: Tram line\n---",
  "The city will spend 18 million euros on the tram line, the mayor, Lotte Brandt, said on Monday.",
  "“We promised it in 2019 and we will open it in 2027,” she said.",
  "```\nquote = “not a quote” 42\n```",
  "<div>\nA box with 7 numbers and “marks” in it.\n</div>",
  "“Nobody asked the shop owners on Kirchgasse.",
  "“They lose a third of their customers while the street is dug up,” said Ahmet Yilmaz, who runs a bakery there.",
  "<!-- a note: 300 complaints -->",
  "The council votes on 12 March. About 40 percent of residents back the plan, a survey found.",
].join("\n\n");

/** What a reporter types between two checks, marks that change how far-off paragraphs read among them. */
const TYPED = [
  "a",
  " ",
  "\n\n",
  "“",
  "”",
  '"',
  "```",
  "\n```\n",
  "---\n",
  "<div>\n",
  "</div>",
  "<!--",
  "-->",
  "\n- ",
  "> ",
];

/** A read's facts without each paragraph's cache entry, which a read from scratch does not share between paragraphs. */
function comparable(facts: DraftFacts): Omit<DraftFacts, "local"> {
  const { local: _local, ...rest } = facts;
  return rest;
}

/** Freezes a value and everything it holds, so that a write to any of it throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe("readDraft with a paragraph cache (property-based)", () => {
  it("writes to nothing an earlier read returned: the next read shares its paragraphs' frames and placed facts", () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 30 }), typed: fc.constantFrom(...TYPED) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
        const cache = new ParagraphCache();
        let text = DRAFT;
        deepFreeze(comparable(readDraft(text, "markdown", cache)));
        for (const { at, cut, typed } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
          const read = comparable(readDraft(text, "markdown", cache));
          assert.deepEqual(read, comparable(readDraft(text, "markdown")));
          deepFreeze(read);
        }
      }),
      { numRuns: 200 },
    );
  });

  for (const language of ["markdown", "plaintext"] as DraftLanguage[])
    it(`reads every version of a ${language} draft edited again and again as a read from scratch does`, () => {
      const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 30 }), typed: fc.constantFrom(...TYPED) });
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 10 }), (edits) => {
          const cache = new ParagraphCache();
          let text = DRAFT;
          readDraft(text, language, cache);
          for (const { at, cut, typed } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
            assert.deepEqual(comparable(readDraft(text, language, cache)), comparable(readDraft(text, language)));
          }
        }),
        { numRuns: 300 },
      );
    });

  for (const language of ["markdown", "plaintext"] as DraftLanguage[])
    it(`reads every version of a ${language} draft of blocks read over several lines or paragraphs as a read from scratch does`, () => {
      fc.assert(
        fc.property(blockDraft, fc.array(blockEdit, { minLength: 1, maxLength: 10 }), (seed, edits) => {
          const cache = new ParagraphCache();
          let text = seed;
          readDraft(text, language, cache);
          for (const e of edits) {
            text = applyEdit(text, e);
            assert.deepEqual(comparable(readDraft(text, language, cache)), comparable(readDraft(text, language)));
          }
        }),
        { numRuns: 300 },
      );
    });
});

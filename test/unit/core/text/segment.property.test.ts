import assert from "node:assert/strict";
import fc from "fast-check";
import { applyEdit, blockDraft, blockEdit } from "./editedDrafts";
import { DraftLanguage } from "../../../../src/core/text/mask";
import { resegment, Segmented, segment, TracedSegments } from "../../../../src/core/text/segment";

/** A paragraph's text, frame and quotes as its reading sees them: relative to its start. */
function seen(doc: Segmented, index: number): string {
  const p = doc.paragraphs[index];
  const quotes = doc.quotesByParagraph[index].map((i) => {
    const q = doc.quotes[i];
    return `${q.start - p.start},${q.end - p.start},${q.closed},${q.paragraph - index},${q.lastParagraph - index}`;
  });
  return [p.kind, doc.masked.slice(p.start, p.end), doc.frames[index], quotes.join(";")].join("\u0000");
}

describe("resegment (property-based)", () => {
  for (const language of ["markdown", "plaintext"] as DraftLanguage[])
    it(`segments every version of an edited ${language} draft as segmenting it from scratch does`, () => {
      fc.assert(
        fc.property(blockDraft, fc.array(blockEdit, { minLength: 1, maxLength: 10 }), (seed, edits) => {
          let text = seed;
          let previous: TracedSegments = resegment(text, language);
          for (const e of edits) {
            text = applyEdit(text, e);
            const next = resegment(text, language, previous);
            assert.deepEqual(next.doc, segment(text, language));
            previous = next;
          }
        }),
        { numRuns: 1500 },
      );
    });

  it("tells which paragraphs read as the previous version's did, and where they were", () => {
    fc.assert(
      fc.property(blockDraft, blockEdit, (seed, e) => {
        const before = resegment(seed, "markdown");
        const text = applyEdit(seed, e);
        const { doc, kept } = resegment(text, "markdown", before);
        if (!kept) return;
        const shift = text.length - seed.length;
        for (let p = 0; p < kept.head; p++) {
          assert.deepEqual(doc.paragraphs[p], before.doc.paragraphs[p]);
          assert.equal(seen(doc, p), seen(before.doc, p));
        }
        for (let p = kept.tail; p < doc.paragraphs.length; p++) {
          assert.equal(doc.paragraphs[p].start, before.doc.paragraphs[p - kept.moved].start + shift);
          assert.equal(seen(doc, p), seen(before.doc, p - kept.moved));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

import assert from "node:assert/strict";
import { readDraft, readUncued } from "../../../src/core/facts";

const text = [
  "Harbour traffic fell 12% in March, the port authority said on Friday.",
  '"We have never seen a spring this quiet," said Mara Ellison, who runs the pilots\' cooperative.',
  "About 300 ships called at the port, according to its figures.",
].join("\n\n");

describe("readUncued (a source article's cut)", () => {
  it("cuts paragraphs, sentences, quotations and numbers as readDraft does", () => {
    const cued = readDraft(text, "plaintext");
    const uncued = readUncued(text, "plaintext");
    assert.deepEqual(uncued.sentences, cued.sentences);
    assert.deepEqual(uncued.paragraphSentences, cued.paragraphSentences);
    assert.deepEqual(uncued.numbers, cued.numbers);
    assert.deepEqual(uncued.doc.quotes, cued.doc.quotes);
  });

  it("leaves every sentence's cues unread", () => {
    assert.ok(readDraft(text, "plaintext").cues.flat().length > 0);
    const uncued = readUncued(text, "plaintext");
    assert.equal(uncued.cues.length, uncued.sentences.length);
    assert.deepEqual(uncued.cues.flat(), []);
  });
});

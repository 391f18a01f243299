import assert from "node:assert/strict";
import { analyzeDraft, checkDraft } from "../../../../src/core/check";
import { sketch, withSketchedEvidence } from "../../../../src/core/source/sketch";
import { SourceArticle } from "../../../../src/core/types";

const source: SourceArticle = {
  id: "ferry.txt",
  text: [
    "Ferry fares to rise",
    "The harbour board voted on Monday to raise ferry fares by 14 percent from March.",
    "“We cannot keep the boats running on what passengers pay today,” said board chair Ines Marlow.",
    "The board carried 2.3 million passengers last year, it said in its annual report.",
  ].join("\n\n"),
};

const draft =
  "# Fares\n\nFerry fares will rise by 14 percent. “We cannot keep the boats running on what passengers pay today.”\n";

function sketched(text: string, sources: SourceArticle[]) {
  const { facts, findings } = analyzeDraft(text, { language: "markdown" });
  return withSketchedEvidence(facts, findings, sources.map(sketch));
}

describe("source: an article sketched before it is read", () => {
  it("cuts the article without tagging a word or knowing a speaker", () => {
    const cut = sketch(source);
    assert.equal(cut.article.words.length, 0);
    assert.equal(cut.speakers.quoteSpeakers.size, 0);
    assert.ok(cut.article.quotes.length > 0, "its quotations are found");
  });

  it("gives an unattributed quote and number the passages a read article gives, without naming the speaker", () => {
    const early = sketched(draft, [source]);
    const read = checkDraft(draft, [source], { language: "markdown" }).findings;
    const unattributed = early.filter((f) => f.code.startsWith("unattributed-"));
    assert.equal(unattributed.length, 2);
    for (const f of unattributed) {
      const later = read.find((r) => r.code === f.code && r.start === f.start);
      assert.ok(f.evidence, `${f.code} has evidence`);
      assert.deepEqual([f.evidence.start, f.evidence.end], [later?.evidence?.start, later?.evidence?.end]);
      assert.equal(f.evidence.speaker, undefined);
      assert.equal(f.evidence.passage, source.text.slice(f.evidence.start, f.evidence.end));
    }
  });

  it("leaves a number without evidence when two passages of the article hold it equally well", () => {
    const twice: SourceArticle = {
      id: "twice.txt",
      text: "Fares rose 9 percent in the north, the board said.\n\nFares rose 9 percent in the south, the union said.\n",
    };
    const [number] = sketched("Fares rose 9 percent.\n", [twice]);
    assert.equal(number.code, "unattributed-number");
    assert.equal(number.evidence, undefined);
  });

  it("leaves the findings as they are without a sketch, or when the claim is not in the article", () => {
    const { facts, findings } = analyzeDraft(draft, { language: "markdown" });
    assert.deepEqual(withSketchedEvidence(facts, findings, []), findings);
    const elsewhere: SourceArticle = {
      id: "other.txt",
      text: "The library opens late on Thursdays, its staff said.\n",
    };
    assert.ok(sketched(draft, [elsewhere]).every((f) => !f.evidence));
  });
});

import assert from "node:assert/strict";
import { attributeRepeats, Judged, quoteWords, RepeatsMemo } from "../../../../src/core/attribution/repeats";
import { Attribution } from "../../../../src/core/types";

function quote(start: number, inner: string, attribution?: Attribution): Judged {
  const claim = {
    kind: "quote" as const,
    start,
    end: start + inner.length + 2,
    text: `“${inner}”`,
    inner,
    paragraph: 0,
    sentence: 0,
  };
  return attribution ? { claim, attribution } : { claim };
}

const credit = (source: string, start: number): Attribution => ({
  start,
  end: start + 4,
  cue: "said",
  source,
  rule: "sentence",
});

describe("attributeRepeats (quotes repeated from an attributed quote)", () => {
  it("reads a quote's words lower case and padded, marks and punctuation left out", () => {
    assert.equal(quoteWords("The ferry, at last, is running!"), " the ferry at last is running ");
  });

  it("credits a quote whose words stand inside an attributed quote with that quote's cue", () => {
    const judged = attributeRepeats([
      quote(0, "the ferry is running again"),
      quote(
        100,
        "After two winters, the ferry is running again, and the island can breathe",
        credit("Mara Quist", 180),
      ),
    ]);
    assert.equal(judged[0].attribution?.source, "Mara Quist");
    assert.equal(judged[0].attribution?.rule, "repeated-quote");
  });

  it("credits a repeat with the first attributed quote that holds its words", () => {
    const judged = attributeRepeats([
      quote(0, "the island can breathe again"),
      quote(100, "Now the island can breathe again", credit("Mara Quist", 140)),
      quote(300, "the island can breathe again", credit("Olav Brenn", 340)),
    ]);
    assert.equal(judged[0].attribution?.source, "Mara Quist");
  });

  it("does not match words that run from the end of one attributed quote into the next", () => {
    const judged = attributeRepeats([
      quote(0, "running again the island"),
      quote(100, "The ferry is running again", credit("Mara Quist", 130)),
      quote(200, "The island is quiet", credit("Olav Brenn", 225)),
    ]);
    assert.equal(judged[0].attribution, undefined);
  });

  it("does not credit a quote from one that is itself only a repeat or weakly attributed", () => {
    const weak = { ...credit("officials", 140), weak: "anonymous" as const };
    const judged = attributeRepeats([
      quote(0, "the ferry is running again"),
      quote(100, "The ferry is running again", weak),
    ]);
    assert.equal(judged[0].attribution, undefined);
  });

  it("answers as afresh with a memo kept across checks, when a credited quote changes between them", () => {
    const memo = new RepeatsMemo();
    const draft = (credited: string) => [
      quote(0, "the ferry is running again"),
      quote(100, credited, credit("Mara Quist", 160)),
    ];
    const first = attributeRepeats(draft("The ferry is running again, at last"), memo);
    assert.equal(first[0].attribution?.source, "Mara Quist");
    const second = attributeRepeats(draft("The bridge is open again, at last"), memo);
    assert.equal(second[0].attribution, undefined);
  });

  it("leaves the judgments it is given as they were, a repeat credited in a new one (a cache shares them between checks)", () => {
    const given = [
      quote(0, "the ferry is running again"),
      quote(100, "The ferry is running again, at last", credit("Mara Quist", 160)),
    ];
    const judged = attributeRepeats(given.map((j) => Object.freeze(j)));
    assert.equal(given[0].attribution, undefined);
    assert.equal(judged[0].attribution?.source, "Mara Quist");
    assert.equal(judged[1], given[1]);
  });
});

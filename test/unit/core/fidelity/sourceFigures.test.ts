import assert from "node:assert/strict";
import { SentenceWords } from "../../../../src/core/fidelity/sourceFigures";
import { indexSources } from "../../../../src/core/source";
import { fidelityOf, FLOOD_WIRE } from "./helpers";

const whole = (text: string) => ({ start: 0, end: text.length });

describe("fidelity: the words of a draft's sentence against the source's figures", () => {
  const { sources } = indexSources([FLOOD_WIRE]);

  it("meets the source's figures when a word of the sentence stands around one of them", () => {
    const sentence = "Some 2,900 residents stayed with relatives.";
    assert.equal(new SentenceWords().meetsFigures(sentence, whole(sentence), sources), true);
  });

  it("meets none when no word of the sentence stands around a source figure", () => {
    const sentence = "The precinct tallies were 412, 388 and 1,905.";
    assert.equal(new SentenceWords().meetsFigures(sentence, whole(sentence), sources), false);
  });

  it("answers again for the next sentence, not with the last one's answer", () => {
    const words = new SentenceWords();
    const first = "The precinct tallies were 412, 388 and 1,905.";
    const next = "Some 2,900 residents stayed with relatives.";
    assert.equal(words.meetsFigures(first, whole(first), sources), false);
    assert.equal(words.meetsFigures(next, whole(next), sources), true);
  });

  it("still flags the figure a source states otherwise in a sentence of thousands of figures", () => {
    const tallies = Array.from({ length: 600 }, (_, i) => String(1000 + i * 13)).join(", ");
    const draft = `About 2,300 residents left their homes in Millbrook on Tuesday, and the precinct tallies were ${tallies}.\n`;
    const flagged = fidelityOf(draft).filter((f) => f.code === "number-mismatch");
    assert.equal(flagged.length, 1);
    assert.match(draft.slice(flagged[0].start, flagged[0].end), /^About 2,300 residents/);
  });
});

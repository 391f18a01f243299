import assert from "node:assert/strict";
import { analyzeDraft } from "../../../../src/core/check";

function sentences(text: string): string[] {
  const { facts } = analyzeDraft(text);
  return facts.sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentences", () => {
  it("splits at a full stop followed by a capital", () => {
    assert.deepEqual(sentences("The storm hit at night. Crews worked until dawn."), [
      "The storm hit at night.",
      "Crews worked until dawn.",
    ]);
  });

  it("does not split after abbreviations: Jan., Mr., U.S.", () => {
    assert.deepEqual(sentences("On Jan. 20 Mr. Trump met U.S. officials in Washington."), [
      "On Jan. 20 Mr. Trump met U.S. officials in Washington.",
    ]);
  });

  it("does not split inside a quote", () => {
    assert.equal(sentences("“Crews are working. Some customers should wait,” she said.").length, 1);
  });

  it("keeps a quote and its attribution tag together: “Go home!” Smith said.", () => {
    assert.equal(sentences("“Go home now and stay there!” Smith said.").length, 1);
  });

  it("splits after a quote when what follows opens a quotation of its own", () => {
    assert.equal(
      sentences("Jantz noted: “A new story has been posted.” He referred to it as “the story that never existed”.")
        .length,
      2,
    );
  });

  it("splits after a quote when what follows is a sentence of its own, not a short tag", () => {
    assert.equal(
      sentences("“We kept every library open.” He said the parking changes would raise about $1.1 million a year.")
        .length,
      2,
    );
  });

  it("splits after a quote that ends a sentence and is followed by a new one", () => {
    assert.equal(sentences("She called it “a mess from start to finish.” The board disagreed.").length, 2);
  });

  it("ends a sentence after a clock time when a new one starts: 6 p.m. Sheriff …", () => {
    assert.deepEqual(sentences("Crashes were reported by 6 p.m. Sheriff Ana Duarte said no one was hurt."), [
      "Crashes were reported by 6 p.m.",
      "Sheriff Ana Duarte said no one was hurt.",
    ]);
    assert.equal(sentences("Polls close at 8 p.m. Eastern on Tuesday.").length, 1);
  });

  it("unwraps hard-wrapped lines of one paragraph", () => {
    assert.deepEqual(sentences("The storm hit\nat night. Crews worked\nuntil dawn."), [
      "The storm hit\nat night.",
      "Crews worked\nuntil dawn.",
    ]);
  });
});

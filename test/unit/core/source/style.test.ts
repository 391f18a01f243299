import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { learnStyle } from "../../../../src/core/source";
import { describeStyle, HOUSE_STYLE } from "../../../../src/core/source/style";

describe("source/style: how a source article attributes", () => {
  const seed = { id: "source.txt", text: readFileSync("test/fixtures/seed-kursk/source.txt", "utf8") };

  it("falls back on the house style with no source article", () => {
    assert.deepEqual(learnStyle([]), HOUSE_STYLE);
  });

  it("learns the seed article's style: said, after the quote, curly marks, The Hill", () => {
    const style = learnStyle([seed]);
    assert.equal(style.verb, "said");
    assert.equal(style.tense, "past");
    assert.equal(style.placement, "end");
    assert.equal(style.quoteMarks, "curly");
    assert.equal(style.punctuationInside, true);
    assert.equal(style.timeElement, true);
    assert.equal(style.publication, "The Hill");
    assert.ok(style.learnedFrom > 0);
  });

  it("learns a colon before quotes and an honorific", () => {
    const text =
      "Toll\n\nJohn McLelland, national road policing inspector, said: “I’d like to think that people are taking more care.”\n\nMr McLelland said: “Drivers aged 25 to 60 made up the majority of road crash fatalities.”\n";
    const style = learnStyle([{ id: "toll.txt", text }]);
    assert.equal(style.placement, "colon-before");
    assert.equal(style.honorific, "Mr");
  });

  it("learns the present tense and the verb-first order", () => {
    const text =
      'Gas\n\n"Sensors do not show any high concentration," says Mayor Michael Bloomberg.\n\n"We cannot speculate," says Bloomberg.\n';
    const style = learnStyle([{ id: "gas.txt", text }]);
    assert.equal(style.verb, "says");
    assert.equal(style.tense, "present");
    assert.equal(style.order, "verb-first");
  });

  it("learns an attribution after the first sentence of a quote that runs on", () => {
    const text =
      'Strike\n\n"Machines don\'t pay taxes," union president Carla Nguyen said. "We are not against the future."\n';
    assert.equal(learnStyle([{ id: "strike.txt", text }]).placement, "after-first-sentence");
  });

  it("does not take an attribution after an earlier sentence's quotation for one after a quote's first sentence", () => {
    const text =
      'Story\n\nPolitical journalist Barry Jantz reported the mistake.\n\nJantz noted: "A new story has now been posted, without a trace of the report." He referred to the deleted article as "the story that never existed".\n';
    assert.equal(learnStyle([{ id: "wire.txt", text }]).placement, "colon-before");
  });

  it("describes a profile in words", () => {
    const words = describeStyle(learnStyle([seed]));
    assert.match(words, /Verb: said \(past tense\)/);
    assert.match(words, /Publication: The Hill/);
  });
});

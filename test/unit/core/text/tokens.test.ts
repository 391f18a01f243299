import assert from "node:assert/strict";
import { tokenize } from "../../../../src/core/text/tokens";

describe("tokenizing a stretch of the draft", () => {
  const texts = (text: string, from?: number, to?: number) => tokenize(text, from, to).map((t) => t.text);

  it("reads words, numbers and punctuation marks", () => {
    assert.deepEqual(texts("Ukraine's troops held $1.2 billion, two-thirds of it."), [
      "Ukraine's",
      "troops",
      "held",
      "$1.2",
      "billion",
      ",",
      "two-thirds",
      "of",
      "it",
      ".",
    ]);
  });

  it("returns only the tokens that start inside the stretch, with offsets into the whole text", () => {
    const text = "The mayor said 40 percent.";
    const tokens = tokenize(text, 10, 17);
    assert.deepEqual(
      tokens.map((t) => t.text),
      ["said", "40"],
    );
    assert.deepEqual(
      tokens.map((t) => t.start),
      [10, 15],
    );
  });

  it("cuts a token that runs past the end of the stretch at that end", () => {
    assert.deepEqual(texts("about 60,000 troops", 0, 9), ["about", "60,"]);
  });

  it("finds nothing in a blanked-out stretch, however much blank follows it", () => {
    const text = `He said${" ".repeat(10000)}it.`;
    assert.deepEqual(texts(text, 7, 5000), []);
    assert.deepEqual(texts(text, 0, 5000), ["He", "said"]);
  });

  it("skips characters no token can start with, a character outside the Basic Multilingual Plane too", () => {
    assert.deepEqual(texts("a \u00BD b \u{1D7D9} c"), ["a", "b", "c"]);
    assert.deepEqual(texts("rate \u{1F600} up"), ["rate", "\u{1F600}", "up"]);
  });
});

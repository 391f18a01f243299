import assert from "node:assert/strict";
import { coreAt, isNumberWord } from "../../../../src/core/claims/numberCore";
import { tokenize } from "../../../../src/core/text/tokens";

describe("claims/numberCore: isNumberWord", () => {
  it("takes number words, scale words and vague counts, and hyphenated numbers and fractions", () => {
    for (const word of ["twelve", "million", "dozens", "twenty-five", "two-thirds"])
      assert.equal(isNumberWord(word), true, word);
  });

  it("leaves out scale letters, which count only glued to digits, and an ordinal's compound", () => {
    for (const word of ["m", "k", "bn", "mn", "third-quarter"]) assert.equal(isNumberWord(word), false, word);
  });

  it("takes no word for a number because every object has a property of that name", () => {
    for (const word of ["constructor", "__proto__", "constructor-constructor"])
      assert.equal(isNumberWord(word), false, word);
  });
});

describe("claims/numberCore: coreAt", () => {
  const coreOf = (sentence: string, word: string) => {
    const tokens = tokenize(sentence, 0, sentence.length);
    return coreAt(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };

  it("reads 'half a million' as 500,000 and 'half a dozen' as six, over all three words", () => {
    assert.deepEqual(coreOf("They raised half a million dollars.", "half"), { first: 2, last: 4, value: 500000 });
    assert.equal(coreOf("Half a dozen people were hurt.", "Half")?.value, 6);
  });

  it("reads 'half' before anything else as a half", () => {
    assert.deepEqual(coreOf("Half a mile of road was closed.", "Half"), { first: 0, last: 0, value: 0.5 });
  });
});

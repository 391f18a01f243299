import assert from "node:assert/strict";
import { isNumberWord } from "../../../../src/core/claims/numberCore";

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

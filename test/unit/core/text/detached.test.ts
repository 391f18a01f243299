import assert from "node:assert/strict";
import { detached, detachedSlice } from "../../../../src/core/text/detached";

describe("text/detached: strings a cache keeps, copied out of the draft they were cut from", () => {
  const draft = "Councillors approved a 4.2% rise in council tax early Wednesday after a seven-hour meeting.\n";

  it("gives the same words as the slice it copies, short or long", () => {
    assert.equal(detachedSlice(draft, 0, 11), "Councillors");
    assert.equal(detachedSlice(draft, 12, 47), "approved a 4.2% rise in council tax");
    assert.equal(detachedSlice(draft, 5, 5), "");
  });

  it("copies a whole string unchanged, odd Unicode and line ends included", () => {
    for (const text of ["", "\u201CNobody came into politics,\u201D", "caf\u00E9 \uD83D\uDCF0\r\n", draft])
      assert.equal(detached(text), text);
  });
});

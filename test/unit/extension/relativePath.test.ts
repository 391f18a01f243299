import * as assert from "node:assert/strict";
import { relativePath } from "../../../src/extension/relativePath";

describe("relativePath", () => {
  it("names a source next to the draft by its file name", () => {
    assert.equal(relativePath("/news/council", "/news/council/wire.txt"), "wire.txt");
  });

  it("climbs out of the draft's folder when it must", () => {
    assert.equal(relativePath("/news/drafts/kursk", "/news/wires/ap-kursk.txt"), "../../wires/ap-kursk.txt");
  });

  it("descends into a subfolder", () => {
    assert.equal(relativePath("/news", "/news/sources/release.md"), "sources/release.md");
  });
});

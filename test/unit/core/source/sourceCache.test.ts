import assert from "node:assert/strict";
import { SourceCache } from "../../../../src/core/source/sourceCache";

describe("source/sourceCache: articles read once", () => {
  const text = "The harbour authority said traffic fell 12% in March.\n";

  it("reads an article once, whether it comes as the same object or as a copy of it", () => {
    const cache = new SourceCache<{ id: string }, never>(4);
    let reads = 0;
    const read = (s: { id: string }) => (reads++, { id: s.id });
    const article = { id: "wire.txt", text };
    const first = cache.article(article, read);
    assert.equal(cache.article(article, read), first);
    assert.equal(cache.article({ ...article }, read), first);
    assert.equal(reads, 1);
  });

  it("reads the same text under another name, or for another publication, as another article", () => {
    const cache = new SourceCache<string, never>(4);
    const read = (s: { id: string; publication?: string }) => `${s.id}/${s.publication ?? ""}`;
    assert.equal(cache.article({ id: "a.txt", text }, read), "a.txt/");
    assert.equal(cache.article({ id: "b.txt", text }, read), "b.txt/");
    assert.equal(cache.article({ id: "a.txt", text, publication: "Coast Wire" }, read), "a.txt/Coast Wire");
    assert.equal(cache.has({ id: "b.txt", text }), true);
    assert.equal(cache.has({ id: "c.txt", text }), false);
  });
});

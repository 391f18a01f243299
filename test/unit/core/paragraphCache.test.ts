import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDraft } from "../../../src/core/check";
import { ParagraphCache } from "../../../src/core/paragraphCache";

const root = join(__dirname, "..", "..", "..", "..");
const seed = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");

describe("ParagraphCache (incremental checking)", () => {
  it("gives the same result as a check without a cache", () => {
    const cache = new ParagraphCache();
    checkDraft(seed, [], {}, cache);
    assert.deepEqual(checkDraft(seed, [], {}, cache), checkDraft(seed));
  });

  it("re-reads only the paragraph an edit touched", () => {
    const cache = new ParagraphCache();
    checkDraft(seed, [], {}, cache);
    const before = cache.size;
    const edited = seed.replace("about 40 percent", "about 45 percent");
    const result = checkDraft(edited, [], {}, cache);
    assert.equal(cache.size, before + 1);
    assert.ok(result.findings.some((f) => f.claim?.text === "about 45 percent"));
  });

  /**
   * Three checks of `draft` with one cache while its last paragraph is typed on (a cue added, then lengthened):
   * `read`'s values in the first check and in the third, place by place.
   */
  function typedOn<T>(draft: string, read: (text: string, cache: ParagraphCache) => T[]): { first: T[]; again: T[] } {
    const cache = new ParagraphCache();
    const last = "\n\nThe strike entered its second week with no talks scheduled";
    const first = read(`${draft}${last}.`, cache);
    read(`${draft}${last}, the union said.`, cache);
    return { first, again: read(`${draft}${last}, the union said on Monday.`, cache) };
  }

  const quoteClaims = (text: string, cache: ParagraphCache) =>
    checkDraft(text, [], {}, cache)
      .verdicts.map((v) => v.claim)
      .filter((c) => c.kind === "quote");

  const wire = {
    id: "wire.txt",
    text: 'Dockers walk out\n\n"We will not back down," union leader Ana Ruiz said on Monday.\n',
  };
  const quoteFixes = (text: string, cache: ParagraphCache) =>
    checkDraft(text, [wire], {}, cache)
      .findings.filter((f) => f.code === "unattributed-quote")
      .map((f) => f.fixes);

  it("keeps the judgments of a paragraph that stands at more than four places, at every place", () => {
    const line = '"We will not back down," the union said.';
    const draft = [1, 2, 3, 4, 5, 6].map((n) => `${line}\n\nShift ${n} began at dawn.`).join("\n\n");
    const { first, again } = typedOn(draft, quoteClaims);
    assert.equal(first.length, 6);
    assert.ok(
      first.every((c, i) => c === again[i]),
      "every place hands back the judgment it kept",
    );
  });

  it("keeps the advice for a claim that stands at more than four places, at every place", () => {
    const draft = [1, 2, 3, 4, 5, 6].map((n) => `"We will not back down."\n\nShift ${n} began at dawn.`).join("\n\n");
    const { first, again } = typedOn(draft, quoteFixes);
    assert.equal(first.length, 6);
    assert.match(first[0][0].title, /Ruiz/);
    assert.ok(
      first.every((f, i) => f === again[i]),
      "every place hands back the advice it kept",
    );
  });

  it("hands every place of a paragraph repeated word for word its own judgments, check after check", () => {
    const draft = Array(6).fill('"We will not back down," the union said.\n\nThe shift began at dawn.').join("\n\n");
    const { first, again } = typedOn(draft, quoteClaims);
    assert.equal(first.length, 6);
    assert.ok(
      first.every((c, i) => c === again[i]),
      "no place takes a judgment another place has already taken",
    );
  });

  it("hands every place of a claim repeated word for word its own advice, check after check", () => {
    const draft = Array(6).fill('"We will not back down."\n\nThe shift began at dawn.').join("\n\n");
    const { first, again } = typedOn(draft, quoteFixes);
    assert.equal(first.length, 6);
    assert.ok(
      first.every((f, i) => f === again[i]),
      "no place takes advice another place has already taken",
    );
  });

  it("keeps offsets right when an edit shifts every later paragraph", () => {
    const cache = new ParagraphCache();
    checkDraft(seed, [], {}, cache);
    const edited = `A new opening paragraph with no claims in it.\n\n${seed}`;
    assert.deepEqual(checkDraft(edited, [], {}, cache), checkDraft(edited));
  });

  it("re-decides a quote-only paragraph when the paragraph before it changes", () => {
    const draft =
      "Grabsky said it was also about a message to Trump.\n\n“This action shows Western alliances that Ukraine did not lose battle capabilities.”";
    const cache = new ParagraphCache();
    assert.equal(checkDraft(draft, [], {}, cache).findings.length, 0);
    const edited = draft.replace("Grabsky said it", "It");
    assert.equal(checkDraft(edited, [], {}, cache).findings[0]?.code, "unattributed-quote");
  });

  it("forgets the oldest paragraphs beyond its capacity", () => {
    const cache = new ParagraphCache(2);
    checkDraft("One paragraph.\n\nTwo paragraphs.\n\nThree paragraphs.", [], {}, cache);
    assert.equal(cache.size, 2);
  });

  it("hands out the facts of the draft its last check read, and of no other text", () => {
    const cache = new ParagraphCache();
    const edited = seed.replace("about 40 percent", "about 45 percent");
    assert.equal(cache.factsOf(seed), undefined);
    checkDraft(seed, [], {}, cache);
    const facts = cache.factsOf(seed);
    assert.equal(facts?.doc.text, seed);
    assert.ok(facts?.numbers.some(({ span }) => seed.slice(span.start, span.end).includes("40 percent")));
    assert.equal(cache.factsOf(edited), undefined);
    checkDraft(edited, [], {}, cache);
    assert.equal(cache.factsOf(seed), undefined);
    assert.equal(cache.factsOf(edited)?.doc.text, edited);
  });
});

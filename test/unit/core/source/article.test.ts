import assert from "node:assert/strict";
import { quoteAt, quotesAround, readArticle } from "../../../../src/core/source/article";

describe("source/article: reading a source article", () => {
  const text =
    "Headline with 300 miles\n\nMr. Smith went to Washington. He said it was “really great,” and left.\n\n“I never sell a Wurlitzer,” she said. He’d like rock ’n’ roll from the ’50s.\n\n© The Hill\n";
  const article = readArticle(text);
  const slices = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

  it("marks a first line without a stop as the headline", () => {
    assert.equal(article.paragraphs[0].headline, true);
    assert.equal(article.paragraphs[1].headline, false);
  });

  it("leaves out the © line", () => {
    assert.ok(!article.paragraphs.some((p) => text.slice(p.start, p.end).includes("©")));
  });

  it("does not end a sentence after Mr.", () => {
    assert.deepEqual(slices(article.sentences.filter((s) => s.paragraph === 1)), [
      "Mr. Smith went to Washington.",
      "He said it was “really great,” and left.",
    ]);
  });

  it("keeps a quotation of two sentences and its attribution in one sentence, as the checker does", () => {
    const two = "“We did not just fix the machines. We fixed the building,” Brandt said. The museum opens Saturday.";
    assert.deepEqual(
      readArticle(two).sentences.map((s) => two.slice(s.start, s.end)),
      ["“We did not just fix the machines. We fixed the building,” Brandt said.", "The museum opens Saturday."],
    );
  });

  it("reads a quotation that runs over two paragraphs as one, closing in the second", () => {
    const text =
      "Strike\n\n“We have waited three years for a contract.\n\n“We will not wait three more,” said Carla Nguyen.\n";
    const [quote] = readArticle(text).quotes;
    assert.equal(
      text.slice(quote.start, quote.end),
      "“We have waited three years for a contract.\n\n“We will not wait three more,”",
    );
    assert.deepEqual([quote.paragraph, quote.lastParagraph], [1, 2]);
  });

  it("finds the quotation at an offset and the ones either side of it", () => {
    const [first, second] = article.quotes;
    assert.equal(quoteAt(article, first.start), first);
    assert.equal(quoteAt(article, first.end), undefined);
    assert.deepEqual(quotesAround(article, first.end + 1), { previous: first, next: second });
    assert.deepEqual(quotesAround(article, first.start + 2), { previous: undefined, next: second });
  });

  it("finds quotations but not apostrophes", () => {
    assert.deepEqual(slices(article.quotes), ["“really great,”", "“I never sell a Wurlitzer,”"]);
  });
});

import assert from "node:assert/strict";
import { layoutOf, readDraft } from "../../../../src/core/facts";
import { analyse } from "../../../../src/core/source/analysis";
import { matchNumber, matchQuote, statedInSources } from "../../../../src/core/source/match";

const source = analyse({
  id: "source.txt",
  text:
    "Kursk\n\n" +
    "Ukraine launched a minor offensive on Sunday to retain a grip on the roughly 300 square miles Ukrainian troops still hold.\n\n" +
    "“Russia had to pull almost 60,000 troops off the Ukrainian front to deal with it. As of this Monday, it’s been five months since our troops have maintained a buffer zone,” he wrote.\n\n" +
    "Since Russia began taking back territory, Ukraine has lost about 40 percent of the ground it took. Ukraine lost 300 tanks in the fall.\n",
});
/** The draft cut as the checker cuts a Markdown draft. */
const layout = (text: string) => layoutOf(readDraft(text, "markdown"));
const passage = (p: { start: number; end: number } | undefined) => p && source.article.text.slice(p.start, p.end);

describe("source/match: finding a draft's claim in a source article", () => {
  it("matches a quote despite changed marks and a trimmed ending", () => {
    const p = matchQuote(
      "Russia had to pull almost 60,000 troops off the Ukrainian front to deal with it. As of this Monday, it's been five months",
      [source],
    );
    assert.match(passage(p) ?? "", /^Russia had to pull.*five months$/);
  });

  it("matches a quote with an ellipsis for words left out", () => {
    assert.ok(
      matchQuote("Russia had to pull almost 60,000 troops … since our troops have maintained a buffer zone", [source]),
    );
  });

  it("matches nothing for words the source never quotes", () => {
    assert.equal(matchQuote("We will never take your support for granted in the future", [source]), undefined);
  });

  it("matches a number by value and the words around it", () => {
    const draft = "Ukraine launched an offensive to keep the roughly 300 square miles its troops hold.";
    const start = draft.indexOf("roughly");
    const p = matchNumber(
      layout(draft),
      { start, end: start + 24, text: "roughly 300 square miles" },
      [source],
      () => "",
    );
    assert.match(passage(p) ?? "", /^Ukraine launched a minor offensive/);
  });

  it("matches 40 percent written as 40%", () => {
    const draft = "Ukraine has lost 40% of the ground it took.";
    const start = draft.indexOf("40%");
    assert.ok(matchNumber(layout(draft), { start, end: start + 3, text: "40%" }, [source], () => ""));
  });

  it("matches nothing when two passages fit equally well and name different speakers", () => {
    const twice = analyse({
      id: "twice.txt",
      text: "Votes\n\nThe mayor won 300 votes in the north, Smith said.\n\nThe mayor won 300 votes in the north, Jones said.\n",
    });
    const draft = "The mayor won 300 votes in the north.";
    const start = draft.indexOf("300");
    const speakerOf = (p: { start: number }) => (p.start < 40 ? "Smith" : "Jones");
    assert.equal(
      matchNumber(layout(draft), { start, end: start + 9, text: "300 votes" }, [twice], speakerOf),
      undefined,
    );
  });

  it("matches nothing for the same value in other words", () => {
    const draft = "The city planted 300 trees along the river.";
    const start = draft.indexOf("300");
    assert.equal(
      matchNumber(layout(draft), { start, end: start + 9, text: "300 trees" }, [source], () => ""),
      undefined,
    );
  });

  it("tells a claim whose quantity the source states, in any form, from one it never states", () => {
    assert.equal(statedInSources({ text: "60 000 troops" }, [source]), true);
    assert.equal(statedInSources({ text: "40%" }, [source]), true);
    assert.equal(statedInSources({ text: "4,100 troops" }, [source]), false);
    assert.equal(statedInSources({ text: "60,000 troops" }, []), false);
  });
});

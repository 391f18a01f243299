import assert from "node:assert/strict";
import { checkDraft } from "../../../../src/core/check";
import { readArticle } from "../../../../src/core/source/article";
import { notesCredit } from "../../../../src/core/source/dataNotes";
import { analyse } from "../../../../src/core/source/analysis";

/** The words the first fix for the draft's claim holding some words inserts. */
function fixFor(draft: string, source: string, words: string): string {
  const { findings } = checkDraft(draft, [{ id: "source.txt", text: source }]);
  const found = findings.find((f) => f.claim?.text.includes(words));
  assert.ok(found, `a finding for "${words}"`);
  return found.fixes[0].edits.map((e) => e.newText).join("");
}

const credited = (text: string) => notesCredit(readArticle(text))?.first;

const commute =
  "Longer commutes for Kelby workers\n\n" +
  "In Kelby, 31 percent of commuters now drive alone, up from 26 percent in 2015.\n\n" +
  "Mayor Brad Carter said the new tram line would open in 2027.\n\n" +
  "About 18 percent of workers cycle to work at least once a week, the mayor said.\n\n" +
  "Notes: Figures are from the 2023 National Travel Survey by the Department for Transport.\n";

describe("source/dataNotes: the survey or report a notes section credits", () => {
  it("credits a named survey to its maker, as a possessive: the Department for Transport's 2023 National Travel Survey", () => {
    assert.equal(credited(commute), "the Department for Transport's 2023 National Travel Survey");
  });

  it("gives the credit to a number the article states in its own voice", () => {
    const draft = "In Kelby, 31 percent of commuters drive alone.\n";
    assert.equal(
      fixFor(draft, commute, "31 percent"),
      ", according to the Department for Transport's 2023 National Travel Survey",
    );
  });

  it("leaves a number its own credit", () => {
    const draft = "About 18 percent of workers cycle to work at least once a week.\n";
    assert.match(fixFor(draft, commute, "18 percent"), /Carter/);
  });

  it("refers to the survey by its head noun once the draft has named it", () => {
    const draft =
      "The National Travel Survey asks about commuting.\n\nIn Kelby, 31 percent of commuters drive alone.\n";
    assert.equal(fixFor(draft, commute, "31 percent"), ", according to the survey");
  });

  it("reads the document a methodology heading's paragraph opens with and its maker", () => {
    const text =
      "Rents outpace wages\n\n" +
      "Average rents in Kelby rose 9 percent last year.\n\n" +
      "Methodology\n\n" +
      "The Kelby Rent Survey was conducted by the Kelby Tenants Federation between January and March. It asked 2,000 tenants about their leases.\n";
    assert.equal(credited(text), "the Kelby Tenants Federation's Kelby Rent Survey");
  });

  it("keeps a maker whose name takes no clean possessive after the document", () => {
    const text =
      "Rents outpace wages\n\nAverage rents in Kelby rose 9 percent last year.\n\n" +
      "About the data: The figures are based on the Kelby Rent Survey by the Renters' Union of Kelby.\n";
    assert.equal(credited(text), "the Kelby Rent Survey by the Renters' Union of Kelby");
  });

  it("keeps a phrase with no named document whole, up to where its clause ends", () => {
    const text =
      "Rents outpace wages\n\nAverage rents in Kelby rose 9 percent last year.\n\n" +
      "Background: The numbers come from data collected by the city's housing office, which surveys landlords each spring.\n";
    assert.equal(credited(text), "data collected by the city's housing office");
  });

  it("credits nothing for a background section that names no document", () => {
    const text =
      "Rents outpace wages\n\nAverage rents in Kelby rose 9 percent last year.\n\n" +
      "Background: The city last capped rents in 1994, and the cap was lifted four years later.\n";
    assert.equal(credited(text), undefined);
  });

  it("reads no credit from a sentence that only mentions a survey outside such a section", () => {
    const text =
      "Rents outpace wages\n\nAverage rents in Kelby rose 9 percent last year.\n\n" +
      "The figures are from the Kelby Rent Survey by the Kelby Tenants Federation.\n";
    assert.equal(credited(text), undefined);
  });

  describe("Source: lines under a chart or a table", () => {
    const rents =
      "Rents climb fastest in the north\n\n" +
      "By Mina Clark, Kelby Gazette\n\n" +
      "Chart: Change in average rent by region\n\n" +
      "Average rents in the northern region rose 9.2 percent in the year to March.\n\n" +
      "Source: Office for National Statistics\n\n" +
      "Housing minister Leo Park said 40,000 new homes would be built by 2028.\n\n" +
      "Water bills\n\n" +
      "Bills in the valley rose by 6 percent in April.\n\n" +
      "Source: Valley Water Board\n\n" +
      "The board meets again in June to set next year's charges.\n";

    it("credits the figures of the passage above the line to the body it names", () => {
      const draft = "Average rents in the northern region rose 9.2 percent.\n";
      assert.equal(fixFor(draft, rents, "9.2 percent"), ", according to Office for National Statistics");
    });

    it("keeps each section's figures to its own credit line, back to the section's heading", () => {
      const draft = "Bills in the valley rose by 6 percent.\n";
      assert.equal(fixFor(draft, rents, "6 percent"), ", according to Valley Water Board");
    });

    it("leaves a figure a speaker states to the speaker", () => {
      const draft = "About 40,000 new homes will be built by 2028.\n";
      assert.match(fixFor(draft, rents, "40,000"), /Park/);
    });

    it("credits the figures of a table above the line, even at the foot of the article", () => {
      const text =
        "Exam results\n\nPass rates rose in every county.\n\n| County | Pass rate |\n| --- | --- |\n| Kelby | 81 percent |\n\n" +
        "Source: Kelby Education Trust\n";
      const { article, speakers } = analyse({ id: "s.txt", text });
      const table = article.paragraphs.findIndex((p) => text.slice(p.start, p.end).includes("| Kelby |"));
      assert.equal(speakers.dataCredits?.get(table)?.name, "Kelby Education Trust");
    });
  });
});

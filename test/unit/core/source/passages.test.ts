import assert from "node:assert/strict";
import { analyzeDraft } from "../../../../src/core/check";
import { layoutOf } from "../../../../src/core/facts";
import { analyse } from "../../../../src/core/source/analysis";
import { quoteAt } from "../../../../src/core/source/article";
import { PassageReader } from "../../../../src/core/source/passages";
import { SourceArticle } from "../../../../src/core/types";

/** A long council report: a hundred and twenty wards, each a named councillor who speaks in quotation marks, then a pronoun. */
function councilReport(): string {
  const wards = Array.from({ length: 120 }, (_, i) => {
    const ward = i + 1;
    return [
      `Councillor Marta Ilves${ward} of ward ${ward} told the meeting on Tuesday that the ward's ${ward * 12} street lamps would be replaced by spring.`,
      `“We have waited ${ward + 3} years for lamps that work in ward ${ward},” Ilves${ward} said.`,
      `She added that the works in ward ${ward} would cost ${ward * 1000 + 500} dollars and would be paid from the roads budget.`,
    ].join("\n\n");
  });
  return `Council lamps report\n\n${wards.join("\n\n")}\n`;
}

const source: SourceArticle = { id: "report.txt", text: councilReport() };
const draftText =
  "# Lamps\n\nThe ward will get new lamps. “We have waited 103 years for lamps that work in ward 100,” one councillor told the meeting.\n";
const analysis = analyzeDraft(draftText, { language: "markdown" });
const needs = { layout: layoutOf(analysis.facts), claims: analysis.verdicts.map((v) => v.claim) };

describe("source: a long article read by passage", () => {
  it("tags only the lead before a draft asks for more", () => {
    const read = new PassageReader(source).analysisFor(undefined);
    const passage = source.text.indexOf("We have waited 103 years");
    assert.ok(read.article.words.length > 0, "the lead is read");
    assert.ok(
      read.article.words.every((w) => w.start < passage - 500),
      "nothing near ward 100 is tagged yet",
    );
  });

  it("reads the passage a draft quotes, with the paragraphs before it, and finds its speaker as a whole read does", () => {
    const reader = new PassageReader(source);
    const read = reader.analysisFor(needs);
    const whole = analyse(source);
    const at = source.text.indexOf("We have waited 103 years");
    const lazySpeaker = read.speakers.quoteSpeakers.get(quoteAt(read.article, at)!)?.speaker;
    const wholeSpeaker = whole.speakers.quoteSpeakers.get(quoteAt(whole.article, at)!)?.speaker;
    assert.match(lazySpeaker?.name ?? "", /Ilves100$/);
    assert.deepEqual(lazySpeaker, wholeSpeaker);
    assert.ok(read.article.words.length < whole.article.words.length / 2, "most of the article is left untagged");
  });

  it("keeps the same analysis while the draft needs nothing new", () => {
    const reader = new PassageReader(source);
    const first = reader.analysisFor(needs);
    assert.equal(reader.analysisFor(needs), first);
  });

  it("keeps every sentence of the article, read or not, at the same index", () => {
    const reader = new PassageReader(source);
    const before = reader.analysisFor(undefined).article.sentences.map((s) => s.start);
    const after = reader.analysisFor(needs).article.sentences.map((s) => s.start);
    assert.deepEqual(after, before);
    assert.equal(after.length, analyse(source).article.sentences.length);
  });
});

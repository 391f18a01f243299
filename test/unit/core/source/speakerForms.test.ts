import assert from "node:assert/strict";
import { checkDraft } from "../../../../src/core/check";
import { readArticle } from "../../../../src/core/source/article";
import { mapSpeakers } from "../../../../src/core/source/speakers";

/** Who the source article says speaks the quotation holding some words. */
function speakerOf(text: string, words: string): string | undefined {
  const article = readArticle(text);
  const map = mapSpeakers(article);
  const quote = article.quotes.find((q) => text.slice(q.start, q.end).includes(words));
  assert.ok(quote, `a quotation holds "${words}"`);
  return map.quoteSpeakers.get(quote)?.speaker.name;
}

/** The words the first fix for a draft's quote inserts. */
function fixFor(draft: string, source: string, words: string): string {
  const { findings } = checkDraft(draft, [{ id: "source.txt", text: source }]);
  const found = findings.find((f) => f.claim?.text.includes(words));
  assert.ok(found, `a finding for "${words}"`);
  return found.fixes[0].edits.map((e) => e.newText).join("");
}

describe("source/speakers: the forms a source article gives its speakers", () => {
  it("gives 'she added' to the woman of the two people named before it", () => {
    const text =
      "Clinic\n\nNurse Anna Keller and Dr. Peter Haddad run the night clinic together. " +
      'Haddad said most patients arrive after 10 p.m. "We see people who cannot take a day off work," she added.\n';
    assert.equal(speakerOf(text, "cannot take a day off"), "Anna Keller");
  });

  it("gives 'he said' to the last man named before it, however the tagger knows his name", () => {
    const text =
      "Depot\n\nThe tour ended at the depot of transit chief Odile Brancaccio, where engineers showed the new buses.\n\n" +
      "Brancaccio said the fleet would be electric by 2030.\n\n" +
      "Engineering manager Harriet Vance said the batteries last a full shift.\n\n" +
      "Brancaccio said the old diesel buses would be sold.\n\n" +
      '"Nobody wants to ride a bus that smells of fuel," he said.\n';
    assert.equal(speakerOf(text, "smells of fuel"), "Odile Brancaccio");
  });

  it("gives 'they said' to the organisation that spoke last", () => {
    const text =
      "Rail\n\nThe Northern Rail Union said its members would strike on Friday. " +
      'Management offered 3 percent. "That is a pay cut once you count inflation," they said.\n';
    assert.equal(speakerOf(text, "pay cut once"), "the Northern Rail Union");
  });

  it("gives a described speaker to the name the article gave for that role", () => {
    const text =
      "Flu\n\nDr. Ines Kowalski, the region's chief medical officer, said hospitals were full.\n\n" +
      'Wards opened overnight. "We have never needed this many beds in November," the region\'s chief medical officer said.\n';
    assert.equal(speakerOf(text, "this many beds"), "Ines Kowalski");
  });

  it("reads a name whose appositive the tagger takes for a verb: the agency's Jane Roe, deputy head of the science directorate", () => {
    const text =
      "Moon\n\n" +
      '"Buying rides lets us fly more often for less money," the agency\'s Jane Roe, deputy head of the science directorate, said in a statement.\n';
    assert.equal(speakerOf(text, "Buying rides"), "Jane Roe");
  });

  it("keeps the speaker of a paragraph for the quote-only paragraph after it", () => {
    const text =
      "Harbour\n\nHarbourmaster Tom Reilly said the storm moved two boats off their moorings.\n\n" +
      '"We will have divers down there by Tuesday."\n';
    assert.equal(speakerOf(text, "divers down"), "Tom Reilly");
  });

  it("takes the quotation over the same words repeated outside quotation marks (an embedded post)", () => {
    const source =
      "Campaign\n\n" +
      "“The point of the campaign is to get people talking,” Mayor Ruth Ebner wrote. “It is working.”\n\n" +
      "The point of the campaign is to get people talking. It is working. #talk\n\n" +
      "— Ruth Ebner (@ruthebner) May 2, 2025\n";
    const draft = "The mayor is pleased.\n\n“The point of the campaign is to get people talking. It is working.”\n";
    assert.match(fixFor(draft, source, "get people talking"), /Ebner wrote|Ebner said/);
  });

  it("names the speaker of a draft quote taken from an unquoted paragraph after 'X said:' (a press release)", () => {
    const source =
      "New bus routes for Kelby\n\n" +
      "Transport Minister Aroha Pita said:\n\n" +
      "These routes will put every school in Kelby within a short walk of a bus stop.\n";
    const draft =
      "Kelby gets new buses.\n\n“These routes will put every school in Kelby within a short walk of a bus stop.”\n";
    assert.match(fixFor(draft, source, "every school in Kelby"), /Pita said|said Transport Minister Aroha Pita/);
  });

  it("credits a number in an unquoted paragraph after 'X said:' to X, not to the publication", () => {
    const source =
      "New bus routes for Kelby\n\nBy Lena Ortiz, Kelby Gazette\n\n" +
      "Transport Minister Aroha Pita said:\n\n" +
      "The new routes will carry 12,000 passengers a day by the end of the year.\n";
    const draft = "Kelby's new bus routes will carry 12,000 passengers a day.\n";
    assert.match(fixFor(draft, source, "12,000"), /Aroha Pita/);
  });

  it("names the speaker of a draft quote taken from a block quote after 'X said:'", () => {
    const source =
      "Library to stay open\n\n" +
      "Councillor Dev Rana said:\n\n" +
      "> Closing the library would cut off the only free internet many families have.\n";
    const draft =
      "The library stays open.\n\n“Closing the library would cut off the only free internet many families have.”\n";
    assert.match(fixFor(draft, source, "only free internet"), /Rana said|said Councillor Dev Rana/);
  });
});

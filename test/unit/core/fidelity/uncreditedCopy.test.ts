import assert from "node:assert/strict";
import { codesOf, fidelityOf, fixedBy } from "./helpers";

const COPIED = "The town council meets on Thursday to vote on emergency funding for the repairs.";

describe("fidelity: uncredited-copy (policy 5)", () => {
  it("flags ten or more consecutive source words outside quotes in a sentence with no attribution", () => {
    const draft = `Crews worked overnight. ${COPIED}\n`;
    const found = fidelityOf(draft);
    assert.deepEqual(
      found.map((f) => f.code),
      ["uncredited-copy"],
    );
    assert.equal(draft.slice(found[0].start, found[0].end), COPIED.slice(0, -1));
    assert.equal(found[0].severity, "information");
  });

  it("credits the speaker when the copied words stand inside quotation marks in the source", () => {
    const draft = "The shelters at the high school have room for everyone tonight.\n";
    assert.match(fixedBy(draft, "uncredited-copy"), /tonight, [^.]*Priya Raman said\.\n$/);
  });

  it("credits the publication for the article's own prose even where its sentence reports a speaker", () => {
    const draft = "The water treatment plant will stay open through the weekend.\n";
    assert.match(fixedBy(draft, "uncredited-copy"), /weekend, according to Valley Wire\.\n$/);
  });

  it("credits the figure's source when the copied sentence holds a number claim", () => {
    const draft =
      "About 3,200 residents left their homes in Millbrook on Tuesday as the Alder River rose past its banks.\n";
    const found = fidelityOf(draft).filter((f) => f.code === "uncredited-copy");
    assert.equal(found.length, 1);
    assert.match(found[0].fixes[0].edits[0].newText, /county emergency office/);
  });

  it("credits the speaker of an unquoted statement paragraph after 'X said:'", () => {
    const release = {
      id: "release.txt",
      text: [
        "Harbour trust sets out dredging plan",
        "",
        "Trust chair Ines Varga said:",
        "",
        "The channel will be deepened in stages so that the ferries can keep sailing through the winter months.",
        "",
        "© Coastline Daily",
      ].join("\n"),
    };
    const draft = "The channel will be deepened in stages so that the ferries can keep sailing.\n";
    assert.match(fixedBy(draft, "uncredited-copy", [release]), /Varga said\.\n$/);
  });

  it("credits a copied figure to the Source: line under its passage", () => {
    const source = {
      id: "rents.txt",
      text: [
        "Rents climb fastest in the north",
        "",
        "Average rents in the northern region rose 9.2 percent in the year to March, the steepest rise.",
        "",
        "Source: Office for National Statistics",
        "",
        "Landlords' groups said the rise would slow next year.",
        "",
        "© Kelby Gazette",
      ].join("\n"),
    };
    const draft = "Average rents in the northern region rose 9.2 percent in the year to March.\n";
    const found = fidelityOf(draft, [source]).filter((f) => f.code === "uncredited-copy");
    assert.match(found[0].fixes[0].edits[0].newText, /according to Office for National Statistics/);
  });

  it("names the publication option for the prose of a source that names none", () => {
    const bare = {
      id: "notes.txt",
      text: "Ferry fares rise\n\nThe ferry company will raise fares on the island routes from the first of March.\n",
    };
    const draft = "The ferry company will raise fares on the island routes from next month.\n";
    const found = fidelityOf(draft, [bare], { publication: "Island Courier" }).filter(
      (f) => f.code === "uncredited-copy",
    );
    assert.match(found[0].fixes[0].edits[0].newText, /according to Island Courier/);
  });

  it("reads 'states' after a number as the noun, so the copy is still found", () => {
    const source = {
      id: "s.txt",
      text: "Water audit\n\nThe audit compared meter readings from utilities in twelve states over the last decade.\n\n© Basin Report",
    };
    assert.deepEqual(
      codesOf("The audit compared meter readings from utilities in twelve states over the last decade.\n", [source]),
      ["uncredited-copy"],
    );
  });

  it("reads 'no official record' as a noun phrase, not a source and its verb", () => {
    const source = {
      id: "s.txt",
      text: "Mill fire\n\nThere is no official record of how the fire at the old textile mill began.\n\n© Basin Report",
    };
    assert.deepEqual(
      codesOf("There is no official record of how the fire at the old textile mill began.\n", [source]),
      ["uncredited-copy"],
    );
  });

  it("credits the publication for words in the article's own voice", () => {
    const draft = "The flood closed 40 percent of the town's roads by Tuesday evening.\n";
    assert.match(fixedBy(draft, "uncredited-copy"), /, according to Valley Wire\.\n$/);
  });

  it("leaves a run of nine source words alone", () => {
    assert.deepEqual(codesOf("The town council meets on Thursday to vote on it.\n"), []);
  });

  it("counts a hyphenated word as two words", () => {
    const source = { id: "s.txt", text: "Notes\n\nThe long-awaited east-west rail link opened to riders today.\n" };
    assert.deepEqual(codesOf("Finally the long-awaited east-west rail link opened to riders.\n", [source]), [
      "uncredited-copy",
    ]);
  });

  it("leaves copied words alone in a sentence that carries an attribution", () => {
    assert.deepEqual(
      codesOf(`Ortiz said the town council meets on Thursday to vote on emergency funding for the repairs.\n`),
      [],
    );
  });

  it("leaves copied words alone where the sentence's subject characterises something with them: called it, described it as", () => {
    const line = "the town council meets on Thursday to vote on emergency funding for the repairs";
    assert.deepEqual(codesOf(`The mayor called it a sign that ${line}.\n`), []);
    assert.deepEqual(codesOf(`Ortiz described it as proof that ${line}.\n`), []);
  });

  it("still flags copied words after a passive naming verb, which credits no one", () => {
    assert.deepEqual(codesOf(`It was called a sign that ${COPIED.toLowerCase()}\n`), ["uncredited-copy"]);
  });

  it("leaves words inside quotation marks alone: they are a quote, not copy", () => {
    const draft = `Ortiz spoke at noon. "We are asking everyone in the low streets to leave now and not wait for the water," Raman said.\n`;
    assert.deepEqual(
      codesOf(draft).filter((c) => c === "uncredited-copy"),
      [],
    );
  });

  it("follows the word threshold option", () => {
    assert.deepEqual(codesOf("The town council meets on Thursday to vote on it.\n", undefined, { copyWords: 8 }), [
      "uncredited-copy",
    ]);
  });

  it("is off when reportCopy is false", () => {
    assert.deepEqual(codesOf(`${COPIED}\n`, undefined, { reportCopy: false }), []);
  });
});

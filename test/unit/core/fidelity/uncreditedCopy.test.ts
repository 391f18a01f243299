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

  it("credits the speaker the source has the words from", () => {
    const draft = "The water treatment plant will stay open through the weekend.\n";
    assert.match(fixedBy(draft, "uncredited-copy"), /weekend, [^.]*Priya Raman said\.\n$/);
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

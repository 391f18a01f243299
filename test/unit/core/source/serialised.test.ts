import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkDraft } from "../../../../src/core/check";
import { adoptSources, analyse, serialiseSource, sourcesRead, transferables } from "../../../../src/core/source";
import { restoreSource } from "../../../../src/core/source/serialised";

const WIRE = [
  "Harbour Board Approves Dredging Plan",
  "",
  "The Port Wexley harbour board voted 5-2 on Tuesday to dredge the main channel, a project it puts at $14.2 million.",
  "",
  "“We can’t keep turning ships away,” said board chair Moira Keane, a former tugboat captain. “This keeps the port open.”",
  "",
  "Keane said the work would start in April. Opponents, led by councillor Dev Ramos, said the board had ignored the fishing fleet.",
  "",
  "“Nobody asked us,” Ramos told reporters after the vote. He said about 40 boats use the inner harbour.",
].join("\n");

/** A copy through postMessage's algorithm, the typed arrays moved as the worker moves them. */
const posted = <T>(value: T, transfer: ArrayBuffer[] = []): T => structuredClone(value, { transfer });

describe("source/serialised: an analysed source article as data for another thread", () => {
  it("gives back the same article, words and speakers, each quotation still keyed to its speaker", () => {
    const analysed = analyse({ id: "wire.txt", text: WIRE });
    const serialised = serialiseSource(analysed);
    const restored = restoreSource(posted(serialised, transferables(serialised)));
    assert.deepEqual(restored, analysed);
    const quote = restored.article.quotes.find((q) => WIRE.slice(q.start, q.end).includes("Nobody asked us"));
    assert.equal(restored.speakers.quoteSpeakers.get(quote!)?.speaker.name, "Dev Ramos");
  });

  it("gives back the seed article's analysis unchanged", () => {
    const text = readFileSync("test/fixtures/seed-kursk/source.txt", "utf8");
    const analysed = analyse({ id: "source.txt", text });
    assert.deepEqual(restoreSource(posted(serialiseSource(analysed))), analysed);
  });

  it("sends each distinct set of tags once, not once per word", () => {
    const { words } = serialiseSource(analyse({ id: "wire.txt", text: WIRE }));
    assert.ok(
      words.tagSets.length < words.start.length / 2,
      `${words.tagSets.length} sets for ${words.start.length} words`,
    );
  });

  it("lets a check use an article read elsewhere, with the same evidence and fixes as reading it itself", () => {
    const draft =
      "The harbour board will dredge the main channel.\n\n“We can’t keep turning ships away,” the chair said.\n\nAbout 40 boats use the inner harbour.\n";
    const here = { id: "read-here.txt", text: WIRE };
    const elsewhere = { id: "read-elsewhere.txt", text: WIRE };
    const expected = JSON.stringify(checkDraft(draft, [here])).replaceAll("read-here.txt", "read-elsewhere.txt");
    assert.equal(sourcesRead([elsewhere]), false);
    adoptSources([posted(serialiseSource(analyse(elsewhere)))]);
    assert.equal(sourcesRead([elsewhere]), true);
    const result = checkDraft(draft, [elsewhere]);
    assert.equal(JSON.stringify(result), expected);
    assert.ok(result.findings.some((f) => f.evidence?.speaker === "Dev Ramos"));
  });
});

import assert from "node:assert/strict";
import { checkFiles } from "../../../src/cli/check-command";
import { indexSources } from "../../../src/core/source";
import { scratchFolder } from "./scratch";

describe("says-who check, in process: many drafts in one run", () => {
  const source = [
    "Ferry fares",
    '"We cannot run the late crossing at a loss," said Ines Moreau, the operator\'s director.',
    '"The island needs a boat after ten," said Paul Lind, who chairs the residents\' council.',
  ].join("\n\n");
  const drafts = [
    'The operator defended the cut.\n\n"We cannot run the late crossing at a loss."\n',
    'Fares rise in May.\n\n"The island needs a boat after ten."\n',
  ];

  it("checks every draft against the one source index, so the source is read once for all of them", () => {
    const { dir, write } = scratchFolder("many-drafts");
    const wire = write("wire.txt", source);
    const paths = drafts.map((text, i) => write(`draft-${i}.md`, text));
    const options = { source: [wire], format: "json" as const };
    const { files } = checkFiles(paths, options, () => new Uint8Array(), dir);
    assert.deepEqual(
      files.map((f) => f.findings.map((x) => x.code)),
      [["unattributed-quote"], ["unattributed-quote"]],
    );
    assert.deepEqual(
      files.map((f) => f.findings[0]?.evidence?.speaker),
      ["Ines Moreau", "Paul Lind"],
    );
    // The index the run left holds both drafts' matches: the second draft was checked against the first one's index.
    const { matches } = indexSources([{ id: wire, text: source }]);
    for (const words of ["late crossing", "boat after ten"])
      assert.ok(
        [...matches.keys()].some((key) => key.includes(words)),
        words,
      );
  });
});

import * as assert from "node:assert/strict";
import { fixAllEdits, nothingToFixReason } from "../../../src/extension/fixAll";
import type { Evidence, Fix } from "../../../src/core/types";
import { findingOn } from "./findings";

const DRAFT =
  "“This is the safest street design we have ever voted on.” The plan will cost $3.4 million. “We are thrilled.”";
const EVIDENCE: Evidence = {
  sourceId: "wire.txt",
  start: 10,
  end: 60,
  speaker: "Ruth Abebe",
  passage: "“This is the safest street design…” Abebe said.",
};

function insertAfter(text: string, newText: string, extra: Partial<Fix> = {}): Fix {
  const at = DRAFT.indexOf(text) + text.length;
  return { title: `Attribute: ${newText}`, edits: [{ start: at, end: at, newText }], isPreferred: true, ...extra };
}

describe("fixAllEdits", () => {
  it("takes the preferred fix of every claim the source article matched, in draft order", () => {
    const quote = findingOn(DRAFT, "“This is the safest street design we have ever voted on.”", "unattributed-quote", {
      evidence: EVIDENCE,
      fixes: [insertAfter("voted on.", " council member Ruth Abebe said")],
    });
    const number = findingOn(DRAFT, "$3.4 million", "unattributed-number", {
      evidence: { ...EVIDENCE, speaker: undefined },
      fixes: [insertAfter("$3.4 million", ", according to the city’s transportation department")],
    });
    assert.deepEqual(
      fixAllEdits([number, quote]).map((edit) => edit.newText),
      [" council member Ruth Abebe said", ", according to the city’s transportation department"],
    );
  });

  it("leaves alone claims with no match in the source: their fix would only insert a placeholder", () => {
    const unmatched = findingOn(DRAFT, "“We are thrilled.”", "unattributed-quote", {
      fixes: [insertAfter("thrilled.", " SOURCE said", { placeholder: { start: 1, end: 7 } })],
    });
    assert.deepEqual(fixAllEdits([unmatched]), []);
  });

  it("never takes a placeholder fix even when the claim was matched", () => {
    const matched = findingOn(DRAFT, "“We are thrilled.”", "unattributed-quote", {
      evidence: EVIDENCE,
      fixes: [insertAfter("thrilled.", " SOURCE said", { placeholder: { start: 1, end: 7 } })],
    });
    assert.deepEqual(fixAllEdits([matched]), []);
  });

  it("skips a fix that would touch text another fix already edits", () => {
    const first = findingOn(DRAFT, "$3.4 million", "unattributed-number", {
      evidence: EVIDENCE,
      fixes: [insertAfter("$3.4 million", ", the council said")],
    });
    const second = findingOn(DRAFT, "$3.4 million", "unattributed-number", {
      evidence: EVIDENCE,
      fixes: [insertAfter("$3.4 million", ", according to the city")],
    });
    assert.deepEqual(
      fixAllEdits([first, second]).map((edit) => edit.newText),
      [", the council said"],
    );
  });

  it("does not rewrite weak attribution", () => {
    const weak = findingOn(DRAFT, "$3.4 million", "weak-attribution", {
      evidence: EVIDENCE,
      fixes: [insertAfter("$3.4 million", ", officials said")],
    });
    assert.deepEqual(fixAllEdits([weak]), []);
  });
});

describe("nothingToFixReason", () => {
  it("says every claim is attributed when nothing is flagged", () => {
    assert.equal(nothingToFixReason([], 1), "Nothing to fix: every quote and number in this draft is attributed.");
  });

  it("sends the reporter to 'Set Source Article…' when the draft has no source article", () => {
    const quote = findingOn(DRAFT, "“We are thrilled.”", "unattributed-quote");
    assert.match(
      nothingToFixReason([quote], 0),
      /no source article, so Says Who cannot tell who said the 1 flagged claim\. Run 'Says Who: Set Source Article…'/,
    );
  });

  it("says the source article has none of the flagged claims when it has a source", () => {
    const quote = findingOn(DRAFT, "“We are thrilled.”", "unattributed-quote");
    const number = findingOn(DRAFT, "$3.4 million", "unattributed-number");
    assert.match(
      nothingToFixReason([quote, number], 1),
      /^Nothing to fix automatically: none of the 2 flagged claims is in the source article\./,
    );
  });

  it("says where to name the publication when the source states a figure in its own voice and names none", () => {
    const number = findingOn(DRAFT, "$3.4 million", "unattributed-number", {
      fixes: [
        {
          title: "Add attribution (name the publication: the source article names none)",
          edits: [{ start: 0, end: 0, newText: ", according to PUBLICATION" }],
          isPreferred: true,
          placeholder: { start: 15, end: 26 },
          unfixable: "no-publication",
        },
      ],
    });
    assert.match(
      nothingToFixReason([number], 1),
      /names no publication\. Set `publication` in the folder's \.sayswho\.json/,
    );
  });

  it("says only the reporter can name the source of a weak attribution", () => {
    const weak = findingOn(DRAFT, "“We are thrilled.”", "weak-attribution");
    assert.match(nothingToFixReason([weak], 1), /1 claim has weak attribution, and only you can name the source\./);
  });
});

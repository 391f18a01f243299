import assert from "node:assert/strict";
import fc from "fast-check";
import { DraftMentions } from "../../../src/core/draftMentions";
import { DraftVersions } from "../../../src/core/draftVersions";

const DRAFT = [
  "Harbor commissioner Dana Whitfield said the dredging would start in March.",
  "",
  "“We have waited long enough,” Whitfield said. The Port Authority did not comment.",
  "",
  "Critics of the port authority say the plan costs too much; Whitfields of Maine disagree.",
].join("\n");

const SPEAKERS = [
  { key: "Whitfield", kind: "person" },
  { key: "Port Authority", kind: "organisation" },
  { key: "Okafor", kind: "person" },
];

/** Pieces a reporter types or pastes between two checks, names among them. */
const TYPED = ["a", " ", "Whitfield", "Whit", "field", "port authority", "Okafor said", "\n\n", "—", "’s"];

describe("DraftMentions (named before? across versions of a draft)", () => {
  it("answers for the speaker named in full earlier in the draft and not for one named later", () => {
    const mentions = new DraftMentions();
    const later = DRAFT.indexOf("“We");
    assert.equal(mentions.namedBefore(DRAFT, later, SPEAKERS[0]), true);
    assert.equal(mentions.namedBefore(DRAFT, 10, SPEAKERS[0]), false);
    assert.equal(mentions.namedBefore(DRAFT, DRAFT.length, SPEAKERS[2]), false);
  });

  it("matches an organisation regardless of case and a person's name only as a whole word", () => {
    const mentions = new DraftMentions();
    const draft = "The port authority met. Whitfields of Maine came. Port Authority staff said so.";
    assert.equal(mentions.namedBefore(draft, 20, SPEAKERS[1]), true);
    assert.equal(mentions.namedBefore(draft, 50, SPEAKERS[0]), false);
  });

  it("gives the answers a fresh reading of each version gives, however the draft is edited", () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 30 }), typed: fc.constantFrom(...TYPED) });
    fc.assert(
      fc.property(
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
        (edits, offsets) => {
          const kept = new DraftMentions();
          const followed = new DraftMentions();
          const versions = new DraftVersions();
          let text = DRAFT;
          for (const { at, cut, typed } of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
            versions.advance(text);
            followed.follow(text, versions);
            for (const speaker of SPEAKERS)
              for (const o of offsets) {
                const offset = o % (text.length + 1);
                const fresh = new DraftMentions().namedBefore(text, offset, speaker);
                assert.equal(kept.namedBefore(text, offset, speaker), fresh);
                assert.equal(followed.namedBefore(text, offset, speaker), fresh);
              }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("records what a piece of work asked, so a result kept from an earlier version can be checked against a new one", () => {
    const mentions = new DraftMentions();
    const at = DRAFT.indexOf("“We");
    const { value, asked } = mentions.watch(() => mentions.namedBefore(DRAFT, at, SPEAKERS[0]));
    assert.equal(value, true);
    assert.deepEqual(asked, [{ speaker: SPEAKERS[0], offset: at, named: true }]);
    const renamed = DRAFT.replace("Dana Whitfield", "Dana Okafor");
    assert.equal(mentions.stillHolds(renamed, asked, 0), false);
    assert.equal(mentions.stillHolds(`Lead.\n\n${DRAFT}`, asked, 7), true);
  });
});

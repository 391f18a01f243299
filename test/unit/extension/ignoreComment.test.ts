import * as assert from "node:assert/strict";
import { isSuppressed, readDirectives, suppressions } from "../../../src/core/suppress";
import type { Finding, TextEdit } from "../../../src/core/types";
import { ignoreClaimEdit } from "../../../src/extension/ignoreComment";
import { findingOn } from "./findings";

function apply(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

/** Whether the core's suppression parser silences the finding's claim in `text` (after the claim moved by the edit). */
function silencedBy(text: string, claimText: string, code: Finding["code"]): boolean {
  const start = text.indexOf(claimText);
  const { directives, malformed } = readDirectives(text);
  assert.deepEqual(malformed, []);
  return isSuppressed(suppressions(text, directives), code, { start, end: start + claimText.length });
}

describe("ignoreClaimEdit", () => {
  it("puts the directive on a line of its own before a paragraph, where the core reads it", () => {
    const draft = "# Flood\n\nThe river rose overnight.\n\n“We have never seen water like this.”\n";
    const claim = "“We have never seen water like this.”";
    const edit = ignoreClaimEdit(draft, findingOn(draft, claim, "unattributed-quote"));
    assert.ok(edit);
    const fixed = apply(draft, edit);
    assert.equal(
      fixed,
      "# Flood\n\nThe river rose overnight.\n\n<!-- says-who-disable-next-line unattributed-quote -->\n“We have never seen water like this.”\n",
    );
    assert.ok(silencedBy(fixed, claim, "unattributed-quote"));
  });

  it("closes the line above instead of splitting a hard-wrapped paragraph", () => {
    const draft = "Crews worked through the night and\nrestored power to 40,000 homes by dawn.\n";
    const claim = "40,000 homes";
    const edit = ignoreClaimEdit(draft, findingOn(draft, claim, "unattributed-number"));
    assert.ok(edit);
    const fixed = apply(draft, edit);
    assert.equal(
      fixed,
      "Crews worked through the night and <!-- says-who-disable-next-line unattributed-number -->\nrestored power to 40,000 homes by dawn.\n",
    );
    assert.ok(silencedBy(fixed, claim, "unattributed-number"));
  });

  it("adds the code to a directive already there instead of stacking a second one", () => {
    const draft =
      "Intro.\n\n<!-- says-who-disable-next-line unattributed-number -->\n“Crews restored power to 40,000 homes, and we are not done.”\n";
    const claim = "“Crews restored power to 40,000 homes, and we are not done.”";
    const edit = ignoreClaimEdit(draft, findingOn(draft, claim, "unattributed-quote"));
    assert.ok(edit);
    const fixed = apply(draft, edit);
    assert.equal(
      fixed,
      "Intro.\n\n<!-- says-who-disable-next-line unattributed-number unattributed-quote -->\n“Crews restored power to 40,000 homes, and we are not done.”\n",
    );
    assert.ok(silencedBy(fixed, claim, "unattributed-quote"));
    assert.equal((fixed.match(/<!--/g) ?? []).length, 1);
  });

  it("keeps the draft's CRLF line ends", () => {
    const draft = "Intro.\r\n\r\n“We have never seen water like this.”\r\n";
    const edit = ignoreClaimEdit(
      draft,
      findingOn(draft, "“We have never seen water like this.”", "unattributed-quote"),
    );
    assert.equal(edit?.newText, "<!-- says-who-disable-next-line unattributed-quote -->\r\n");
  });

  it("works on the first line of a plain-text draft", () => {
    const draft = "“The lines went down faster than we could count them.”\n";
    const claim = "“The lines went down faster than we could count them.”";
    const edit = ignoreClaimEdit(draft, findingOn(draft, claim, "unattributed-quote"));
    assert.ok(edit);
    assert.ok(silencedBy(apply(draft, edit), claim, "unattributed-quote"));
  });

  it("offers nothing for a malformed directive, which is not a claim", () => {
    const draft = "<!-- says-who-disable-nxt-line -->\nText.\n";
    const finding: Finding = {
      ...findingOn(draft, "<!-- says-who-disable-nxt-line -->", "malformed-directive"),
      claim: undefined,
    };
    assert.equal(ignoreClaimEdit(draft, finding), undefined);
  });
});

import assert from "node:assert/strict";
import { CURATED_VERBS, OPEN_CLASS_VERBS } from "../../../../src/core/policy/communicationVerbs";
import { WORDNET_SPEECH_VERBS } from "../../../../src/core/policy/wordnetVerbs";

describe("communication verbs (policy 2, v1.2)", () => {
  it("holds WordNet's verbs of saying in every form: grumbled, quipped, protests, begging", () => {
    for (const form of ["grumbled", "quipped", "protests", "begging", "whispered", "mutters", "conceding"])
      assert.ok(OPEN_CLASS_VERBS.has(form) || Object.values(CURATED_VERBS).some((v) => v.forms.includes(form)), form);
  });

  it("spells irregular and doubled forms as English does: sang, admitted, echoes", () => {
    assert.match(WORDNET_SPEECH_VERBS.sing, /\bsang\b/);
    assert.match(WORDNET_SPEECH_VERBS.admit, /\badmitted\b/);
    assert.match(WORDNET_SPEECH_VERBS.echo, /\bechoes\b/);
  });

  it("leaves out communication senses that are no speech: signed, filed, visited", () => {
    for (const form of ["signed", "filed", "visited", "showed"]) assert.ok(!OPEN_CLASS_VERBS.has(form), form);
  });

  it("leaves the editors' classed verbs out of the open class", () => {
    for (const form of ["said", "added", "called", "found"]) assert.ok(!OPEN_CLASS_VERBS.has(form), form);
  });
});

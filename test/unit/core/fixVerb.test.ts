import assert from "node:assert/strict";
import { fixVerb, plainVerb } from "../../../src/core/fixVerb";
import { HOUSE_STYLE } from "../../../src/core/source/style";

const past = HOUSE_STYLE;
const present = { ...HOUSE_STYLE, verb: "says", tense: "present" as const };

describe("fixVerb: the speech verb a fix writes", () => {
  it("writes 'said' for a loaded verb ('claimed', 'admitted', 'noted', 'conceded', 'insisted')", () => {
    for (const verb of ["claimed", "admitted", "noted", "conceded", "insisted"]) {
      assert.deepEqual(fixVerb(verb, undefined, past, "neutral"), { verb: "said" }, verb);
    }
  });

  it("writes 'says' for a present-tense source", () => {
    assert.deepEqual(fixVerb("insists", undefined, present, "neutral"), { verb: "says" });
    assert.equal(plainVerb(present), "says");
  });

  it("keeps a neutral verb that says where the words were written, with its time and place", () => {
    assert.deepEqual(fixVerb("wrote", "Thursday on X", past, "neutral"), {
      verb: "wrote",
      complement: "Thursday on X",
    });
    assert.deepEqual(fixVerb("said", "in a statement", past, "neutral"), {
      verb: "said",
      complement: "in a statement",
    });
  });

  it("keeps the time and place of a loaded verb it replaces: 'claimed at a rally' becomes 'said at a rally'", () => {
    assert.deepEqual(fixVerb("claimed", "at a rally", past, "neutral"), { verb: "said", complement: "at a rally" });
  });

  it("writes 'told' only with its listener", () => {
    assert.deepEqual(fixVerb("told", "reporters", past, "neutral"), { verb: "told", complement: "reporters" });
    assert.deepEqual(fixVerb("told", undefined, past, "neutral"), { verb: "said" });
    assert.equal(plainVerb({ ...past, verb: "told" }), "said");
  });

  it("keeps the source's own verb, loaded or not, when the policy asks for it", () => {
    assert.deepEqual(fixVerb("admitted", undefined, past, "source"), { verb: "admitted" });
    assert.deepEqual(fixVerb("continued", undefined, past, "source"), { verb: "said" });
  });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { isCueVerb } from "../../../src/core/attribution/cues";

const ROOT = path.join(__dirname, "../../../..");
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, "syntaxes/says-who.tmLanguage.json"), "utf8"));

/** Prepositional cues of policy 2, which the checker finds by their frame, not in its verb lexicon. */
const PREPOSITIONAL = new Set(["citing", "per"]);

describe("the TextMate grammar", () => {
  it("colours as a cue only verbs the checker's lexicon takes as cues", () => {
    const words = (grammar.repository.cue.match as string).split(/[|:()]/).filter((part) => /^[a-z]+$/.test(part));
    assert.ok(words.includes("said") && words.includes("told"), "the cue pattern lists its verbs as alternatives");
    assert.deepEqual(words.filter((word) => !PREPOSITIONAL.has(word) && !isCueVerb(word)), []);
  });

  it("names every scope for the grammar, so themes and tests can tell its marks from Markdown's", () => {
    const names = JSON.stringify(grammar).match(/"name":\s*"[^"]+"/g) ?? [];
    const scopes = names.map((entry) => entry.replace(/^"name":\s*"|"$/g, "")).filter((name) => name !== grammar.name);
    assert.ok(scopes.length > 0);
    assert.deepEqual(scopes.filter((scope) => !scope.endsWith(".says-who")), []);
  });
});

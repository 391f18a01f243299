import * as assert from "node:assert/strict";
import { readSettings } from "../../../src/extension/settings";
import { DEFAULT_OPTIONS } from "../../../src/core/options";

describe("readSettings", () => {
  it("gives the engine its own defaults when nothing is set", () => {
    const settings = readSettings(() => undefined);
    assert.deepEqual(settings.check, DEFAULT_OPTIONS);
    assert.equal(settings.enable, true);
    assert.equal(settings.throttleDelay, 300);
    assert.deepEqual(settings.sources, []);
  });

  it("passes the reporter's choices through to the engine's options", () => {
    const raw: Record<string, unknown> = {
      numberScope: "paragraph",
      reportWeakAttribution: false,
      "severity.unattributedQuote": "error",
      "severity.weakAttribution": "hint",
      "severity.numberMismatch": "error",
      uncreditedCopy: "warning",
      uncreditedCopyWords: 12,
      publication: " The Northern Standard ",
      verbPolicy: "source",
      throttleDelay: 750,
      sources: ["wire/*.txt", " press-release.md "],
    };
    const settings = readSettings((key) => raw[key]);
    assert.deepEqual(settings.check, {
      numberScope: "paragraph",
      reportWeak: false,
      severities: {
        "unattributed-quote": "error",
        "unattributed-number": "warning",
        "weak-attribution": "hint",
        misquote: "warning",
        "misattributed-quote": "warning",
        "number-mismatch": "error",
        "uncredited-copy": "warning",
      },
      publication: "The Northern Standard",
      verbs: "source",
      reportCopy: true,
      copyWords: 12,
    });
    assert.equal(settings.throttleDelay, 750);
    assert.deepEqual(settings.sources, ["wire/*.txt", "press-release.md"]);
  });

  it("turns uncredited copy off with the setting's 'off'", () => {
    const settings = readSettings((key) => (key === "uncreditedCopy" ? "off" : undefined));
    assert.equal(settings.check.reportCopy, false);
  });

  it("falls back to the default for a hand-edited value of the wrong type or out of range", () => {
    const raw: Record<string, unknown> = {
      enable: "yes",
      throttleDelay: -5,
      maxDraftSize: Number.NaN,
      numberScope: "chapter",
      "severity.unattributedNumber": "fatal",
    };
    const settings = readSettings((key) => raw[key]);
    assert.equal(settings.enable, true);
    assert.equal(settings.throttleDelay, 300);
    assert.equal(settings.maxDraftSize, 200000);
    assert.equal(settings.check.numberScope, "sentence");
    assert.equal(settings.check.severities["unattributed-number"], "warning");
  });

  it("accepts a single source article written as a string instead of a list", () => {
    assert.deepEqual(readSettings((key) => (key === "sources" ? "wire.txt" : undefined)).sources, ["wire.txt"]);
  });
});

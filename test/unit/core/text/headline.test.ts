import assert from "node:assert/strict";
import { statusOf } from "../helpers";

describe("plain-text headlines (policy 1.1, v1.2)", () => {
  const plain = { language: "plaintext" as const };

  it("does not check a first line with no end punctuation followed by a blank line", () => {
    const draft = 'Mayor says "the bridge will reopen in the spring"\n\nThe bridge has been shut since March.\n';
    assert.equal(statusOf(draft, "the bridge will reopen", plain), "no claim");
  });

  it("checks a first line that ends a sentence", () => {
    const draft = '"The bridge will reopen in the spring," she said.\n\nThe bridge has been shut since March.\n';
    assert.equal(statusOf(draft, "The bridge will reopen", plain), "attributed");
  });

  it("checks a first line that runs on into the next", () => {
    const draft = 'Crews said "the bridge will reopen in the spring"\nonce the deck is poured.\n';
    assert.equal(statusOf(draft, "the bridge will reopen", plain), "attributed");
  });

  it("leaves Markdown drafts to their own headings", () => {
    const draft = 'Mayor says "the bridge will reopen in the spring"\n\nThe bridge has been shut since March.\n';
    assert.equal(statusOf(draft, "the bridge will reopen"), "attributed");
  });
});

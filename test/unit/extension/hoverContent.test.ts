import * as assert from "node:assert/strict";
import { escapeMarkdown, hoverMarkdown } from "../../../src/extension/hoverContent";
import { findingOn } from "./findings";

const DRAFT = "“The main idea of this in simple words: to keep Russian forces busy.”";
const LINKS = {
  applyFix: "command:saysWho.applyFix?x",
  openPassage: "command:saysWho.openPassage?y",
  learnMore: "command:saysWho.learnMore?z",
};

describe("hoverMarkdown", () => {
  const finding = findingOn(DRAFT, DRAFT, "unattributed-quote", {
    message: "Direct quote without attribution.",
    reason: "No attribution in its sentence or paragraph, and the paragraph before it does not introduce a speaker.",
    evidence: {
      sourceId: "kursk/source.txt",
      start: 100,
      end: 170,
      speaker: "Serhiy Grabsky",
      passage: "“The main idea of this in simple words:\n to keep Russian forces busy,” he said.",
    },
    fixes: [
      {
        title: "Attribute to Grabsky (source article)",
        edits: [{ start: 68, end: 70, newText: ",” Grabsky said." }],
        isPreferred: true,
      },
    ],
  });
  const hover = hoverMarkdown(finding, LINKS);

  it("says what the claim is and which rule it fails", () => {
    assert.match(hover, /^\*\*Unattributed quote\*\*: a direct quote that does not say who said it\./);
    assert.match(
      hover,
      /\*Why:\* No attribution in its sentence or paragraph, and the paragraph before it does not introduce a speaker\\\./,
    );
  });

  it("shows the source passage and its speaker", () => {
    assert.match(hover, /\*Source:\* Serhiy Grabsky, in kursk\/source\\\.txt/);
    assert.match(hover, /> “The main idea of this in simple words: to keep Russian forces busy,” he said\\\./);
  });

  it("shows the attribution the fix inserts, and links to apply it, open the passage and learn more", () => {
    assert.match(hover, /\*Fix inserts:\* `,” Grabsky said\.`/);
    assert.match(
      hover,
      /\[Attribute to Grabsky \\\(source article\\\)\]\(command:saysWho\.applyFix\?x\) · \[Open source passage\]\(command:saysWho\.openPassage\?y\) · \[Learn more\]\(command:saysWho\.learnMore\?z\)$/,
    );
  });

  it("offers only 'Learn more' when there is neither fix nor evidence", () => {
    const bare = hoverMarkdown(findingOn(DRAFT, DRAFT, "unattributed-quote"), {
      learnMore: "command:saysWho.learnMore?z",
    });
    assert.doesNotMatch(bare, /Source:|Fix inserts:/);
    assert.match(bare, /\[Learn more\]\(command:saysWho\.learnMore\?z\)$/);
  });

  it("says how to name the publication when the fix can only leave a placeholder for it", () => {
    const number = "The ferry carried 4,000 passengers last year.";
    const placeholder = hoverMarkdown(
      findingOn(number, "4,000 passengers", "unattributed-number", {
        fixes: [
          {
            title: "Add attribution (name the publication: the source article names none)",
            edits: [{ start: 44, end: 45, newText: ", according to PUBLICATION." }],
            isPreferred: true,
            placeholder: { start: 15, end: 26 },
            unfixable: "no-publication",
          },
        ],
      }),
      LINKS,
    );
    assert.match(
      placeholder,
      /\*Why a placeholder:\* The source article states this in its own voice but never names its publication/,
    );
    assert.match(placeholder, /saysWho\\\.publication setting/);
  });

  it("escapes the reporter's text so it cannot inject links or commands", () => {
    assert.equal(escapeMarkdown("[click](command:rm)"), "\\[click\\]\\(command:rm\\)");
  });
});

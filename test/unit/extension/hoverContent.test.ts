import * as assert from "node:assert/strict";
import {
  creditHint,
  creditMarkdown,
  escapeMarkdown,
  HoverContext,
  hoverMarkdown,
  leadSentence,
} from "../../../src/extension/hoverContent";
import { findingOn } from "./findings";

const DRAFT = "“The main idea of this in simple words: to keep Russian forces busy.”";
const LINKS = {
  applyFix: "command:saysWho.applyFix?x",
  openPassage: "command:saysWho.openPassage?y",
  learnMore: "command:saysWho.learnMore?z",
};

const CONTEXT: HoverContext = { numberScope: "sentence", hasSources: true };

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
  const hover = hoverMarkdown(finding, LINKS, CONTEXT);
  const lines = hover.split("\n").filter(Boolean);

  it("leads with what is wrong in plain words, and whom the source article has the quote from", () => {
    assert.equal(
      lines[0],
      "No one is credited for this quote in its sentence or paragraph\\. The source article has it from Serhiy Grabsky\\.",
    );
  });

  it("puts the one-click fix second, with the words it inserts", () => {
    assert.equal(
      lines[1],
      "**[Attribute to Grabsky \\(source article\\)](command:saysWho.applyFix?x)**: `,” Grabsky said.`",
    );
  });

  it("then the source passage, its speaker and a link to open it", () => {
    assert.equal(lines[2], "> “The main idea of this in simple words: to keep Russian forces busy,” he said\\.");
    assert.equal(
      lines[3],
      "— Serhiy Grabsky, kursk/source\\.txt · [Open source passage](command:saysWho.openPassage?y)",
    );
  });

  it("ends with the rule in one line and a link to the policy", () => {
    assert.equal(lines.length, 5);
    assert.equal(
      lines[4],
      "*Policy 2\\.1: a quote needs a cue and a source in its sentence or paragraph\\.* [Policy](command:saysWho.learnMore?z)",
    );
  });

  it("says when the source article does not have a flagged number, and offers only the policy link", () => {
    const number = findingOn("Crews restored power to 40,000 homes.", "40,000 homes", "unattributed-number");
    const bare = hoverMarkdown(number, { learnMore: "command:saysWho.learnMore?z" }, CONTEXT);
    assert.match(bare, /^No one is credited for this number in its sentence\\. The source article does not have it\\./);
    assert.doesNotMatch(bare, /applyFix|openPassage/);
  });

  it("says why there is no fix where a finding offers none, second, where the fix would stand", () => {
    const why = "No fix is offered: the quote has no closing mark, so an attribution would land inside it.";
    const open = findingOn(DRAFT, DRAFT, "unattributed-quote", { fixes: [], noFix: why });
    const lines = hoverMarkdown(open, LINKS, CONTEXT).split("\n").filter(Boolean);
    assert.equal(lines[1], `*${escapeMarkdown(why)}*`);
  });

  it("names the number scope the reporter chose", () => {
    const number = findingOn("Crews restored power to 40,000 homes.", "40,000 homes", "unattributed-number");
    assert.match(
      leadSentence(number, { numberScope: "paragraph", hasSources: false }),
      /in its sentence or paragraph\.$/,
    );
  });

  it("says to whom a weak attribution goes", () => {
    const weak = findingOn(DRAFT, DRAFT, "weak-attribution", {
      attribution: { cue: "said", source: "a senior official", start: 0, end: 5, rule: "sentence", weak: "anonymous" },
    });
    assert.equal(
      leadSentence(weak, CONTEXT),
      "This is credited only to an anonymous source (“a senior official”). Name the source if you can.",
    );
  });
});

describe("creditMarkdown", () => {
  it("says whom a quote-only paragraph was credited to by the continuing-speaker rule", () => {
    const credit = creditMarkdown(
      { cue: "said", source: "Serhiy Grabsky", start: 0, end: 10, rule: "continuing-speaker" },
      "command:saysWho.learnMore?z",
    );
    assert.match(
      credit!,
      /^Credited to “Serhiy Grabsky”, who speaks in the paragraph before \\\(continuing speaker\\\)\\\./,
    );
    assert.equal(
      creditHint({ cue: "said", source: "Serhiy Grabsky", start: 0, end: 10, rule: "colon-lead-in" }),
      "— Serhiy Grabsky",
    );
  });

  it("has nothing to add for a claim credited in its own sentence", () => {
    const own = { cue: "said", source: "Grabsky", start: 0, end: 10, rule: "sentence" } as const;
    assert.equal(creditMarkdown(own, "command:x"), undefined);
    assert.equal(creditHint(own), undefined);
  });
});

describe("hoverMarkdown for a placeholder fix", () => {
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
      CONTEXT,
    );
    assert.match(
      placeholder,
      /\*Why a placeholder:\* The source article states this in its own voice but never names its publication/,
    );
    assert.match(placeholder, /saysWho\\\.publication setting/);
  });
});

describe("escapeMarkdown", () => {
  it("escapes the reporter's text so it cannot inject links or commands", () => {
    assert.equal(escapeMarkdown("[click](command:rm)"), "\\[click\\]\\(command:rm\\)");
  });
});

describe("hoverMarkdown for a misquote", () => {
  const draft = "“Crews will work through the weekend,” Hale said.";
  const finding = findingOn(draft, "“Crews will work through the weekend,”", "misquote", {
    comparison: { draft: "Crews will work through the weekend", source: "Crews will work through the night" },
    evidence: {
      sourceId: "storm.txt",
      start: 10,
      end: 44,
      speaker: "Dana Hale",
      passage: "Crews will work through the night",
    },
  });
  const hover = hoverMarkdown(finding, LINKS, CONTEXT);

  it("shows the draft's words and the source's side by side, the differing words in bold", () => {
    assert.match(hover, /\| Your draft \| Source article \|/);
    assert.match(
      hover,
      /\| Crews will work through the \*\*weekend\*\* \| Crews will work through the \*\*night\*\* \|/,
    );
  });

  it("links to the passage in the source article", () => {
    assert.ok(hover.includes("[Open source passage](command:saysWho.openPassage?y)"));
  });
});

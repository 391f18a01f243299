import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeDraft, checkDraft } from "../../../src/core/check";
import { statusOf } from "./helpers";

const root = join(__dirname, "..", "..", "..", "..");
const seed = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");

describe("checkDraft on the policy's worked example (the seed article)", () => {
  it("flags 'roughly 300 square miles': no cue in its sentence", () => {
    assert.equal(statusOf(seed, "roughly 300 square miles"), "unattributed");
  });

  it("attributes 'one of our biggest wins…': 'Zelensky called …' in its sentence", () => {
    assert.equal(statusOf(seed, "one of our biggest wins"), "attributed");
  });

  it("does not flag 'almost 60,000 troops' as a number: it lies inside a quote", () => {
    const v = analyzeDraft(seed).verdicts.find((x) => x.claim.text.includes("60,000"));
    assert.equal(v?.claim.kind, "quote");
  });

  it("exempts 'five months': a duration inside a quote", () => {
    assert.ok(
      !analyzeDraft(seed).verdicts.some((v) => v.claim.kind === "number" && v.claim.text.includes("five months")),
    );
  });

  it("flags 'some 12,000 North Korean troops': no cue in its sentence", () => {
    assert.equal(statusOf(seed, "some 12,000 North Korean troops"), "unattributed");
  });

  it("attributes 'The main idea…': 'he said' in its paragraph", () => {
    assert.equal(statusOf(seed, "The main idea"), "attributed");
  });

  it("attributes 'This action …': quote-only paragraph after 'Grabsky said it was also about a message to Trump.'", () => {
    assert.equal(statusOf(seed, "This action"), "attributed");
  });

  it("flags 'about 40 percent': no cue in its sentence", () => {
    assert.equal(statusOf(seed, "about 40 percent"), "unattributed");
  });

  it("exempts 'August', 'World War II', 'Sunday' and 'first': time, date, name, ordinal", () => {
    for (const word of ["August", "World War II", "Sunday", "first time"])
      assert.equal(statusOf(seed, word), "no claim", word);
  });

  it("flags the Zelensky quote that lost its attribution", () => {
    assert.equal(statusOf(seed, "Russia had to pull"), "unattributed");
  });
});

describe("checkDraft findings", () => {
  it("reports codes, severities, spans, messages and reasons", () => {
    const draft = "Ukraine has lost about 40 percent of the ground it took.";
    const [f] = checkDraft(draft).findings;
    assert.equal(f.code, "unattributed-number");
    assert.equal(f.severity, "warning");
    assert.equal(draft.slice(f.start, f.end), "about 40 percent");
    assert.equal(f.message, "Unattributed number: “about 40 percent”. Says who?");
    assert.match(f.reason, /Policy 2\.2/);
  });

  it("reports weak attribution with its own code at information severity", () => {
    const [f] = checkDraft("Critics say the new payment system cost $112 million.").findings;
    assert.equal(f.code, "weak-attribution");
    assert.equal(f.severity, "information");
    assert.match(f.message, /vague source/);
  });

  it("leaves weak attribution out when reportWeak is off", () => {
    assert.deepEqual(
      checkDraft("Critics say the new payment system cost $112 million.", [], { reportWeak: false }).findings,
      [],
    );
  });

  it("uses the severities it is given", () => {
    const [f] = checkDraft("Turnout reached 61 percent.", [], {
      severities: { "unattributed-number": "error" } as never,
    }).findings;
    assert.equal(f.severity, "error");
  });

  it("checks a plain-text draft without reading Markdown markup", () => {
    const draft = "# 40 people were hurt, the ministry said nothing.\n";
    assert.equal(checkDraft(draft, [], { language: "markdown" }).findings.length, 0);
    assert.equal(checkDraft(draft, [], { language: "plaintext" }).verdicts.length, 1);
  });

  it("finds nothing in an empty draft", () => {
    assert.deepEqual(checkDraft(""), { verdicts: [], findings: [] });
  });

  it("keeps offsets exact with CRLF line endings", () => {
    const draft = "The council met.\r\n\r\nTurnout reached 61 percent.\r\n";
    const [f] = checkDraft(draft).findings;
    assert.equal(draft.slice(f.start, f.end), "61 percent");
  });

  it("checks a block quote like any other paragraph", () => {
    const draft = '> "Protected lanes are the single biggest thing we can do for safety."\n';
    assert.equal(checkDraft(draft).findings[0]?.code, "unattributed-quote");
  });
});

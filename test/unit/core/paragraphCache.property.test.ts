import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { checkDraft, CheckSettings } from "../../../src/core/check";
import { ParagraphCache } from "../../../src/core/paragraphCache";
import type { CheckResult, SourceArticle } from "../../../src/core/types";

const root = join(__dirname, "..", "..", "..", "..");
const draft = readFileSync(join(root, "examples", "kursk", "draft.md"), "utf8");
const sources = [{ id: "source.txt", text: readFileSync(join(root, "examples", "kursk", "source.txt"), "utf8") }];

/** What a reporter types, pastes or deletes between two checks: words, marks, breaks, a credit. */
const TYPED = ["a", " ", "“", "”", '"', "\n\n", ". ", ", ", " he said.", "Zelensky said ", "about 40 percent", "—"];

/**
 * A draft whose verdicts lean on the paragraphs around a quote: lead-ins,
 * quote-only runs, a dash credit line, a pull quote repeated below, a colon
 * introduction and a title in quotation marks.
 */
const LEANING = [
  "# Harbour dredging to start in March",
  "“We have waited eleven years for this channel to be deep enough,” the harbour master, Ines Okafor, said on Tuesday.",
  "The council approved 4.2 million euros for the work. Okafor said the first barges would arrive within weeks.",
  "“The fishermen will see the difference by summer.”",
  "“And the ferries will stop running aground at low tide.”",
  "The plan drew objections at the hearing:",
  "“Nobody has measured what the silt will do to the oyster beds.”",
  "— Paul Mensah, a shellfish farmer",
  "Residents filed 37 complaints last year, and the ferry operator lost about 12 percent of its sailings.",
  "She pulls out a chart. “Here is where the keel scraped in April,” she says, pointing at the narrows.",
  "“We have waited eleven years for this channel to be deep enough”",
  "The documentary “The Channel Nobody Dredged” aired in 2019 and drew 300,000 viewers.",
].join("\n\n");

const PLAIN = "Harbour dredging approved\n\n" + LEANING.split("\n\n").slice(1).join("\n\n");

/** Edits that move verdicts across paragraphs: credits made and unmade, breaks added, quotes opened and closed. */
const LEANING_TYPED = [...TYPED, "\n\n“", "”\n\n", "\n\n— Ana Ruiz\n\n", ":", " she said", "Okafor", "\n- "];

/** Makes a check's result read-only all through, so that a later check writing to anything it shares with it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A source article that credits each of the harbour quotes to one speaker. */
const HARBOUR_SOURCE: SourceArticle[] = [
  {
    id: "harbour.txt",
    text: [
      "The harbour master, Ines Okafor, said on Tuesday that dredging would start in March.",
      "“The fishermen will see the difference by summer,” Okafor said.",
      "Paul Mensah, who farms shellfish in the estuary, opposed the plan.",
      "“Nobody has measured what the silt will do to the oyster beds,” Mensah said.",
    ].join("\n\n"),
  },
];

/** Quote-only paragraphs credited by the paragraph before, one of them to the wrong speaker. */
const CREDITED_BEFORE = [
  "# Harbour dredging to start in March",
  "The harbour master, Ines Okafor, spoke first. Okafor said:",
  "“The fishermen will see the difference by summer.”",
  "A shellfish farmer, Paul Mensah, answered. In reply, Okafor said:",
  "“Nobody has measured what the silt will do to the oyster beds.”",
].join("\n\n");

/** Edits that change who the lead-ins credit, and where they stand. */
const CREDIT_TYPED = ["Okafor", "Mensah", " said:", "Ines ", "\n\n", "a", " ", ". "];

/** A draft with text the rules do not read (code, comments, link targets) inside and beside its claims. */
const UNREAD = [
  "“Run `make deploy` before noon on Friday,” the release engineer, Dana Whitfield, said.",
  "The team closed 14 tickets, according to the [release notes](https://example.org/notes-2024).",
  "“We shipped it <!-- check the date --> on the first try.”",
  "```\nretries = 3 # “not a quote”\n```",
  "About 30 percent of the builds failed `twice`, the tracker shows.",
].join("\n\n");

/** Edits in and around that text: letters typed inside a code span, marks that open or close one. */
const UNREAD_TYPED = ["a", "x", " ", "`", "```\n", "\n\n", "<!-- ", " -->", "“", "”", " she said", "42"];

/** How a draft is edited at random between checks, and what each check is given. */
interface Editing {
  seed: string;
  typed: readonly string[];
  cut: number;
  edits: number;
  runs: number;
  sources?: SourceArticle[];
  options?: Partial<CheckSettings>;
  /** What is done with each result of the cached checks before it is compared. */
  kept?: (result: CheckResult) => CheckResult;
}

/** Edits the seed again and again, each version checked with the cache the last check left and from scratch: the two agree. */
function checksAsFresh({ seed, typed, cut, edits, runs, sources = [], options = {}, kept = (r) => r }: Editing): void {
  const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: cut }), typed: fc.constantFrom(...typed) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: edits }), (made) => {
      const cache = new ParagraphCache();
      let text = seed;
      kept(checkDraft(text, sources, options, cache));
      for (const e of made) {
        const i = e.at % (text.length + 1);
        text = text.slice(0, i) + e.typed + text.slice(Math.min(text.length, i + e.cut));
        assert.deepEqual(kept(checkDraft(text, sources, options, cache)), checkDraft(text, sources, options));
      }
    }),
    { numRuns: runs },
  );
}

describe("ParagraphCache and the source index's memos (incremental checking, property-based)", () => {
  it("checks every version of a draft edited again and again as a check from scratch does, with its source", () => {
    checksAsFresh({ seed: draft, typed: TYPED, cut: 40, edits: 6, runs: 25, sources });
  });

  it("writes to nothing an earlier check returned: what the memos keep is shared with the results, never copied for them", () => {
    checksAsFresh({ seed: draft, typed: TYPED, cut: 40, edits: 6, runs: 15, sources, kept: deepFreeze });
  });

  for (const [name, seed, language] of [
    ["Markdown", LEANING, "markdown"],
    ["plain text with a headline", PLAIN, "plaintext"],
  ] as const)
    it(`re-checks a ${name} draft whose quotes take their speaker from other paragraphs as a check from scratch does`, () => {
      checksAsFresh({ seed, typed: LEANING_TYPED, cut: 60, edits: 8, runs: 150, options: { language } });
    });

  it("re-checks quotes credited by the paragraph before, against a source that names their speakers, as a check from scratch does", () => {
    const first = checkDraft(CREDITED_BEFORE, HARBOUR_SOURCE);
    assert.deepEqual(
      first.findings.filter((f) => f.code === "misattributed-quote").map((f) => CREDITED_BEFORE.slice(f.start, f.end)),
      ["Okafor"],
    );
    checksAsFresh({
      seed: CREDITED_BEFORE,
      typed: CREDIT_TYPED,
      cut: 30,
      edits: 8,
      runs: 150,
      sources: HARBOUR_SOURCE,
    });
  });

  it("drops a kept misattribution when the lead-in's sentence comes to name the source's speaker, its credit where it was", () => {
    const cache = new ParagraphCache();
    checkDraft(CREDITED_BEFORE, HARBOUR_SOURCE, {}, cache);
    // Same length: the credit and the quote keep their places, only the sentence holding the credit grows to name Mensah.
    const joined = CREDITED_BEFORE.replace("answered. In reply", "answered; in reply");
    const fresh = checkDraft(joined, HARBOUR_SOURCE);
    assert.ok(!fresh.findings.some((f) => f.code === "misattributed-quote"));
    assert.deepEqual(checkDraft(joined, HARBOUR_SOURCE, {}, cache), fresh);
  });

  it("re-checks a draft edited in and around its code spans, comments and link targets as a check from scratch does", () => {
    checksAsFresh({ seed: UNREAD, typed: UNREAD_TYPED, cut: 20, edits: 8, runs: 150 });
  });
});

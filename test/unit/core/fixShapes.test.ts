import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDraft } from "../../../src/core/check";
import { Finding } from "../../../src/core/types";

const repo = join(__dirname, "..", "..", "..", "..");

/** Every case of the project with a draft and its source article. */
function cases(): { id: string; draft: string; source: string }[] {
  const found: { id: string; draft: string; source: string }[] = [];
  for (const base of [join(repo, "test", "fixtures", "cases"), join(repo, "examples")]) {
    for (const id of readdirSync(base).filter((name) => !name.includes("."))) {
      const draft = ["draft.md", "draft.txt"].map((name) => join(base, id, name)).find(existsSync);
      const source = ["source.txt", "article.txt"].map((name) => join(base, id, name)).find(existsSync);
      if (draft && source) found.push({ id, draft: readFileSync(draft, "utf8"), source: readFileSync(source, "utf8") });
    }
  }
  return found;
}

/** The words a fix inserts, without the punctuation that joins them to the draft. */
const inserted = (finding: Finding): string =>
  (finding.fixes.find((fix) => fix.isPreferred)?.edits ?? [])
    .map((edit) => edit.newText)
    .join(" ")
    .replace(/^[\s,.”"’]+|[\s.“"‘]+$/g, "");

/** The copy no editor would let through, each with what is wrong with it. */
const BAD_SHAPES: [string, (text: string, finding: Finding) => boolean][] = [
  [
    "a placeholder where the source names the speaker",
    (text, finding) => /\bSOURCE\b/.test(text) && Boolean(finding.evidence?.speaker),
  ],
  ["'told' without whom", (text) => /\b(?:told|tells)$/.test(text)],
  [
    // A group in the plural ("according to prosecutors", "police said") names its source as wire copy does.
    "a source of one lowercase word",
    (text) => {
      const word =
        /^(?:said|says)\s+(\p{Ll}[\p{L}-]*)(?:$|,)/u.exec(text) ??
        /^(\p{Ll}[\p{L}-]*)\s+(?:said|says)\b/u.exec(text) ??
        /^according to (\p{Ll}[\p{L}-]*)$/u.exec(text);
      return !!word && !/s$|^police$/.test(word[1]);
    },
  ],
  ["a name cut at an abbreviation's dot", (text) => /\b(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep)\.?$/.test(text)],
];

describe("fix shapes: no fix on the project's cases writes copy an editor would reject", () => {
  for (const { id, draft, source } of cases()) {
    it(`${id}: every preferred fix names a whole source with a verb that needs nothing more`, () => {
      const findings = checkDraft(draft, [{ id: "source.txt", text: source }]).findings;
      for (const finding of findings) {
        const text = inserted(finding);
        for (const [problem, bad] of BAD_SHAPES) {
          assert.ok(!bad(text, finding), `${id}: "${finding.claim?.text}" → "${text}": ${problem}`);
        }
      }
    });
  }

  it("recognises each bad shape in copy written to show it", () => {
    const speaker = { evidence: { speaker: "Carla Nguyen" } } as Finding;
    const none = {} as Finding;
    const shape = (name: string) => BAD_SHAPES.find(([problem]) => problem.startsWith(name))![1];
    assert.ok(shape("a placeholder")("SOURCE said", speaker));
    assert.ok(!shape("a placeholder")("SOURCE said", none));
    assert.ok(shape("'told'")("Nguyen told", none));
    assert.ok(!shape("'told'")("Nguyen told reporters", none));
    assert.ok(shape("a source of one")("said st", none));
    assert.ok(shape("a source of one")("according to data", none));
    assert.ok(!shape("a source of one")("according to police", none));
    assert.ok(!shape("a source of one")("according to prosecutors", none));
    assert.ok(shape("a name cut")("said Ellen St.", none));
  });
});

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { checkDraft } from "../../../../src/core/check";
import { layoutOf, readDraft } from "../../../../src/core/facts";
import { indexSources, isFragment, learnStyle, sourcesRead, suggest } from "../../../../src/core/source";
import { Claim, Finding, Fix, SourceArticle } from "../../../../src/core/types";

const read = (name: string) => readFileSync(`test/fixtures/seed-kursk/${name}`, "utf8");
const draft = read("draft.md");
const source: SourceArticle = { id: "source.txt", text: read("source.txt") };
/** The draft cut as the checker cuts a Markdown draft. */
const layout = (text: string) => layoutOf(readDraft(text, "markdown"));

function apply(text: string, fixes: Fix[]): string {
  const edits = fixes.flatMap((f) => f.edits).sort((a, b) => b.start - a.start);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function finding(findings: Finding[], words: string): Finding {
  const found = findings.find((f) => f.claim?.text.includes(words));
  assert.ok(found, `a finding for "${words}"`);
  return found;
}

describe("source: suggestions for the seed article, end to end", () => {
  const { findings } = checkDraft(draft, [source]);

  it("names Zelensky by surname, with the source's verb and time element, for the quote that lost its attribution", () => {
    const f = finding(findings, "Russia had to pull");
    assert.equal(f.fixes[0].isPreferred, true);
    assert.deepEqual(
      f.fixes[0].edits.map((e) => e.newText),
      [",” Zelensky wrote Thursday on the social platform X."],
    );
    const fixed = apply(draft, [f.fixes[0]]);
    assert.ok(fixed.includes("buffer zone on Russian territory,” Zelensky wrote Thursday on the social platform X.\n"));
  });

  it("gives the evidence: the source file, the passage's offsets and the speaker", () => {
    const { evidence } = finding(findings, "Russia had to pull");
    assert.equal(evidence?.sourceId, "source.txt");
    assert.equal(evidence?.speaker, "Volodymyr Zelensky");
    assert.equal(source.text.slice(evidence!.start, evidence!.end), evidence?.passage);
    assert.match(evidence?.passage ?? "", /^Russia had to pull almost 60,000 troops/);
  });

  it("attributes 'roughly 300 square miles' to The Hill, which states it in its own voice", () => {
    const f = finding(findings, "roughly 300 square miles");
    assert.deepEqual(
      f.fixes[0].edits.map((e) => e.newText),
      [", according to The Hill"],
    );
    assert.equal(f.evidence?.speaker, "The Hill");
    assert.ok(apply(draft, [f.fixes[0]]).includes("Ukrainian troops still hold, according to The Hill.\n"));
  });

  it("offers a placeholder as the second fix, not preferred", () => {
    const [, second] = finding(findings, "roughly 300 square miles").fixes;
    assert.equal(second.isPreferred, false);
    assert.ok(second.placeholder);
  });

  it("leaves no unattributed claim after every preferred fix is applied at once", () => {
    const fixed = apply(
      draft,
      findings.filter((f) => f.code.startsWith("unattributed")).map((f) => f.fixes[0]),
    );
    assert.deepEqual(
      checkDraft(fixed, [source])
        .findings.filter((f) => f.code.startsWith("unattributed"))
        .map((f) => f.claim?.text),
      [],
    );
  });
});

describe("source: suggest", () => {
  const claimAt = (text: string, kind: Claim["kind"], words: string): Claim => {
    const start = text.indexOf(words);
    return {
      kind,
      start,
      end: start + words.length,
      text: words,
      inner: kind === "quote" ? words.slice(1, -1) : undefined,
      paragraph: 0,
      sentence: 0,
    };
  };

  it("introduces a speaker the draft has not named yet in first-reference form", () => {
    const text =
      "The port is busy.\n\n\"Machines don't pay taxes and they don't buy groceries.\"\n\nNguyen led the rally.\n";
    const index = indexSources([
      {
        id: "wire.txt",
        text: "Strike\n\n\"Machines don't pay taxes and they don't buy groceries,\" union president Carla Nguyen said at a rally outside Gate 9.\n",
      },
    ]);
    const { fixes } = suggest(
      layout(text),
      claimAt(text, "quote", "\"Machines don't pay taxes and they don't buy groceries.\""),
      index,
    );
    assert.equal(fixes[0].edits[0].newText, '," union president Carla Nguyen said at a rally outside Gate 9.');
  });

  it("offers only a placeholder, preferred, for a claim the source does not hold", () => {
    const text = "Officials counted 700 boats in the harbor.";
    const { evidence, fixes } = suggest(layout(text), claimAt(text, "number", "700 boats"), indexSources([source]));
    assert.equal(evidence, undefined);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].isPreferred, true);
    assert.equal(fixes[0].edits[0].newText, ", according to SOURCE");
  });

  it("asks for the publication when the source states a number in its own voice but never names itself", () => {
    const text = "Ukraine holds roughly 300 square miles of Kursk.";
    const unsigned = { id: "source.txt", text: source.text.replace("© The Hill", "") };
    const { fixes } = suggest(
      layout(text),
      claimAt(text, "number", "roughly 300 square miles"),
      indexSources([unsigned]),
    );
    assert.equal(fixes[0].edits[0].newText, ", according to PUBLICATION");
    assert.equal(fixes[0].placeholder?.start, 15);
    assert.equal(fixes[0].unfixable, "no-publication");
    assert.equal(fixes[0].title, "Add attribution (name the publication: the source article names none)");
  });

  it("names the publication a desk configured for a source that names none", () => {
    const text = "Ukraine holds roughly 300 square miles of Kursk.";
    const unsigned = { id: "source.txt", text: source.text.replace("© The Hill", "") };
    const { fixes } = suggest(
      layout(text),
      claimAt(text, "number", "roughly 300 square miles"),
      indexSources([unsigned]),
      {
        publication: "The Harbour Gazette",
        verbs: "neutral",
      },
    );
    assert.equal(fixes[0].edits[0].newText, ", according to The Harbour Gazette");
  });

  it("says why a fix leaves a placeholder: no source article, or the claim not in it", () => {
    const text = "Officials counted 700 boats in the harbor.";
    const claim = claimAt(text, "number", "700 boats");
    assert.equal(suggest(layout(text), claim, indexSources([])).fixes[0].unfixable, "no-source");
    const [fix] = suggest(layout(text), claim, indexSources([source])).fixes;
    assert.equal(fix.unfixable, "not-in-source");
    assert.equal(fix.title, "Add attribution (name the source: not in the source article)");
  });

  it("asks for the source, not the publication, when the source attributes a number to someone it leaves unclear", () => {
    const text = "The agency expects 6,000 vehicles a day on the bridge.";
    const wire = {
      id: "wire.txt",
      text: "Bridge\n\nIt expects 6,000 vehicles a day on the new bridge.\n\n© Coastal Wire Service\n",
    };
    const { fixes } = suggest(layout(text), claimAt(text, "number", "6,000 vehicles"), indexSources([wire]));
    assert.match(fixes[0].edits[0].newText, /SOURCE/);
  });

  it("names the mayor the source calls 'the mayor' later on", () => {
    const text = "The council will aim for a rise of 3.5%.";
    const wire = {
      id: "wire.txt",
      text: "Rates\n\nMayor Brad Carter said the rise would stay below 5%.\n\nThe mayor said the council would aim for a rise of 3.5%.\n",
    };
    const { fixes } = suggest(layout(text), claimAt(text, "number", "3.5%"), indexSources([wire]));
    assert.equal(fixes[0].edits[0].newText, ", Mayor Brad Carter said");
  });

  it("takes no fragment for a speaker: one lowercase word, or a name cut at an abbreviation's dot", () => {
    assert.equal(isFragment("st"), true);
    assert.equal(isFragment("data"), true);
    assert.equal(isFragment("Mayor Ellen St."), true);
    assert.equal(isFragment("prosecutors"), false);
    assert.equal(isFragment("police"), false);
    assert.equal(isFragment("Ellen St. Pierre"), false);
    assert.equal(isFragment("the harbour authority"), false);
  });
});

describe("source: learnStyle", () => {
  const wire = {
    id: "ferry.txt",
    text: 'Ferry fares\n\n"We cannot run the late crossing at a loss," says Ines Moreau, the operator\'s director.\n\n"Fares rise in May," she says.\n',
  };

  it("learns the style the fixes are written in: the one of the index the check reads the articles into", () => {
    assert.deepEqual(learnStyle([wire]), indexSources([wire]).style);
    assert.equal(learnStyle([wire]).verb, "says");
  });

  it("reads the articles for the check too: a check against them after it reads them no more", () => {
    const article = { ...wire, id: "ferry-fresh.txt" };
    assert.equal(sourcesRead([article]), false);
    learnStyle([article]);
    assert.equal(sourcesRead([article]), true);
  });
});

import assert from "node:assert/strict";
import fc from "fast-check";
import { checkDraft } from "../../../src/core/check";
import { layoutOf, readDraft } from "../../../src/core/facts";
import { attributionFix, clause, joinAtEnd, placeholderFix } from "../../../src/core/fixes";
import { HOUSE_STYLE } from "../../../src/core/source";
import { Claim, Fix, SourceArticle, StyleProfile } from "../../../src/core/types";

function apply(text: string, fix: Fix): string {
  return [...fix.edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

function claimOf(text: string, kind: Claim["kind"], words: string): Claim {
  const start = text.indexOf(words);
  assert.ok(start >= 0, `${words} is in the draft`);
  return {
    kind,
    start,
    end: start + words.length,
    text: words,
    inner: kind === "quote" ? words.slice(1, -1) : undefined,
    paragraph: 0,
    sentence: 0,
  };
}

const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).sort();
const style = (over: Partial<StyleProfile> = {}): StyleProfile => ({ ...HOUSE_STYLE, ...over });
/** The draft cut as the checker cuts a Markdown draft. */
const layout = (text: string) => layoutOf(readDraft(text, "markdown"));

describe("fixes: attribution text joined to the draft", () => {
  describe("clause", () => {
    it("puts the subject first in the house style", () => {
      assert.equal(clause({ subject: "Grabsky", verb: "said" }, style()), "Grabsky said");
    });

    it("keeps the source's time and place after the verb", () => {
      assert.equal(
        clause({ subject: "Zelensky", verb: "wrote", complement: "Thursday on the social platform X" }, style()),
        "Zelensky wrote Thursday on the social platform X",
      );
    });

    it("inverts 'said' when a first reference carries an appositive", () => {
      assert.equal(
        clause(
          { subject: "Serhiy Grabsky", appositive: "a reserve colonel in Ukraine’s military", verb: "said" },
          style(),
        ),
        "said Serhiy Grabsky, a reserve colonel in Ukraine’s military",
      );
    });

    it("never inverts a lead-in before a colon", () => {
      assert.equal(
        clause(
          { subject: "Andy Tookey", appositive: "campaigner for GiveLife New Zealand", verb: "said" },
          style(),
          true,
        ),
        "Andy Tookey, campaigner for GiveLife New Zealand, said",
      );
    });

    it("writes data attributions with 'according to'", () => {
      assert.equal(clause({ subject: "The Hill", verb: "according to" }, style()), "according to The Hill");
    });
  });

  describe("joinAtEnd", () => {
    it('turns the period inside a closing quote into a comma: busy." → busy," Grabsky said.', () => {
      const text = '"The main idea is to keep Russian forces busy."';
      const edit = joinAtEnd(text, text.length, "Grabsky said", style());
      assert.equal(
        apply(text, { title: "", edits: [edit], isPreferred: true }),
        '"The main idea is to keep Russian forces busy," Grabsky said.',
      );
    });

    it("keeps a question mark inside the quote", () => {
      const text = "“What is the point?”";
      const edit = joinAtEnd(text, text.length, "Tookey said", style());
      assert.equal(apply(text, { title: "", edits: [edit], isPreferred: true }), "“What is the point?” Tookey said.");
    });

    it("moves the comma inside the closing quote where the style puts it there", () => {
      const text = "It looked as if “a bomb went off in the lab”.";
      const edit = joinAtEnd(text, text.length, "a firefighter said", style({ punctuationInside: true }));
      assert.equal(
        apply(text, { title: "", edits: [edit], isPreferred: true }),
        "It looked as if “a bomb went off in the lab,” a firefighter said.",
      );
    });

    it("leaves the comma outside where the style does", () => {
      const text = "It looked as if “a bomb went off in the lab”.";
      const edit = joinAtEnd(text, text.length, "a firefighter said", style({ punctuationInside: false }));
      assert.equal(
        apply(text, { title: "", edits: [edit], isPreferred: true }),
        "It looked as if “a bomb went off in the lab”, a firefighter said.",
      );
    });

    it("puts a number's attribution before the sentence's period", () => {
      const text = "Ukraine holds roughly 300 square miles.";
      const edit = joinAtEnd(text, text.length, "according to The Hill", style());
      assert.equal(
        apply(text, { title: "", edits: [edit], isPreferred: true }),
        "Ukraine holds roughly 300 square miles, according to The Hill.",
      );
    });

    it("appends to a line with no stop, such as a list item", () => {
      const text = "Downtown: 6 miles, $4.5 million";
      const edit = joinAtEnd(text, text.length, "according to the transportation department", style());
      assert.equal(
        apply(text, { title: "", edits: [edit], isPreferred: true }),
        "Downtown: 6 miles, $4.5 million, according to the transportation department",
      );
    });
  });

  describe("joinAtEnd after a closing mark typed carelessly", () => {
    const joined = (text: string, who = "Okafor said") =>
      apply(text, { title: "", edits: [joinAtEnd(text, text.length, who, style())], isPreferred: true });

    it('drops the space typed before the closing mark: night. " → night," Okafor said.', () => {
      assert.equal(
        joined('“The water reached the second floor last night. "'),
        '“The water reached the second floor last night," Okafor said.',
      );
    });

    it("keeps a question mark but not the space before the closing mark", () => {
      assert.equal(joined("“Who opened the floodgates? ”"), "“Who opened the floodgates?” Okafor said.");
    });

    it("joins after a quote that an opening mark closes, as autocorrect leaves it: night.“", () => {
      assert.equal(
        joined("“The water reached the second floor last night.“"),
        "“The water reached the second floor last night,“ Okafor said.",
      );
    });

    it("joins after guillemets as after any closing mark", () => {
      assert.equal(
        joined("«The water reached the second floor last night.»"),
        "«The water reached the second floor last night,» Okafor said.",
      );
    });
  });

  describe("joinAtEnd next to text the checker does not read", () => {
    it("keeps a space between the attribution and a URL the sentence runs into", () => {
      const text = "Trips rose 22 percent (https://example.gov/report";
      const end = text.indexOf("https");
      const edit = joinAtEnd(text, end, "according to SOURCE", style());
      const fixed = apply(text, { title: "", edits: [edit], isPreferred: true });
      assert.deepEqual(words(fixed), words(`${text} according to SOURCE`));
    });
  });

  describe("attributionFix", () => {
    const nguyen =
      'The port handles a lot of traffic.\n\n"Machines don\'t pay taxes. We are not against the future."\n';

    it("attributes a quote-only paragraph after its first sentence where the style does", () => {
      const claim = claimOf(nguyen, "quote", '"Machines don\'t pay taxes. We are not against the future."');
      const fix = attributionFix(
        layout(nguyen),
        claim,
        { subject: "Nguyen", verb: "said" },
        style({ placement: "after-first-sentence" }),
        "t",
        true,
      );
      assert.equal(
        apply(nguyen, fix),
        'The port handles a lot of traffic.\n\n"Machines don\'t pay taxes," Nguyen said. "We are not against the future."\n',
      );
    });

    it("attributes it at its end in the house style", () => {
      const claim = claimOf(nguyen, "quote", '"Machines don\'t pay taxes. We are not against the future."');
      const fix = attributionFix(layout(nguyen), claim, { subject: "Nguyen", verb: "said" }, style(), "t", true);
      assert.equal(
        apply(nguyen, fix),
        'The port handles a lot of traffic.\n\n"Machines don\'t pay taxes. We are not against the future," Nguyen said.\n',
      );
    });

    it("attributes a quote that ends its sentence there, not at the end of the next sentence", () => {
      const text =
        'Fighting went on.\n\n"We will keep the Russian forces busy in Kursk for months." The offensive began Sunday.\n';
      const claim = claimOf(text, "quote", '"We will keep the Russian forces busy in Kursk for months."');
      const fix = attributionFix(layout(text), claim, { subject: "Grabsky", verb: "said" }, style(), "t", true);
      assert.equal(
        apply(text, fix),
        'Fighting went on.\n\n"We will keep the Russian forces busy in Kursk for months," Grabsky said. The offensive began Sunday.\n',
      );
    });

    it("attributes a number at the end of its own sentence when another follows", () => {
      const text = "About 4,500 dockworkers walked off the job. The port was quiet by noon.";
      const fix = attributionFix(
        layout(text),
        claimOf(text, "number", "About 4,500 dockworkers"),
        { subject: "the union", verb: "according to" },
        style(),
        "t",
        true,
      );
      assert.equal(
        apply(text, fix),
        "About 4,500 dockworkers walked off the job, according to the union. The port was quiet by noon.",
      );
    });

    it("introduces it with a colon where the style does", () => {
      const claim = claimOf(nguyen, "quote", '"Machines don\'t pay taxes. We are not against the future."');
      const fix = attributionFix(
        layout(nguyen),
        claim,
        { subject: "union president Carla Nguyen", verb: "said" },
        style({ placement: "colon-before" }),
        "t",
        true,
      );
      assert.equal(
        apply(nguyen, fix),
        'The port handles a lot of traffic.\n\nUnion president Carla Nguyen said: "Machines don\'t pay taxes. We are not against the future."\n',
      );
    });
  });

  describe("placeholderFix", () => {
    it("marks where SOURCE sits in the inserted text", () => {
      const text = "Ukraine holds roughly 300 square miles.";
      const fix = placeholderFix(layout(text), claimOf(text, "number", "roughly 300 square miles"), style(), true);
      const newText = fix.edits[0].newText;
      assert.ok(fix.placeholder);
      assert.equal(newText.slice(fix.placeholder.start, fix.placeholder.end), "SOURCE");
      assert.equal(newText, ", according to SOURCE");
    });

    it("gives every number of a sentence the fix the first one got, each a fix of its own", () => {
      const text = "The wards counted 412, 388 and 1,905 ballots. Turnout rose to 61 percent.";
      const draft = layout(text);
      const first = placeholderFix(draft, claimOf(text, "number", "412"), style(), true, "not-in-source");
      const second = placeholderFix(draft, claimOf(text, "number", "1,905 ballots"), style(), true, "not-in-source");
      assert.deepEqual(second, first);
      assert.notEqual(second, first);
      assert.equal(apply(text, second), text.replace("ballots.", "ballots, according to SOURCE."));
    });

    it("writes a number's fix anew for another sentence, reason or preference", () => {
      const text = "The wards counted 412 ballots. Turnout rose to 61 percent.";
      const draft = layout(text);
      const ballots = placeholderFix(draft, claimOf(text, "number", "412 ballots"), style(), true, "not-in-source");
      const turnout = placeholderFix(draft, claimOf(text, "number", "61 percent"), style(), true, "not-in-source");
      assert.equal(apply(text, turnout), text.replace("percent.", "percent, according to SOURCE."));
      const unsourced = placeholderFix(draft, claimOf(text, "number", "61 percent"), style(), true, "no-source");
      assert.notEqual(unsourced.title, turnout.title);
      assert.equal(unsourced.unfixable, "no-source");
      const alternative = placeholderFix(draft, claimOf(text, "number", "61 percent"), style(), false, "no-source");
      assert.equal(alternative.isPreferred, false);
      assert.notDeepEqual(ballots.edits, turnout.edits);
    });
  });
});

const SENTENCES = [
  "Ukraine launched a minor offensive on Sunday to retain a grip on the roughly 300 square miles its troops still hold.",
  "Troops face the some 12,000 North Korean troops allied with Russian forces in Kursk.",
  "Ukraine has lost about 40 percent of the ground it took.",
  "Grabsky said it was also about a message to Trump.",
  "The port handles roughly 12 percent of the nation's container traffic.",
  "About 4,500 dockworkers walked off the job Monday, the union said.",
  "Hundreds of workers rallied outside Gate 9 again on Tuesday.",
  "The museum reopened after an 18-month renovation that cost $2.3 million.",
];
const QUOTES = [
  "The main idea of this in simple words: to keep Russian forces busy.",
  "Russia had to pull almost 60,000 troops off the Ukrainian front to deal with it. As of this Monday, it’s been five months.",
  "Machines don't pay taxes and they don't buy groceries. We are not against the future.",
  "What is the point of someone specifying they want to be a donor if it means nothing?",
  "Every worker on the payroll today keeps a job",
];
const SOURCE_TEXTS = [
  "Kursk\n\nUkraine launched a minor offensive on Sunday to retain a grip on the roughly 300 square miles Ukrainian troops still hold.\n\n“Russia had to pull almost 60,000 troops off the Ukrainian front to deal with it. As of this Monday, it’s been five months,” Zelensky wrote Thursday on X.\n\nSerhiy Grabsky, a reserve colonel, said the push was about strategy.\n\n“The main idea of this in simple words: to keep Russian forces busy,” he said.\n\n© The Hill\n",
  'Port strike\n\n"Machines don\'t pay taxes and they don\'t buy groceries," union president Carla Nguyen said at a rally. "We are not against the future."\n\nThe port handles roughly 12 percent of the nation\'s container traffic, according to the Port Authority.\n\n"Every worker on the payroll today keeps a job," Ortega said.\n',
  'Donors\n\nAndy Tookey, campaigner for GiveLife New Zealand, said: "What is the point of someone specifying they want to be a donor if it means nothing?"\n\nMr Tookey said: "Every worker on the payroll today keeps a job."\n',
  "",
];

const quoteMarks = fc.constantFrom(['"', '"'], ["“", "”"]);
const paragraph = fc.oneof(
  fc.constantFrom(...SENTENCES),
  fc.tuple(fc.constantFrom(...QUOTES), quoteMarks).map(([q, [o, c]]) => `${o}${q}${c}`),
  fc
    .tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...QUOTES), quoteMarks)
    .map(([s, q, [o, c]]) => `${s} ${o}${q}${c}`),
);
const SHAPED = [
  "It looked as if “a bomb went off in the lab”.",
  'The true toll was "likely to be far greater than the official count" and "likely to be in several millions".',
  "“What is the point of someone specifying they want to be a donor if it means nothing?”",
  '> "Protected lanes are the single biggest thing we can do for safety. Last year we had 9 cyclist deaths."',
  "1. Downtown: 6 miles, $4.5 million\n2. East corridor: 7 miles, $4 million",
  "# Ukraine holds 300 square miles",
  "Since Russia began taking back territory, Ukraine has lost about 40 percent of the........",
  'The budget has "billions of dollars compounded in surplus at the expense of poor people\'s lives."',
  "'It's the best thing we've ever been given.'",
  "“We had ice loads we have not seen since 2009. The lines could not take it.\n\n“Crews are working through the night and 600 line workers are in the field.”",
  'Regarding the global financial situation: "the financial system is a part of the economy, a crucial part."',
  'Jantz wrote on Thursday:\n\n"A new story has now been posted, without a trace of the incorrect report or a correction."',
];
const draft = fc
  .array(fc.oneof(paragraph, fc.constantFrom(...SHAPED)), { minLength: 1, maxLength: 6 })
  .map((ps) => ps.join("\n\n") + "\n");
const sources = fc
  .subarray(SOURCE_TEXTS)
  .map((texts) => texts.map((text, i): SourceArticle => ({ id: `source-${i}.txt`, text })));

describe("fixes: properties over drafts and sources", () => {
  it("every fix keeps every word of the draft", () => {
    fc.assert(
      fc.property(draft, sources, (text, given) => {
        for (const finding of checkDraft(text, given).findings) {
          // A misquote, misattribution or wrong figure is fixed by replacing the draft's wrong words, and only those.
          const replaces = ["misquote", "misattributed-quote", "number-mismatch"].includes(finding.code);
          for (const fix of finding.fixes) {
            const fixed = apply(text, fix);
            const kept = new Map<string, number>();
            for (const w of words(fixed)) kept.set(w, (kept.get(w) ?? 0) + 1);
            if (replaces)
              for (const e of fix.edits)
                for (const w of words(text.slice(e.start, e.end))) kept.set(w, (kept.get(w) ?? 0) + 1);
            for (const w of words(text)) {
              assert.ok((kept.get(w) ?? 0) > 0, `"${w}" survives ${JSON.stringify(fix.edits)}`);
              kept.set(w, (kept.get(w) ?? 0) - 1);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("re-checking the fixed draft never flags the fixed claim", () => {
    fc.assert(
      fc.property(draft, sources, (text, given) => {
        for (const finding of checkDraft(text, given).findings) {
          if (!finding.code.startsWith("unattributed") || !finding.claim) continue;
          const fix = finding.fixes[0];
          const fixed = apply(text, fix);
          const shift = (at: number) =>
            fix.edits.reduce((p, e) => (e.end <= at ? p + e.newText.length - (e.end - e.start) : p), at);
          const from = shift(finding.claim.start);
          const to = shift(finding.claim.end - 1);
          const still = checkDraft(fixed, given).findings.filter(
            (f) => f.code.startsWith("unattributed") && f.start <= to && from < f.end,
          );
          assert.deepEqual(
            still.map((f) => f.claim?.text),
            [],
            `after ${JSON.stringify(fix.edits[0].newText)} in ${JSON.stringify(fixed)}`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("applying every preferred fix at once leaves no matched claim unattributed", () => {
    fc.assert(
      fc.property(draft, sources, (text, given) => {
        const flagged = checkDraft(text, given).findings.filter((f) => f.code.startsWith("unattributed"));
        const chosen: Fix[] = [];
        for (const f of flagged) {
          const clash = f.fixes[0].edits.some((e) =>
            chosen.some((c) => c.edits.some((o) => e.start <= o.end && o.start <= e.end)),
          );
          if (!clash) chosen.push(f.fixes[0]);
        }
        const fixed = [...chosen.flatMap((f) => f.edits)]
          .sort((a, b) => b.start - a.start)
          .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
        const matched = flagged.filter((f) => f.evidence?.speaker).map((f) => f.claim?.text.slice(1, 20));
        const still = checkDraft(fixed, given).findings.filter(
          (f) => f.code.startsWith("unattributed") && matched.some((m) => m && f.claim?.text.includes(m)),
        );
        assert.deepEqual(
          still.map((f) => f.claim?.text),
          [],
          `in ${JSON.stringify(fixed)}`,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (text, source) => {
        for (const finding of checkDraft(text, [{ id: "s.txt", text: source }]).findings) {
          for (const fix of finding.fixes)
            for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Cases the property tests found (test/unit/core/fixes.property.test.ts), kept as they were shrunk. */
describe("fixes: cases found by the property tests", () => {
  const unattributed = (text: string, sources: SourceArticle[] = []) =>
    checkDraft(text, sources).findings.filter((f) => f.code.startsWith("unattributed-"));

  /** Every fix offered for the draft's first claim, applied, leaves that claim attributed. */
  function assertEveryFixResolves(text: string, sources: SourceArticle[] = []): void {
    const [finding] = unattributed(text, sources);
    assert.ok(finding, "the claim is flagged");
    assert.ok(finding.fixes.length > 0, "a fix is offered");
    for (const fix of finding.fixes) {
      const fixed = apply(text, fix);
      assert.equal(unattributed(fixed, sources).length, unattributed(text, sources).length - 1, fixed);
    }
  }

  it("closes German quotation marks („…“), so their fix clears the flag", () => {
    const text = "„Wir bleiben hier, bis die Gespräche wieder beginnen.“ The strike entered its second week.\n";
    const [finding] = unattributed(text);
    assert.equal(finding.claim?.text, "„Wir bleiben hier, bis die Gespräche wieder beginnen.“");
    assertEveryFixResolves(text);
  });

  it("attributes a quote right after it when a stray mark follows in its sentence", () => {
    const text = "“The port stays shut until the talks resume.” „\n";
    const [finding] = unattributed(text);
    assert.equal(apply(text, finding.fixes[0]), "“The port stays shut until the talks resume,” SOURCE said. „\n");
    assertEveryFixResolves(text);
  });

  it("keeps the capital of a one-word speaker who opens the source's sentence", () => {
    const text = "“We will keep the port shut until the talks resume.” The strike entered its second week.\n";
    const source = { id: "wire.txt", text: "Grabsky said: “We will keep the port shut until the talks resume.”" };
    const [finding] = unattributed(text, [source]);
    assert.match(finding.fixes[0].title, /Attribute to Grabsky/);
    assert.ok(finding.fixes[0].edits.some((e) => e.newText.includes("Grabsky said")));
  });

  it("still writes a common noun that opens the source's sentence in lower case", () => {
    const text = "“We will keep the port shut until the talks resume.” The strike entered its second week.\n";
    const source = { id: "wire.txt", text: "Police said: “We will keep the port shut until the talks resume.”" };
    const [finding] = unattributed(text, [source]);
    assert.ok(
      finding.fixes[0].edits.some((e) => e.newText.includes("police said")),
      JSON.stringify(finding.fixes[0]),
    );
  });

  it("offers no fix for an unclosed quote, and says why", () => {
    const text = "“We will not back down now, ever again\n\nThe strike entered its second week.\n";
    const [finding] = unattributed(text);
    assert.equal(finding.claim?.unclosed, true);
    assert.deepEqual(finding.fixes, []);
    assert.match(finding.noFix ?? "", /the quote has no closing mark/);
  });

  it("offers only fixes that resolve a quote opened with one kind of mark and closed with another", () => {
    const source = { id: "wire.txt", text: "The port reopened on Monday, the harbour master said." };
    for (const text of [
      '“Crews will keep working through the night, every night. "\n\nThe strike entered its second week.\n',
      '« Crews will keep working through the night "\n\nPower returned to most of the valley overnight.\n',
    ]) {
      const [finding] = unattributed(text, [source]);
      assert.ok(finding, `the quote in ${JSON.stringify(text)} is flagged`);
      assertEveryFixResolves(text, [source]);
      if (finding.fixes.length === 0) assert.match(finding.noFix ?? "", /Attribute it by hand/);
    }
  });

  it("offers no speaker from a garbled source article that the checker would not read as one", () => {
    const text = "“We will keep the port shut until the talks resume.”\n";
    const source = { id: "wire.txt", text: "“We will keep the port shut until the talks resume,” said , on Monday." };
    const [finding] = unattributed(text, [source]);
    assert.ok(finding.fixes.every((fix) => !fix.edits.some((e) => /, said/.test(e.newText))));
    assertEveryFixResolves(text, [source]);
  });

  it("puts a number's attribution after a Markdown link that follows it, not inside the link's text", () => {
    const text = "The city hired 1,200 workers [for the survey](https://example.org/survey) on Monday.\n";
    const [finding] = unattributed(text);
    assert.equal(
      apply(text, finding.fixes[0]),
      "The city hired 1,200 workers [for the survey](https://example.org/survey) on Monday, according to SOURCE.\n",
    );
    assertEveryFixResolves(text);
  });
});

import assert from "node:assert/strict";
import { codesOf, fidelityOf, fixedBy } from "./helpers";

const ASKING = "We are asking everyone in the low streets to leave now and not wait for the water";

describe("fidelity: misquote (policy 5)", () => {
  it("flags a quote with one word changed, and restores the source's word", () => {
    const draft = `"We are telling everyone in the low streets to leave now and not wait for the water," Raman said.\n`;
    assert.deepEqual(codesOf(draft), ["misquote"]);
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
  });

  it("flags a short quote whose changed word leaves too few words before it for a run of their own", () => {
    const draft = `"I have rarely seen it this high," said resident Tom Becker.\n`;
    assert.deepEqual(codesOf(draft), ["misquote"]);
    assert.equal(fixedBy(draft, "misquote"), `"I have never seen it this high," said resident Tom Becker.\n`);
  });

  it("restores the source's full stop with the word it opens: 'shut, we' for 'shut. Our' becomes 'shut. Our'", () => {
    const clinic = {
      id: "clinic.txt",
      text: 'Clinic closes\n\n"The doors are shut for good. Our patients will have to travel forty miles for care," clinic director Ana Ruiz said.\n',
    };
    const draft = '"The doors are shut for good, our patients will have to travel forty miles for care," Ruiz said.\n';
    assert.deepEqual(codesOf(draft, [clinic]), []);
    const changed =
      '"The doors are shut for good, their patients will have to travel forty miles for care," Ruiz said.\n';
    assert.equal(
      fixedBy(changed, "misquote", [clinic]),
      '"The doors are shut for good. Our patients will have to travel forty miles for care," Ruiz said.\n',
    );
  });

  it("flags a quote with a word dropped and no ellipsis, and puts the word back", () => {
    const draft = `"We are asking everyone in the low streets to leave now and wait for the water," Raman said.\n`;
    assert.deepEqual(codesOf(draft), ["misquote"]);
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
  });

  it("flags words of another speaker merged onto the end of a quote, and takes them out", () => {
    const draft = `Raman said: "The shelters at the high school have room for everyone. I have never seen it."\n`;
    assert.deepEqual(codesOf(draft), ["misquote"]);
    assert.equal(fixedBy(draft, "misquote"), `Raman said: "The shelters at the high school have room for everyone."\n`);
  });

  it("flags a short quote whose contraction the draft writes out, and restores the contraction", () => {
    const harvest = {
      id: "harvest.txt",
      text: 'Farmers count the cost\n\n"We didn\'t see the water coming," said farmer Ana Silva, whose barley fields are still under a foot of water.\n',
    };
    const draft = `"We did not see the water coming," Silva said.\n`;
    assert.deepEqual(codesOf(draft, [harvest]), ["misquote"]);
    assert.equal(fixedBy(draft, "misquote", [harvest]), `"We didn't see the water coming," Silva said.\n`);
  });

  describe("against a speaker's two quotations side by side", () => {
    const briefing = {
      id: "briefing.txt",
      text: [
        "River keeps rising",
        "",
        '"The roads are closed and the river is still rising," county emergency manager Priya Raman said on Tuesday. "We\'re moving the shelter to the high school tonight."',
        "",
        '"We are ready to return to the table by Friday morning," said union leader Joel Hart.',
        "",
      ].join("\n"),
    };

    it("lines a quote whose first words are changed up with the sentence it starts, not the quotation before", () => {
      const draft = `"We are moving the shelter to the high school tonight," Raman said.\n`;
      assert.deepEqual(codesOf(draft, [briefing]), ["misquote"]);
      assert.equal(
        fixedBy(draft, "misquote", [briefing]),
        `"We're moving the shelter to the high school tonight," Raman said.\n`,
      );
    });

    it("does not hold a quote to a source quotation it shares only a stock opening with", () => {
      assert.deepEqual(codesOf(`"We are ready to go back to work," Hart said.\n`, [briefing]), []);
    });
  });

  it("flags reordered words", () => {
    const reordered = `"We are asking everyone in the low streets to now leave and not wait for the water," Raman said.\n`;
    assert.deepEqual(codesOf(reordered), ["misquote"]);
  });

  it("flags a changed figure inside a quote as a misquote, not a number mismatch", () => {
    const draft = `"I have lived here since 1997 and I have never seen it this high," said resident Tom Becker.\n`;
    assert.deepEqual(codesOf(draft), ["misquote"]);
    assert.match(fixedBy(draft, "misquote"), /since 1987 and/);
  });

  it("restores only the last word when the draft changes a quote's last word, not the speaker's next quotation", () => {
    const draft = `"We are asking everyone in the low streets to leave now and not wait for the river," Raman said.\n`;
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
    const [finding] = fidelityOf(draft);
    assert.match(finding.evidence?.passage ?? "", /not wait for the water/);
    assert.doesNotMatch(finding.evidence?.passage ?? "", /shelters/);
  });

  it("restores only the first word when the draft changes an extract's first word, not the source's words before it", () => {
    const draft = `Raman urged people to "go now and not wait for the water."\n`;
    assert.equal(fixedBy(draft, "misquote"), `Raman urged people to "leave now and not wait for the water."\n`);
  });

  it("restores the rest of the source's sentence when the draft's quote ends another way", () => {
    const draft = `"The shelters at the high school are full," Raman said.\n`;
    assert.equal(fixedBy(draft, "misquote"), `"The shelters at the high school have room for everyone," Raman said.\n`);
  });

  it("takes out words put after the end of the source's sentence, not trading them for the speaker's next quotation", () => {
    const draft = `"We are asking everyone in the low streets to leave now and not wait for the water to rise," Raman said.\n`;
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
  });

  it("joins the words on each side of an added word as the source joins them: 'a delay and not' becomes 'a delay, not'", () => {
    const works = {
      id: "works.txt",
      text: 'Road works\n\n"This is a delay, not a cancellation," said highways manager Rhian Pugh.\n',
    };
    assert.equal(
      fixedBy('"This is a delay and not a cancellation," Pugh said.\n', "misquote", [works]),
      '"This is a delay, not a cancellation," Pugh said.\n',
    );
    assert.equal(
      fixedBy('"This is a delay, but not a cancellation," Pugh said.\n', "misquote", [works]),
      '"This is a delay, not a cancellation," Pugh said.\n',
    );
  });

  describe("a short quote with one word changed", () => {
    const ferry = {
      id: "ferry.txt",
      text: 'Ferry cut\n\nIslanders were "worried, but not beaten", said community council chair Morag Innes.\n',
    };

    it("flags it when the draft credits the source's speaker, and restores the word", () => {
      assert.equal(
        fixedBy('Islanders were "worried, but not defeated", Innes said.\n', "misquote", [ferry]),
        'Islanders were "worried, but not beaten", Innes said.\n',
      );
    });

    it("leaves it alone when the draft credits someone else or a pronoun: three words in common may be chance", () => {
      assert.deepEqual(codesOf('Islanders were "worried, but not defeated", Calum Bain said.\n', [ferry]), []);
      assert.deepEqual(codesOf('Islanders were "worried, but not defeated", she said.\n', [ferry]), []);
    });
  });

  it("keeps the capital that opens the quote when it takes out an added first word", () => {
    const draft = `"Frankly, we are asking everyone in the low streets to leave now and not wait for the water," Raman said.\n`;
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
  });

  describe("a quote whose sentences the draft puts in another order", () => {
    const reordered = `"The shelters at the high school have room for everyone. We are asking everyone in the low streets to leave now and not wait for the water," Raman said.\n`;

    it("flags it, saying which sentence the source has first", () => {
      const [finding] = fidelityOf(reordered).filter((f) => f.code === "misquote");
      assert.equal(
        finding?.message,
        "Misquote: the draft puts the speaker's sentences in another order: it opens with “The shelters at the high…”, which the source says after “We are asking everyone in…”.",
      );
    });

    it("puts them back in the source's order, each ended as a sentence", () => {
      assert.equal(
        fixedBy(reordered, "misquote"),
        `"${ASKING}. The shelters at the high school have room for everyone," Raman said.\n`,
      );
    });

    it("leaves them alone in the source's order", () => {
      const inOrder = `"${ASKING}. The shelters at the high school have room for everyone," Raman said.\n`;
      assert.deepEqual(
        codesOf(inOrder).filter((c) => c === "misquote"),
        [],
      );
    });
  });

  it("puts a dropped word back on the side the source joins it to, inside a quote within the quote", () => {
    const wire = {
      id: "survivors.txt",
      text: "Survivors\n\n\"My neighbour shouted 'get out now' and we ran,\" said Maria Lopez, 52.\n",
    };
    const draft = `"My neighbour shouted 'get out' and we ran," said Maria Lopez.\n`;
    assert.equal(
      fixedBy(draft, "misquote", [wire]),
      `"My neighbour shouted 'get out now' and we ran," said Maria Lopez.\n`,
    );
  });

  describe("a quote with Markdown in it", () => {
    it("restores a word inside emphasis, keeping the marks", () => {
      const draft = `"The shelters at the high school have *space* for everyone," Raman said.\n`;
      assert.equal(
        fixedBy(draft, "misquote"),
        `"The shelters at the high school have *room* for everyone," Raman said.\n`,
      );
    });

    it("restores a dropped word in a quote set in underscore emphasis, keeping the marks and the attribution after them", () => {
      const draft = `_"We are asking everyone in the low streets to leave now and wait for the water,"_ Raman said.\n`;
      assert.deepEqual(codesOf(draft), ["misquote"]);
      assert.equal(fixedBy(draft, "misquote"), `_"${ASKING},"_ Raman said.\n`);
    });

    it("reads a link's text as words and its target as none, and keeps the link", () => {
      const draft = `"The shelters at [the high school](https://example.com/school) have room for everybody," Raman said.\n`;
      assert.equal(
        fixedBy(draft, "misquote"),
        `"The shelters at [the high school](https://example.com/school) have room for everyone," Raman said.\n`,
      );
    });

    it("offers no fix, and says why, where the source's words would write over a link's target", () => {
      const draft = `"The shelters at [the old](https://example.com/hall) hall have room for everyone," Raman said.\n`;
      const [finding] = fidelityOf(draft).filter((f) => f.code === "misquote");
      assert.deepEqual(finding?.fixes, []);
      assert.match(finding?.noFix ?? "", /would replace Markdown inside the quote/);
    });
  });

  it("restores both words a contraction at the quote's start stands for: We're for We are", () => {
    const draft = `"We're asking everyone in the low streets to leave now and not wait for the water," Raman said.\n`;
    assert.equal(fixedBy(draft, "misquote"), `"${ASKING}," Raman said.\n`);
  });

  describe("its message shows where the draft's words part from the source's, however long the quote", () => {
    const messageOf = (draft: string) => fidelityOf(draft).find((f) => f.code === "misquote")?.message;

    it("a changed word, with a few words on each side", () => {
      assert.equal(
        messageOf(`"We are asking everyone in the low streets to leave now and not wait for the river," Raman said.\n`),
        "Misquote: the draft has “…not wait for the river” where the source says “…not wait for the water”.",
      );
    });

    it("a dropped word, shown where the source has it", () => {
      assert.equal(
        messageOf(`"We are asking everyone in the low streets to leave now and wait for the water," Raman said.\n`),
        "Misquote: the draft has “…to leave now and wait for the…” where the source says “…to leave now and not wait for the…”.",
      );
    });

    it("an added word, and how many more differences follow", () => {
      assert.equal(
        messageOf(
          `"We are asking everyone in the low streets to leave right now and not wait for rising water," Raman said.\n`,
        ),
        "Misquote: the draft adds “right” (“…low streets to leave right now and not…”), which the source does not have. One more difference.",
      );
    });
  });

  it("gives the source passage as evidence and both wordings for the hover", () => {
    const [finding] = fidelityOf(`"We are telling everyone in the low streets to leave now," Raman said.\n`);
    assert.equal(finding.evidence?.sourceId, "flood-wire.txt");
    assert.equal(finding.evidence?.speaker, "Priya Raman");
    assert.match(finding.comparison?.source ?? "", /^We are asking everyone/);
    assert.match(finding.comparison?.draft ?? "", /^We are telling everyone/);
    assert.equal(finding.severity, "warning");
  });

  describe("what is not a misquote", () => {
    const faithful: [string, string][] = [
      ["curly marks where the source has straight ones", `“${ASKING},” Raman said.\n`],
      [
        "a curly apostrophe and an em dash for the source's hyphen",
        `“We don’t have a day to lose on that levee — not one,” Ortiz said.\n`,
      ],
      [
        "extra spaces and a line break",
        `"We are asking  everyone in the low\nstreets to leave now and not wait for the water," Raman said.\n`,
      ],
      ["the first letter's case", `Raman said residents should "leave now and not wait for the water."\n`],
      [
        "the comma an attribution puts for the source's full stop",
        `"The shelters at the high school have room for everyone," Raman said.\n`,
      ],
      [
        "an ellipsis for omitted words in order",
        `"We are asking everyone ... to leave now and not wait for the water," Raman said.\n`,
      ],
      [
        "an ellipsis character",
        `"We are asking everyone in the low streets\u2026 not wait for the water," Raman said.\n`,
      ],
      [
        "words in square brackets standing in for the source's",
        `"The shelters at [Millbrook High School] have room for everyone," Raman said.\n`,
      ],
      ["a contiguous extract of a longer quote", `Raman urged people "to leave now and not wait for the water."\n`],
      [
        "a quote split by its attribution",
        `"We are asking everyone in the low streets to leave now," Raman said, "and not wait for the water."\n`,
      ],
      ["three words or fewer (not a claim)", `Raman told people to "leave right now."\n`],
    ];
    for (const [what, draft] of faithful) {
      it(`leaves ${what} alone`, () =>
        assert.deepEqual(
          codesOf(draft).filter((c) => c === "misquote"),
          [],
        ));
    }

    it("reports nothing without a source article", () => {
      assert.deepEqual(codesOf(`"We are telling everyone to leave at once," Raman said.\n`, []), []);
    });

    it("leaves a quote the source does not hold alone", () => {
      assert.deepEqual(
        codesOf(`"The bridge on Mill Road will stay shut until the inspectors are done," Raman said.\n`),
        [],
      );
    });
  });
});

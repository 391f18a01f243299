import assert from "node:assert/strict";
import { claimTexts, statusOf } from "../helpers";
import { closesAsOpened } from "../../../../src/core/claims/quotes";

describe("quotes (policy 1.1)", () => {
  it("finds a straight double-quoted quote", () => {
    assert.deepEqual(claimTexts('"We will rebuild every home on this street," the mayor said.'), [
      '"We will rebuild every home on this street,"',
    ]);
  });

  it("finds a curly double-quoted quote", () => {
    assert.deepEqual(claimTexts("“The main idea of this in simple words: to keep Russian forces busy,” he said."), [
      "“The main idea of this in simple words: to keep Russian forces busy,”",
    ]);
  });

  it("keeps two adjacent quotes apart", () => {
    const texts = claimTexts(
      '"We are not leaving this town," she said. "Our families have been here for generations."',
    );
    assert.equal(texts.length, 2);
  });

  it("treats a quote running over several sentences as one claim", () => {
    assert.equal(
      claimTexts(
        "“Crews are working through the night. Some customers should expect to be without power until Friday.”",
      ).length,
      1,
    );
  });

  it("treats a quote over several paragraphs, reopened on each, as one claim", () => {
    const draft =
      "“The first thing we saw was the water coming over the wall.\n\n“Then the lights went out across the whole neighbourhood,” said Maria Lopez.";
    const texts = claimTexts(draft);
    assert.equal(texts.length, 1);
    assert.equal(statusOf(draft, "The first thing"), "attributed");
  });

  it("finds the quotes between and after runs of paragraphs with no quotation marks", () => {
    const plain = "The council met on Tuesday.\n\nThe vote was delayed again.\n\n";
    const draft = `${plain}“We need a decision this month,” one member said.\n\n${plain}${plain}“We will not vote before the budget is ready,” the chair replied.\n`;
    assert.deepEqual(claimTexts(draft), [
      "“We need a decision this month,”",
      "“We will not vote before the budget is ready,”",
    ]);
  });

  it("reads an opening curly mark typed right after a quote's last word as its closing mark", () => {
    assert.deepEqual(
      claimTexts("The pumps failed twice. “We were bailing water out of the lobby by hand.“ Then the power went."),
      ["“We were bailing water out of the lobby by hand.“"],
    );
  });

  it("still reads a second opening curly mark after a space as the start of a new quote", () => {
    assert.deepEqual(claimTexts("“We were bailing water all night “and nobody came to help us at all,” she said."), [
      "“and nobody came to help us at all,”",
    ]);
  });

  it("keeps a nested single-quoted quote inside its outer quote", () => {
    const texts = claimTexts("“My father told me, 'Never sell a Wurlitzer,' and I never have,” Greer said.");
    assert.equal(texts.length, 1);
  });

  it("does not mistake apostrophes for quote marks", () => {
    assert.deepEqual(claimTexts("Ukraine's rock 'n' roll bands of the '90s didn't tour 'til spring."), []);
  });

  it("finds a single-quoted quote that opens with an apostrophe-bearing word", () => {
    assert.deepEqual(claimTexts("The archive holds rare records. 'It's the best thing we've ever been given.'"), [
      "'It's the best thing we've ever been given.'",
    ]);
  });

  it("exempts quoted spans of three words or fewer", () => {
    assert.deepEqual(
      claimTexts('Officials called the so-called "buffer zone" a success and the film "Oppenheimer" a hit.'),
      [],
    );
  });

  it("exempts quotes inside a Markdown code span and code block", () => {
    assert.deepEqual(
      claimTexts('Use `"this is not a real quote at all"` here.\n\n```\n"Nor is this one, it sits in code"\n```\n'),
      [],
    );
  });

  it("exempts quotes in headings", () => {
    assert.deepEqual(claimTexts('# "We will not back down from this fight"\n\nThe council met on Monday.'), []);
  });

  it("makes a best guess for an unclosed quote and never throws", () => {
    const texts = claimTexts("He said the plan “would fail before the winter came and nobody would care");
    assert.equal(texts.length, 1);
    assert.ok(texts[0].startsWith("“would fail"));
  });

  it("ignores a stray closing mark", () => {
    assert.doesNotThrow(() => claimTexts("The storm passed.” Then the rain stopped and everyone went home."));
  });

  it("reads two single closing marks as one double mark: ’’", () => {
    assert.deepEqual(claimTexts("“We will not close the clinic on weekends,’’ the director said."), [
      "“We will not close the clinic on weekends,’’",
    ]);
  });

  it("exempts a title of a work introduced by its kind, whatever its length (v1.2): the song", () => {
    assert.equal(
      statusOf('The band closed with the song "when we were young and the town was ours".', "young"),
      "no claim",
    );
  });

  it('exempts a name followed by its kind (v1.2): the "…" campaign', () => {
    assert.equal(
      statusOf('The city dropped its "stay home, stay safe, stay local" campaign.', "stay home"),
      "no claim",
    );
  });

  it("exempts a name introduced by a naming word (v1.2): known as", () => {
    assert.equal(statusOf('The plan, known as "roads first and schools next," passed.', "roads first"), "no claim");
  });

  it("exempts a quoted title in Title Case throughout (v1.2)", () => {
    assert.equal(statusOf('Fans sang "Down by the River of Lights" as the team arrived.', "Down by"), "no claim");
  });

  it('exempts the quoted name of a contest entry across a dash or a colon: this year\'s entry — "…"', () => {
    assert.equal(
      statusOf(
        'The judges liked this year\'s entry — "Slow down, the deer were here first," which ran on 40 signs.',
        "Slow down",
      ),
      "no claim",
    );
    assert.equal(
      statusOf('The winning submission: "Bring a bag, leave no trace behind you."', "Bring a bag"),
      "no claim",
    );
  });

  it("still checks a quote in sentence case after a kind that is also a verb: polls show", () => {
    assert.equal(statusOf('Polls show "voters are tired of the whole thing."', "voters are tired"), "attributed");
  });

  it("takes a second curly opening mark for a new quote when the first was never closed", () => {
    assert.deepEqual(
      claimTexts("The band played “Harbour (“Lights Over the Bay”). “We wrote it in one night,” she said."),
      ["“We wrote it in one night,”"],
    );
  });

  it('exempts a name after the kind that introduces it across a question mark: The motto? "…"', () => {
    assert.equal(statusOf('The motto? "We fix it or we buy you lunch."', "We fix it"), "no claim");
  });
});

describe("claims: closesAsOpened", () => {
  it("takes a quote closed by the partner of its opening mark as closed as opened", () => {
    assert.equal(closesAsOpened("“We will reopen the port on Monday.”"), true);
    assert.equal(closesAsOpened("„Wir bleiben hier.“"), true);
    assert.equal(closesAsOpened("«Nous restons ici.»"), true);
  });

  it("tells a quote opened with curly marks and closed with a straight one", () => {
    assert.equal(closesAsOpened('“We will reopen the port on Monday."'), false);
    assert.equal(closesAsOpened('«Nous restons ici."'), false);
  });
});

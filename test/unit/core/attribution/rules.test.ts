import assert from "node:assert/strict";
import { analyzeDraft } from "../../../../src/core/check";
import { statusOf } from "../helpers";

describe("attribution of quotes (policy 2.1)", () => {
  it("attributes a quote whose sentence carries a cue after it", () => {
    assert.equal(
      statusOf("“The main idea of this is to keep Russian forces busy,” he said.", "main idea"),
      "attributed",
    );
  });

  it("attributes a quote with an inverted cue: said Peter Lund, a professor", () => {
    assert.equal(
      statusOf(
        '"We had ice loads we have not seen since 2009," said Peter Lund, a meteorology professor.',
        "ice loads",
      ),
      "attributed",
    );
  });

  it("attributes a quote introduced by a cue and a colon in its sentence", () => {
    assert.equal(
      statusOf('The mayor told reporters: "We will rebuild every single home on this street."', "rebuild"),
      "attributed",
    );
  });

  it("attributes a quote whose paragraph carries a cue to a speaker", () => {
    const draft =
      'Business owner Sam Leung worries about parking. "My customers drive. That\'s just the reality," Leung said.';
    assert.equal(statusOf(draft, "customers drive"), "attributed");
  });

  it("treats a quote-only paragraph after 'X said' as attributed", () => {
    const draft =
      "Grabsky said it was also about a message to Trump.\n\n“This action shows Western alliances that Ukraine did not lose battle capabilities.”";
    assert.equal(statusOf(draft, "This action"), "attributed");
  });

  it("treats a quote-only paragraph after an introducing colon as attributed", () => {
    const draft =
      'Spokesperson Tamsin Hale wrote on X on Wednesday night:\n\n"Crews are working through the night. Some customers should expect to wait."';
    assert.equal(statusOf(draft, "Crews are"), "attributed");
  });

  it("flags a quote-only paragraph after a paragraph with no cue", () => {
    const draft =
      "The operation marked the first time Russia was invaded since World War II.\n\n“Russia had to pull almost 60,000 troops off the Ukrainian front to deal with it.”";
    assert.equal(statusOf(draft, "Russia had"), "unattributed");
  });

  it("flags a quote whose only cue word sits inside the quote", () => {
    assert.equal(
      statusOf(
        "Greer has repaired jukeboxes since the 1970s. “My father told me, 'Never sell a Wurlitzer,' and I never have.”",
        "My father",
      ),
      "unattributed",
    );
  });

  it("attributes a quote closed by a dash and a name", () => {
    assert.equal(
      statusOf(
        "“The networks that carry our calls must be secure against every threat.” — Geoffrey Starks",
        "networks",
      ),
      "attributed",
    );
  });

  it("attributes a multi-paragraph quote by a cue in its last paragraph", () => {
    const draft =
      "“We lost the roof in the first hour.\n\n“By morning the water was up to the windows,” said resident Ana Cruz.";
    assert.equal(statusOf(draft, "We lost"), "attributed");
  });

  it("does not take 'according to' a forecast for the speaker of the next paragraph's quote", () => {
    const draft =
      'Sales tax receipts were down 3.6 percent, according to its revised forecast.\n\n"The decline is broad, and it is not a one-month blip."';
    assert.equal(statusOf(draft, "The decline"), "unattributed");
  });

  it("takes a short quotation followed by 'and' as words said: called the process \"rushed and backward\" and said", () => {
    assert.equal(
      statusOf(
        'DiStefano called the approval process "rushed and backward" and said the plan adds 2,000 cars.',
        "2,000 cars",
      ),
      "attributed",
    );
  });

  it("does not take 'according to' a report in the paragraph as the speaker of a quote", () => {
    const draft =
      "The department sees almost 100,000 patients a year, according to the trust's annual report. 'Nobody here is going to pretend this has been a good winter.'";
    assert.equal(statusOf(draft, "Nobody here"), "unattributed");
    assert.equal(
      statusOf(
        "'Nobody here is going to pretend this has been a good winter,' according to the chief executive.",
        "Nobody here",
      ),
      "attributed",
    );
  });

  it('does not take a label in quotation marks for speech: stations posted "out of gas" signs', () => {
    const draft =
      'Gas stations in Florida posted "out of gas" signs after motorists waited in long lines.\n\n"Every gas station I went to is empty."';
    assert.equal(statusOf(draft, "Every gas station"), "unattributed");
  });

  it("does not take a data cue in the paragraph as the speaker of a quote", () => {
    const draft =
      "Firefighters found that the sprinklers had put out most of the fire. It looked as if “a bomb went off in the lab”.";
    assert.equal(statusOf(draft, "a bomb went"), "unattributed");
  });

  it("attributes a quote to a described speaker after it: '…,' the nominee said", () => {
    assert.equal(
      statusOf("'We are ready to get to work on day one,' the nominee said in a statement.", "We are ready"),
      "attributed",
    );
    assert.equal(statusOf('"We will get to work on day one," the carmaker said.', "We will get"), "attributed");
  });

  it("reports a source speaking on condition of anonymity as weak", () => {
    const draft =
      '"He has no experience running anything this large," one Democratic aide said, speaking on condition of anonymity.';
    assert.equal(statusOf(draft, "He has no"), "weak");
  });

  it("reports a quote attributed only to an anonymous source as weak", () => {
    assert.equal(
      statusOf('"The deal is done and it will be signed on Friday," a senior official said.', "The deal"),
      "weak",
    );
  });
});

describe("attribution of numbers (policy 2.2)", () => {
  it("attributes a number whose sentence carries a cue, however far", () => {
    assert.equal(
      statusOf(
        "The city will build 18 miles of protected bike lanes over three years, Transportation Director Ines Carvalho said Wednesday.",
        "18 miles",
      ),
      "attributed",
    );
  });

  it("attributes a number with 'according to' at the start or the end", () => {
    assert.equal(statusOf("According to the county sheriff's office, 27 crashes were reported.", "27"), "attributed");
    assert.equal(
      statusOf("About 31,000 customers remained without power, according to Northway.", "31,000"),
      "attributed",
    );
  });

  it("attributes a number with 'per' and a source", () => {
    assert.equal(statusOf("Exports fell 12 percent in March, per the statistics office.", "12 percent"), "attributed");
  });

  it("does not take 'per' in a rate as a cue", () => {
    assert.equal(statusOf("Fares will rise to $3 per ride next year.", "$3"), "unattributed");
  });

  it("attributes a number in an evidential frame: data from the ministry show", () => {
    assert.equal(
      statusOf("Data collected by the UN shows that 200,000 cases have been reported.", "200,000"),
      "attributed",
    );
    assert.equal(statusOf("Figures released today show that donations fell to 25.", "25"), "attributed");
  });

  it("attributes a forecast to the sources who made it: economists expected", () => {
    assert.equal(statusOf("Economists surveyed by Reuters had expected a rate of 4%.", "4%"), "attributed");
    assert.equal(statusOf("About 40 people are expected to attend.", "40 people"), "unattributed");
  });

  it("flags a number whose cue is only in the next sentence", () => {
    const draft = "Up to 1.5 inches of ice accumulated on power lines. Lund said the storm was the worst in years.";
    assert.equal(statusOf(draft, "1.5 inches"), "unattributed");
  });

  it("widens the scope to the paragraph when the setting says so", () => {
    const draft = "Up to 1.5 inches of ice accumulated on power lines. Lund said the storm was the worst in years.";
    assert.equal(statusOf(draft, "1.5 inches", { numberScope: "paragraph" }), "attributed");
  });

  it("does not take an agentless passive as a cue", () => {
    assert.equal(
      statusOf("About 40 people are expected to attend, and 12 deaths were officially recorded.", "40 people"),
      "unattributed",
    );
  });

  it("does not take a non-speech 'added' as a cue", () => {
    assert.equal(statusOf("The factory added 300 jobs last year.", "300 jobs"), "unattributed");
  });

  it("does not take a relative clause as a data cue", () => {
    assert.equal(
      statusOf(
        "The figures used death certificates in seven states and a survey which records deaths.",
        "seven states",
      ),
      "unattributed",
    );
  });

  it("reports anonymous sources as weak", () => {
    assert.equal(
      statusOf("The fare would rise to $3, two senior officials familiar with the budget talks said.", "$3"),
      "weak",
    );
  });

  it("attributes a question in a hearing to the member who took up the topic earlier in its paragraph", () => {
    const draft =
      'Rep. Lena Okafor returned to the issue later in the hearing. "How many inspectors will the agency hire before the new rules take effect?"';
    assert.equal(statusOf(draft, "How many inspectors"), "attributed");
  });

  it("reports weasel sources as weak: critics say, experts believe, reportedly", () => {
    assert.equal(statusOf("Critics say the system cost $112 million.", "$112 million"), "weak");
    assert.equal(statusOf("Experts believe ridership could fall by 3 percent.", "3 percent"), "weak");
    assert.equal(statusOf("The board reportedly favors a 5 percent raise.", "5 percent"), "weak");
  });

  it("prefers a named source over a weak cue in the same paragraph for a quote", () => {
    const draft =
      'Some board members reportedly favor a delay. No decision has been made, according to an agency spokesperson. "Every option is on the table."';
    assert.equal(statusOf(draft, "Every option"), "attributed");
  });
});

describe("quotes repeated from an attributed quote", () => {
  it("attributes a pull quote whose words stand inside a quote attributed further down", () => {
    const draft =
      "“The river has never been this low in forty years”\n\nThe drought has closed two marinas this month.\n\n" +
      "“I have fished here since I was a boy, and the river has never been this low in forty years,” said Tom Reyes, a guide.";
    const { verdicts } = analyzeDraft(draft);
    const pull = verdicts.find((v) => v.claim.start === 0);
    assert.equal(pull?.status, "attributed");
    assert.equal(pull?.attribution?.rule, "repeated-quote");
    assert.equal(pull?.attribution?.source, "Tom Reyes");
  });

  it("leaves a quote flagged when the words it shares with an attributed quote are not all of its words", () => {
    const draft =
      "“The river has never been this low, and the town will not survive another summer like it”\n\n" +
      "“I have fished here since I was a boy, and the river has never been this low,” said Tom Reyes, a guide.";
    assert.equal(statusOf(draft, "the town will not"), "unattributed");
  });
});

describe("the continuing-speaker rule and headline-like lines", () => {
  it("does not let a line without a full stop introduce a quote-only paragraph", () => {
    const draft = 'Storm notes\n\n"We had never seen anything like this in our lives before."';
    assert.equal(statusOf(draft, "We had never", { language: "plaintext" }), "unattributed");
  });

  it("treats a quote-only paragraph as attributed when any sentence of the paragraph before names a speaker (v1.2)", () => {
    const draft =
      'The harbour master said the storm wall held through the night. Crews checked it again at dawn.\n\n"We were lucky this time, and we know it."';
    assert.equal(statusOf(draft, "We were lucky"), "attributed");
  });

  it("does not let 'according to' that credits a figure carry the quote-only paragraph after it", () => {
    const draft =
      'The new pool will cost $8.2 million to build, according to the parks department.\n\n"Every child in this town should learn to swim."';
    assert.equal(statusOf(draft, "Every child"), "unattributed");
  });

  it("still lets 'according to' that reports what a speaker said carry the quote-only paragraph after it", () => {
    const draft =
      'The pool will open next summer, according to the parks director.\n\n"Every child in this town should learn to swim."';
    assert.equal(statusOf(draft, "Every child"), "attributed");
  });

  it("lets a speaker's words earlier in the paragraph carry the quote-only paragraph when its last sentence only credits a figure", () => {
    const draft =
      'Mayor Ines Cole said the town had waited long enough. The pool will cost $8.2 million, according to the parks department.\n\n"Every child in this town should learn to swim."';
    const { verdicts } = analyzeDraft(draft);
    const quote = verdicts.find((v) => v.claim.text.includes("Every child"));
    assert.equal(quote?.status, "attributed");
    assert.equal(quote?.attribution?.source, "Mayor Ines Cole");
  });

  it("lets the speaker of the paragraph before carry a quote paragraph whose only narration is a pronoun's action beat", () => {
    const draft =
      'Mayor Ines Cole said the town had waited long enough for a pool.\n\n"We asked for years and nobody listened." She shakes her head. "Now the money is finally there."';
    assert.equal(statusOf(draft, "We asked for years"), "attributed");
    assert.equal(statusOf(draft, "Now the money"), "attributed");
  });

  it("does not carry a quote paragraph whose narration names someone new or ends in a colon with no cue", () => {
    const named =
      'Mayor Ines Cole said the town had waited long enough for a pool.\n\n"It was never going to be cheap." Jones frowned. "But it is worth every cent."';
    assert.equal(statusOf(named, "never going to be cheap"), "unattributed");
    const colon =
      'Mayor Ines Cole said the town had waited long enough for a pool.\n\nOn the cost of the project: "It was never going to be cheap, but it is worth every cent."';
    assert.equal(statusOf(colon, "never going to be cheap"), "unattributed");
  });

  it("carries an introducing colon over a run of quote-only paragraphs: bulleted quotes from a memo", () => {
    const draft =
      'The union sent members a memo whose key points include:\n\n• "Management wants to cut overtime pay by a third."\n\n• "We will not accept a contract that does that."';
    assert.equal(statusOf(draft, "We will not accept"), "attributed");
  });

  it("attributes a quote-only paragraph credited by a dash and a name in the next paragraph", () => {
    const draft =
      '"I have fished this river for forty years and never seen it this low."\n\n— Tom Reyes, a guide on the upper river';
    assert.equal(statusOf(draft, "fished this river"), "attributed");
  });

  it("attributes a quote-only paragraph after an embedded post's credit line to the post's author", () => {
    const draft =
      '"The ferry will not sail until the storm has passed."\n\n— Port of Harwich (@HarwichPort) March 3, 2025\n\n"Passengers booked today can rebook for free."';
    assert.equal(statusOf(draft, "Passengers booked"), "attributed");
  });

  it("credits a quote-only paragraph to the credit line right after it, not to the one that closed the quote above it", () => {
    const draft =
      '"We have no more beds tonight."\n\n— Lena Ortiz, a shelter volunteer\n\n"The city opened a second hall at nine."\n\n— Sam Patel, the deputy mayor';
    const { verdicts } = analyzeDraft(draft);
    const second = verdicts.find((v) => v.claim.text.includes("second hall"));
    assert.equal(second?.status, "attributed");
    assert.equal(second?.attribution?.source, "Sam Patel");
  });

  it("credits a quote-only paragraph to the paragraph after it that points back and names the speaker", () => {
    const draft =
      'Ferry crews have argued for months about the new timetable.\n\n"We sail when the tide lets us, and no timetable will change the tide."\n\nThat is the view voiced by Dana Ruiz, who has captained the ferry for 20 years.';
    const { verdicts } = analyzeDraft(draft);
    const quote = verdicts.find((v) => v.claim.text.includes("tide lets us"));
    assert.equal(quote?.status, "attributed");
    assert.equal(quote?.attribution?.source, "Dana Ruiz");
  });

  it("does not credit a quote to a paragraph after it that points back but names no speaker", () => {
    const draft =
      'The library may close on weekends.\n\n"We cannot keep the doors open without more staff."\n\nThat was the last word on the matter.';
    assert.equal(statusOf(draft, "cannot keep"), "unattributed");
  });

  it('attributes a quote in parentheses after a possessed speech noun: Okafor\'s answer ("…")', () => {
    assert.equal(
      statusOf(
        'After the vote, Okafor\'s answer ("we will appeal this ruling in every court we can") was short.',
        "appeal",
      ),
      "attributed",
    );
  });

  it('attributes a quote to a document that speaks across the title in its apposition: the memoir, "…," concludes', () => {
    const draft = '"She never once looked back at the village," the memoir, "A Long Way From Home," concludes.';
    assert.equal(statusOf(draft, "She never once"), "attributed");
  });
});

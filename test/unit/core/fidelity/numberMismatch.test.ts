import assert from "node:assert/strict";
import { checkDraft } from "../../../../src/core/check";
import { SourceArticle } from "../../../../src/core/types";
import { codesOf, fidelityOf, FLOOD_WIRE, fixedBy } from "./helpers";

describe("fidelity: number-mismatch (policy 5)", () => {
  it("flags a figure that differs from the source's in the same statement, on the number", () => {
    const draft = "About 2,300 residents left their homes in Millbrook on Tuesday.\n";
    const found = fidelityOf(draft);
    assert.deepEqual(
      found.map((f) => f.code),
      ["number-mismatch"],
    );
    assert.match(draft.slice(found[0].start, found[0].end), /^About 2,300 residents/);
    assert.match(found[0].evidence?.passage ?? "", /About 3,200 residents/);
  });

  describe("a figure the draft dates otherwise", () => {
    const prices: SourceArticle = {
      id: "prices.txt",
      text: "Prices\n\nAnnual inflation eased to 2.8% in October 2026, the statistics office said. About 18% of homes in the county stand empty, the housing office said.\n",
    };

    it("holds a rate the draft dates by another year, or counts back from now, to nothing: those are other months' rates", () => {
      assert.deepEqual(codesOf("Annual inflation stood at 11.1% in October 2024.\n", [prices]), []);
      assert.deepEqual(codesOf("Annual inflation eased to 9.6% in October last year.\n", [prices]), []);
    });

    it("holds a share of homes the draft dates by another year to nothing", () => {
      assert.deepEqual(codesOf("About 2% of homes in the county built after 2020 stand empty.\n", [prices]), []);
    });

    it("reads a year ago, a year earlier, the previous year and last year as one date", () => {
      const ferries: SourceArticle = {
        id: "ferries.txt",
        text: "Ferries\n\nThe ferry line carried 31,200 passengers in August, 6 per cent more than in August last year, the operator said.\n",
      };
      assert.deepEqual(
        codesOf("The ferry line carried 31,200 passengers in August, 9% more than a year earlier.\n", [ferries]),
        ["number-mismatch"],
      );
      assert.deepEqual(
        codesOf("The ferry line carried 31,200 passengers in August, 9% more than the previous year.\n", [ferries]),
        ["number-mismatch"],
      );
      assert.deepEqual(
        codesOf("The ferry line carried 31,200 passengers in August, 9% more than two years earlier.\n", [ferries]),
        [],
      );
    });

    it("reads a time after a figure as dating its own clause only: 29% in the previous quarter, not the 21% before it", () => {
      const fees: SourceArticle = {
        id: "fees.txt",
        text: "Club fees\n\nMembership fees rose 21%, up from 29% in the previous quarter, the club said.\n",
      };
      assert.equal(
        fixedBy("Membership fees rose 27%, the club said.\n", "number-mismatch", [fees]),
        "Membership fees rose 21%, the club said.\n",
      );
      assert.equal(
        fixedBy("Membership fees rose 21%, up from 39% in the previous quarter, the club said.\n", "number-mismatch", [
          fees,
        ]),
        "Membership fees rose 21%, up from 29% in the previous quarter, the club said.\n",
      );
    });

    it("reads a time before a sentence's first figure as dating all of them: a poll last week found 57 percent, while 31", () => {
      const poll: SourceArticle = {
        id: "poll.txt",
        text: "Stadium poll\n\nA poll by the supporters' trust last week found that 57 percent of members backed the new stadium, while 31 percent opposed it.\n",
      };
      assert.equal(
        fixedBy(
          "A poll found that 75 percent of members backed the new stadium, the trust said.\n",
          "number-mismatch",
          [poll],
        ),
        "A poll found that 57 percent of members backed the new stadium, the trust said.\n",
      );
    });

    it("still flags a figure dated as the source dates it, or not dated at all", () => {
      assert.deepEqual(codesOf("Annual inflation eased to 3.1% in October 2026.\n", [prices]), ["number-mismatch"]);
      assert.deepEqual(codesOf("About 16% of homes in the county stand empty.\n", [prices]), ["number-mismatch"]);
    });
  });

  it("names the draft's figure and the source's in its message, not the words around them", () => {
    const quake: SourceArticle = {
      id: "quake.txt",
      text: "Quake shakes the north\n\nA magnitude 6.1 earthquake struck the northern coast before dawn on Sunday, the seismology institute said.\n",
    };
    const [found] = fidelityOf("A magnitude 6.4 earthquake struck the northern coast before dawn on Sunday.\n", [
      quake,
    ]);
    assert.equal(found?.message, "\u201C6.4\u201D differs from the source, which says 6.1.");
  });

  it("writes the source's figure in words without the capital it had for opening its sentence", () => {
    const board: SourceArticle = {
      id: "board.txt",
      text: "Rates held\n\nSeven of the nine members of the rate committee voted to hold rates on Thursday, the central bank said.\n",
    };
    const [found] = fidelityOf("Six of the nine members of the rate committee voted to hold rates on Thursday.\n", [
      board,
    ]);
    assert.equal(found?.message, "\u201CSix\u201D differs from the source, which says seven.");
  });

  it("holds a figure to the source's figure of the same noun, not to a year beside it", () => {
    const toll: SourceArticle = {
      id: "toll.txt",
      text: "Road deaths fall\n\nThe county's road toll was the lowest since 1998, with 41 deaths for the whole of last year, the transport office said.\n",
    };
    const draft = "Last year the county's road toll was its lowest since 1998, with 14 deaths in all.\n";
    assert.deepEqual(codesOf(draft, [toll]), ["number-mismatch"]);
    assert.equal(
      fixedBy(draft, "number-mismatch", [toll]),
      "Last year the county's road toll was its lowest since 1998, with 41 deaths in all.\n",
    );
  });

  it("fixes it with the source's figure, keeping the draft's other words", () => {
    const draft = "About 2,300 residents left their homes in Millbrook on Tuesday.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch"),
      "About 3,200 residents left their homes in Millbrook on Tuesday.\n",
    );
  });

  it("writes the fix in the draft's form: % stays %", () => {
    const draft = "The flood closed 14% of the town's roads by Tuesday evening.\n";
    assert.equal(fixedBy(draft, "number-mismatch"), "The flood closed 40% of the town's roads by Tuesday evening.\n");
  });

  it("writes the fix in the draft's form: words stay words", () => {
    const draft = "The flood closed thirty percent of the town's roads by Tuesday evening.\n";
    assert.equal(
      fixedBy(draft, "number-mismatch"),
      "The flood closed forty percent of the town's roads by Tuesday evening.\n",
    );
  });

  it("fixes a wrong scale word: $18 billion for $18 million", () => {
    const draft = "Ortiz said repairs to the levee would cost $18 billion.\n";
    assert.equal(fixedBy(draft, "number-mismatch"), "Ortiz said repairs to the levee would cost $18 million.\n");
  });

  it("flags a rounded figure more than 5% off even when the draft marks it approximate", () => {
    assert.deepEqual(codesOf("Roughly 3,500 residents left their homes in Millbrook on Tuesday.\n"), [
      "number-mismatch",
    ]);
  });

  it("flags a number in an attributed sentence too: fidelity does not depend on attribution", () => {
    const draft = "About 2,300 residents left their homes on Tuesday, the county emergency office said.\n";
    assert.deepEqual(codesOf(draft), ["number-mismatch"]);
  });

  describe("what is not a number mismatch", () => {
    const same: [string, string][] = [
      ["40% for 40 percent", "The flood closed 40% of the town's roads by Tuesday evening.\n"],
      ["forty per cent for 40 percent", "The flood closed forty per cent of the town's roads by Tuesday evening.\n"],
      ["18,000,000 dollars written out for $18 million", "Ortiz said repairs to the levee would cost $18,000,000.\n"],
      [
        "a rounded value marked approximate within 5%",
        "About 3,100 residents left their homes in Millbrook on Tuesday.\n",
      ],
      [
        "'nearly' for the source's 'about' with the same value",
        "Nearly 3,200 residents left their homes in Millbrook on Tuesday.\n",
      ],
      ["a figure the source does not state", "Some 600 volunteers filled sandbags in Millbrook on Wednesday.\n"],
    ];
    for (const [what, draft] of same) {
      it(`leaves ${what} alone`, () => assert.deepEqual(codesOf(draft), []));
    }

    it("leaves a figure alone when the source passage has two that fit equally well (ambiguous)", () => {
      const source = {
        id: "budget.txt",
        text: "Budget talks\n\nThe plan would cost between $30 million and $50 million a year, the treasurer said.\n",
      };
      assert.deepEqual(codesOf("The plan would cost about $40 million a year, the treasurer said.\n", [source]), []);
    });

    it("leaves a figure alone whose sentence shares only its credit with the source's (who said it is not what was said)", () => {
      const budget = {
        id: "council.txt",
        text: [
          "Council passes budget",
          "",
          "The police budget will rise to $96.4 million, up 7.5 percent from last year, according to figures released by the city's finance office.",
          "",
          '"We are cutting the parks department by 12 percent," council member David Osei said.',
          "",
        ].join("\n"),
      };
      assert.deepEqual(
        codesOf("The parks budget will fall by 15 percent, according to the city's finance office.\n", [budget]),
        [],
      );
      assert.deepEqual(
        codesOf("The police budget will rise 5.7 percent from last year, according to the city's finance office.\n", [
          budget,
        ]),
        ["number-mismatch"],
      );
    });

    it("reports nothing without a source article", () => {
      assert.deepEqual(codesOf("About 2,300 residents left their homes in Millbrook on Tuesday.\n", []), []);
    });
  });

  describe("a short statement and its credit", () => {
    const port: SourceArticle = {
      id: "port.txt",
      text: [
        "Strike strands ships",
        "",
        "Dock workers walked out on Monday, leaving 37 ships offshore and an estimated $140 million in cargo stranded, port officials said.",
        "",
        "The trade institute estimated that a two-week strike would cut the country's exports by roughly 0.4 percent.",
        "",
      ].join("\n"),
    };

    it("holds a figure whose sentence has two of the source's words besides its credit's", () => {
      const draft = "About $150 million in cargo was stranded, port officials said.\n";
      assert.deepEqual(codesOf(draft, [port]), ["number-mismatch"]);
      assert.equal(
        fixedBy(draft, "number-mismatch", [port]),
        "About $140 million in cargo was stranded, port officials said.\n",
      );
    });

    it("does not take the source's 0.4 percent for a way of writing the draft's 4 percent", () => {
      const draft = "A two-week strike would cut exports by roughly 4 percent, the institute estimated.\n";
      assert.equal(
        fixedBy(draft, "number-mismatch", [port]),
        "A two-week strike would cut exports by roughly 0.4 percent, the institute estimated.\n",
      );
    });
  });

  it("leaves a range alone that holds the source's figure, and holds one that does not", () => {
    assert.deepEqual(codesOf("Between 3,000 and 3,500 residents left their homes in Millbrook on Tuesday.\n"), []);
    assert.deepEqual(codesOf("Some 3,000 to 3,500 residents left their homes in Millbrook on Tuesday.\n"), []);
    assert.notDeepEqual(codesOf("Some 2,000 to 2,500 residents left their homes in Millbrook on Tuesday.\n"), []);
  });

  describe("two figures in one source sentence, each after its own verb", () => {
    const storm: SourceArticle = {
      id: "storm.txt",
      text: "Storm\n\nThe storm killed at least 12 people and injured more than 90, the agency said on Sunday. The last storm this strong, in 1987, killed 40 people.\n",
    };

    it("holds a figure to the one after the draft's verb, though the source leaves that one's noun to the figure before", () => {
      assert.equal(
        fixedBy("The storm injured more than 120 people.\n", "number-mismatch", [storm]),
        "The storm injured more than 90 people.\n",
      );
      assert.equal(
        fixedBy("The storm killed at least 21 people.\n", "number-mismatch", [storm]),
        "The storm killed at least 12 people.\n",
      );
    });

    it("finds the verb after the figure too: More than 120 people were injured", () => {
      assert.equal(
        fixedBy("More than 120 people were injured by the storm.\n", "number-mismatch", [storm]),
        "More than 90 people were injured by the storm.\n",
      );
    });
  });

  describe("a short sentence", () => {
    const jobs: SourceArticle = {
      id: "jobs.txt",
      text: "Jobs\n\nUnemployment in the region stands at 6.1%, the statistics agency said on Friday. The last recession, in 2009, pushed unemployment in the region to 11.4%.\n",
    };

    it("flags a figure of a short sentence that shares most of its few words with the source's statement", () => {
      assert.equal(
        fixedBy("Unemployment in the region is 6.8%.\n", "number-mismatch", [jobs]),
        "Unemployment in the region is 6.1%.\n",
      );
    });

    it("holds no short sentence to a figure the source dates as background", () => {
      const dated: SourceArticle = {
        id: "dated.txt",
        text: "Jobs\n\nThe last recession, in 2009, pushed unemployment in the region to 11.4%.\n",
      };
      assert.deepEqual(codesOf("Unemployment in the region is 6.8%.\n", [dated]), []);
    });
  });

  describe("a source that gives a range or a change", () => {
    const harvest: SourceArticle = {
      id: "harvest.txt",
      text: "Harvest\n\nBetween 400 and 650 seasonal pickers arrived in the valley this week, the growers' association said. The apple crop rose to 61,000 tonnes from 54,000 tonnes, the association said.\n",
    };

    it("flags a changed end of the source's range and fixes that end", () => {
      const draft = "Between 400 and 800 seasonal pickers arrived in the valley this week.\n";
      assert.deepEqual(codesOf(draft, [harvest]), ["number-mismatch"]);
      assert.equal(
        fixedBy(draft, "number-mismatch", [harvest]),
        "Between 400 and 650 seasonal pickers arrived in the valley this week.\n",
      );
    });

    it("leaves a single figure inside the source's range alone, and flags one outside it", () => {
      assert.deepEqual(codesOf("About 500 seasonal pickers arrived in the valley this week.\n", [harvest]), []);
      assert.deepEqual(codesOf("About 900 seasonal pickers arrived in the valley this week.\n", [harvest]), [
        "number-mismatch",
      ]);
    });

    it("mends a single figure outside the source's range with the whole range, not its nearer end", () => {
      assert.equal(
        fixedBy("About 900 seasonal pickers arrived in the valley this week.\n", "number-mismatch", [harvest]),
        "Between 400 and 650 seasonal pickers arrived in the valley this week.\n",
      );
      assert.equal(
        fixedBy("The association said nearly 300 seasonal pickers arrived this week.\n", "number-mismatch", [harvest]),
        "The association said between 400 and 650 seasonal pickers arrived this week.\n",
      );
    });

    it("holds a figure after 'to' to the new value of the source's change, though the draft leaves out the old one", () => {
      assert.equal(
        fixedBy("The apple crop rose to 66,000 tonnes.\n", "number-mismatch", [harvest]),
        "The apple crop rose to 61,000 tonnes.\n",
      );
    });
  });

  it("reads money shorthand ($18m) as millions, and writes its fix the same way", () => {
    assert.deepEqual(codesOf("Ortiz said repairs to the levee would cost $18m.\n"), []);
    assert.equal(
      fixedBy("Ortiz said repairs to the levee would cost $81m.\n", "number-mismatch"),
      "Ortiz said repairs to the levee would cost $18m.\n",
    );
  });

  it("reads $45k as 45,000 and writes its fix in thousands the same way; leaves a bare 3.5k uncompared", () => {
    const wire = {
      id: "plant.txt",
      text: "Plant closes\n\nThe plant will shed 3,500 jobs, and each worker will get $45,000 in severance, the company said on Monday.\n",
    };
    assert.deepEqual(codesOf("Each worker will get $45k in severance, the company said.\n", [wire]), []);
    assert.equal(
      fixedBy("Each worker will get $54k in severance, the company said.\n", "number-mismatch", [wire]),
      "Each worker will get $45k in severance, the company said.\n",
    );
    assert.deepEqual(codesOf("The plant will shed 5.3k jobs, the company said.\n", [wire]), []);
  });

  describe("figures of another kind", () => {
    const harbour: SourceArticle = {
      id: "harbour.txt",
      text: [
        "Harbour traffic",
        "",
        "Traffic at the port has grown by 18% since 2019, according to the national maritime authority.",
        "",
        "Dock workers walked out on Monday, leaving 37 ships offshore, port officials said.",
        "",
        "The port has lost about 1.2 million euros a day since the walkout began, its director said.",
        "",
      ].join("\n"),
    };

    it("holds no figure to a year standing alone: the year states a date", () => {
      const draft = "Traffic at the port has grown by 900 ships since 2019, according to the maritime authority.\n";
      assert.deepEqual(codesOf(draft, [harbour]), []);
    });

    it("leaves 'nearly a fifth' and 'a third of the ships' alone: a fraction is held to no percentage, count or year", () => {
      const share =
        "Traffic at the port has grown by nearly a fifth since 2019, according to the maritime authority.\n";
      assert.deepEqual(codesOf(share, [harbour]), []);
      const part = "Dock workers walked out on Monday, leaving a third of the ships offshore, port officials said.\n";
      assert.deepEqual(codesOf(part, [harbour]), []);
    });

    it("leaves 'dozens of ships' alone: a quantity named only by its order contradicts no figure", () => {
      assert.deepEqual(codesOf("Dozens of ships were left offshore on Monday, port officials said.\n", [harbour]), []);
    });

    it("reads 'euros' after a figure as its currency, so €12 million is held to 1.2 million euros", () => {
      const draft = "The port has lost about €12 million a day since the walkout began, its director said.\n";
      assert.equal(
        fixedBy(draft, "number-mismatch", [harbour]),
        "The port has lost about €1.2 million a day since the walkout began, its director said.\n",
      );
    });
  });

  describe("against a city budget story", () => {
    const budget: SourceArticle = {
      id: "budget.txt",
      text: [
        "City sets out next year's spending",
        "",
        "The city's budget for next year is $4.8 billion, of which $620 million is set aside for schools, the finance office said on Monday.",
        "",
        "About a third of the city's bridges need repair, according to the engineers' survey published with the budget.",
        "",
      ].join("\n"),
    };

    it("holds a figure to the one of two source figures the draft does not state beside it", () => {
      const draft =
        "The city's budget for next year is $4.8 billion, of which $260 million is set aside for schools, the finance office said.\n";
      assert.deepEqual(codesOf(draft, [budget]), ["number-mismatch"]);
      assert.equal(
        fixedBy(draft, "number-mismatch", [budget]),
        "The city's budget for next year is $4.8 billion, of which $620 million is set aside for schools, the finance office said.\n",
      );
    });

    it("holds the first of the two the same way when the draft states the second beside it", () => {
      const draft =
        "The city's budget for next year is $5.1 billion, of which $620 million is set aside for schools, the finance office said.\n";
      assert.equal(
        fixedBy(draft, "number-mismatch", [budget]),
        "The city's budget for next year is $4.8 billion, of which $620 million is set aside for schools, the finance office said.\n",
      );
    });

    it("fixes a wrong share written in words with the source's words for it, the sentence's capital kept at its start", () => {
      const about = "About a quarter of the city's bridges need repair, the engineers' survey found.\n";
      assert.equal(
        fixedBy(about, "number-mismatch", [budget]),
        "About a third of the city's bridges need repair, the engineers' survey found.\n",
      );
      const opening = "A quarter of the city's bridges need repair, the engineers' survey found.\n";
      assert.equal(
        fixedBy(opening, "number-mismatch", [budget]),
        "About a third of the city's bridges need repair, the engineers' survey found.\n",
      );
    });
  });

  it("holds a second figure to nothing when the draft already states the source's figure beside it", () => {
    const shares: SourceArticle = {
      id: "shares.txt",
      text: "Shares slide\n\nKestrel Bank shares fell 6.4 percent to 412 pence by midday on Thursday, the exchange said.\n",
    };
    const draft = "Kestrel Bank shares fell 6.4% on Thursday and have lost 20% since January, the exchange said.\n";
    assert.deepEqual(codesOf(draft, [shares]), []);
  });

  describe("scores and tallies", () => {
    const derby: SourceArticle = {
      id: "derby.txt",
      text:
        "Rovers take the derby\n\nEastfield Rovers won the city derby 2-1 against Wexham Athletic on Sunday, their first win at the ground in nine years, the club said.\n\n" +
        "The council approved the new stadium plan by a 7-2 vote on Monday, officials said.\n",
    };

    it("flags a score that differs from the source's and fixes it with the source's, in the draft's dash", () => {
      const draft = "Eastfield Rovers won the city derby 3\u20131 against Wexham Athletic on Sunday, the club said.\n";
      const [found] = checkDraft(draft, [derby]).findings.filter((f) => f.code === "number-mismatch");
      assert.equal(draft.slice(found.start, found.end), "3\u20131");
      assert.equal(found.message, "\u201C3\u20131\u201D differs from the source, which says 2-1.");
      assert.equal(
        fixedBy(draft, "number-mismatch", [derby]),
        "Eastfield Rovers won the city derby 2\u20131 against Wexham Athletic on Sunday, the club said.\n",
      );
    });

    it("holds a tally's second side too: a 7-3 vote for the source's 7-2", () => {
      const draft = "The council approved the new stadium plan by a 7-3 vote on Monday, officials said.\n";
      assert.equal(
        fixedBy(draft, "number-mismatch", [derby]),
        "The council approved the new stadium plan by a 7-2 vote on Monday, officials said.\n",
      );
    });

    it("finds nothing wrong with the source's score written with another dash", () => {
      const draft = "Eastfield Rovers won the city derby 2\u20131 against Wexham Athletic on Sunday, the club said.\n";
      assert.deepEqual(codesOf(draft, [derby]), []);
    });
  });

  describe("what the source's approximator says of its figure", () => {
    const ferry: SourceArticle = {
      id: "ferry.txt",
      text: "Ferry strike\n\nMore than 900 crew members walked off the island ferries on Monday, the seafarers' union said. About 3,400 passengers were stranded at the mainland port, the ferry operator said. Nearly 60 sailings were cancelled by noon, the harbour master said.\n",
    };

    it("holds 'nearly half' to the source's 'nearly a third': a fraction after an approximator is a share", () => {
      const care: SourceArticle = {
        id: "care.txt",
        text: "Care\n\nDemand for home care has risen by nearly a third since 2021, council officials said.\n",
      };
      assert.equal(
        fixedBy("Demand for home care has risen by nearly half since 2021, officials said.\n", "number-mismatch", [
          care,
        ]),
        "Demand for home care has risen by nearly a third since 2021, officials said.\n",
      );
    });

    it("restores a floor the draft turned into a ceiling: 'nearly 1,000' for 'more than 900'", () => {
      const draft = "Nearly 1,000 crew members walked off the island ferries on Monday, the union said.\n";
      const [found] = fidelityOf(draft, [ferry]);
      assert.equal(found?.message, "\u201CNearly 1,000\u201D differs from the source, which says more than 900.");
      assert.equal(
        fixedBy(draft, "number-mismatch", [ferry]),
        "More than 900 crew members walked off the island ferries on Monday, the union said.\n",
      );
    });

    it("marks a figure the source gives as round when the draft gives it as exact, mid-sentence and at the start", () => {
      assert.equal(
        fixedBy("The operator said 3,000 passengers were stranded at the mainland port.\n", "number-mismatch", [ferry]),
        "The operator said about 3,400 passengers were stranded at the mainland port.\n",
      );
      assert.equal(
        fixedBy("3,000 passengers were stranded at the mainland port, the operator said.\n", "number-mismatch", [
          ferry,
        ]),
        "About 3,400 passengers were stranded at the mainland port, the operator said.\n",
      );
    });

    it("takes out a bound the source does not set", () => {
      const source: SourceArticle = {
        id: "port.txt",
        text: "Port\n\nThe port handled 412 container ships in March, the port authority said.\n",
      };
      assert.equal(
        fixedBy("The port handled more than 500 container ships in March.\n", "number-mismatch", [source]),
        "The port handled 412 container ships in March.\n",
      );
    });

    it("keeps the draft's own word where it says what the source's does: 'at least' for 'more than', 'some' for 'about'", () => {
      assert.equal(
        fixedBy("At least 700 crew members walked off the island ferries on Monday.\n", "number-mismatch", [ferry]),
        "At least 900 crew members walked off the island ferries on Monday.\n",
      );
      assert.equal(
        fixedBy("Some 3,000 passengers were stranded at the mainland port.\n", "number-mismatch", [ferry]),
        "Some 3,400 passengers were stranded at the mainland port.\n",
      );
    });

    it("keeps a round figure the draft marks as round where the source gives it exactly", () => {
      const source: SourceArticle = {
        id: "port.txt",
        text: "Port\n\nThe port handled 412 container ships in March, the port authority said.\n",
      };
      assert.equal(
        fixedBy("The port handled about 500 container ships in March.\n", "number-mismatch", [source]),
        "The port handled about 412 container ships in March.\n",
      );
    });

    it("reads 'in excess of' and 'well over' as rounding like 'more than', within 5%", () => {
      assert.deepEqual(codesOf("In excess of 3,300 passengers were stranded at the mainland port.\n", [ferry]), []);
      assert.deepEqual(codesOf("Well over 3,300 passengers were stranded at the mainland port.\n", [ferry]), []);
    });

    it("holds a limit to its count exactly, not as a rounded figure: 'at least 45 crew members' for 'at least 43'", () => {
      const strike: SourceArticle = {
        id: "strike.txt",
        text: "Strike\n\nAt least 43 crew members were suspended on Tuesday, the operator said.\n",
      };
      assert.deepEqual(codesOf("At least 45 crew members were suspended on Tuesday.\n", [strike]), ["number-mismatch"]);
      assert.deepEqual(codesOf("About 45 crew members were suspended on Tuesday.\n", [strike]), []);
    });

    it("leaves a negated bound as the draft writes it: its sense is not its words'", () => {
      assert.equal(
        fixedBy("No more than 40 sailings were cancelled by noon, the harbour master said.\n", "number-mismatch", [
          ferry,
        ]),
        "No more than 60 sailings were cancelled by noon, the harbour master said.\n",
      );
    });
  });

  it("holds a figure whose verb follows it to its own statement, not to the next clause's figure: 'compared with 2.1%' is the placebo's", () => {
    const vaccine: SourceArticle = {
      id: "vaccine.txt",
      text: "Vaccine\n\nAbout 9.4% of children on the vaccine had a high fever, compared with 2.1% on placebo, the agency said.\n",
    };
    assert.equal(
      fixedBy(
        "About 4.9% of children on the vaccine had a high fever, compared with 2.1% on placebo, the agency said.\n",
        "number-mismatch",
        [vaccine],
      ),
      "About 9.4% of children on the vaccine had a high fever, compared with 2.1% on placebo, the agency said.\n",
    );
  });

  describe("figures of another statement beside the draft's", () => {
    const strike: SourceArticle = {
      id: "strike.txt",
      text: "Strike\n\nHarbour Air cancelled about 1,200 flights on Friday as more than 2,000 pilots walked out. The pilots' union is seeking a 24% pay rise over three years. The airline has offered 11%.\n",
    };

    it("does not take a figure of another noun in the source's sentence for the one the draft states: 2,100 flights is not 2,000 pilots", () => {
      assert.equal(
        fixedBy("Harbour Air cancelled about 2,100 flights on Friday.\n", "number-mismatch", [strike]),
        "Harbour Air cancelled about 1,200 flights on Friday.\n",
      );
    });

    it("holds no figure to one the draft states elsewhere in its sentence, however far before it", () => {
      const union: SourceArticle = {
        id: "union.txt",
        text: "Strike\n\nThe Harbour Air Pilots Association, which represents 2,150 of the airline's 2,400 pilots, is seeking a 24% pay rise over three years. The airline has offered 11%.\n",
      };
      const draft = "The union is seeking a 24% pay rise over three years; the airline has offered 14%.\n";
      const found = fidelityOf(draft, [union]).filter((f) => f.code === "number-mismatch");
      assert.deepEqual(
        found.map((f) => f.comparison?.source),
        [],
      );
    });
  });

  it("holds a claim to the source that contains it when there are several", () => {
    const other = {
      id: "schools.txt",
      text: "Schools\n\nThe district closed 12 schools on Tuesday, the superintendent said.\n",
    };
    const draft =
      "The district closed 21 schools on Tuesday. About 3,200 residents left their homes in Millbrook on Tuesday.\n";
    const found = checkDraft(draft, [FLOOD_WIRE, other]).findings.filter((f) => f.code === "number-mismatch");
    assert.deepEqual(
      found.map((f) => f.evidence?.sourceId),
      ["schools.txt"],
    );
  });
});

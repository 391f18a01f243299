import assert from "node:assert/strict";
import { codesOf, fidelityOf, fixedBy } from "./helpers";

const SHELTERS = '"The shelters at the high school have room for everyone,"';

describe("fidelity: misattributed-quote (policy 5)", () => {
  it("flags a quote credited to a named person the source does not credit, on the name", () => {
    const draft = `Mayor Lena Ortiz visited the shelters. ${SHELTERS} Ortiz said.\n`;
    const found = fidelityOf(draft).filter((f) => f.code === "misattributed-quote");
    assert.equal(found.length, 1);
    assert.equal(draft.slice(found[0].start, found[0].end), "Ortiz");
    assert.equal(found[0].evidence?.speaker, "Priya Raman");
  });

  it("names the source's speaker in full on first reference", () => {
    const draft = `Mayor Lena Ortiz visited the shelters. ${SHELTERS} Ortiz said.\n`;
    assert.equal(
      fixedBy(draft, "misattributed-quote"),
      `Mayor Lena Ortiz visited the shelters. ${SHELTERS} county emergency manager Priya Raman said.\n`,
    );
  });

  it("names the source's speaker by the later reference once the draft has named them", () => {
    const draft = `Priya Raman runs the county emergency office.\n\n${SHELTERS} Ortiz said.\n`;
    assert.equal(
      fixedBy(draft, "misattributed-quote"),
      `Priya Raman runs the county emergency office.\n\n${SHELTERS} Raman said.\n`,
    );
  });

  it("flags the speaker's first name with another surname: 'Priya Ortiz' is not Priya Raman", () => {
    const draft = `${SHELTERS} Priya Ortiz said.\n`;
    const found = fidelityOf(draft).filter((f) => f.code === "misattributed-quote");
    assert.equal(found.length, 1);
    assert.equal(draft.slice(found[0].start, found[0].end), "Priya Ortiz");
    assert.equal(fixedBy(draft, "misattributed-quote"), `${SHELTERS} county emergency manager Priya Raman said.\n`);
  });

  describe("two people quoted in one paragraph", () => {
    const harbour = {
      id: "harbour.txt",
      text:
        "Harbour plan\n\nThe council approved the new harbour wall on Tuesday.\n\n" +
        '"It is the right wall in the right place," said Gwen Ashby, who chairs the harbour trust. ' +
        'Fisherman Luke Penrose was less convinced: "They have built a wall around a problem and called it a solution."\n',
    };

    it("gives a quotation to the speaker its own sentence's lead-in names: Penrose was less convinced:", () => {
      assert.equal(
        fixedBy(
          '"They have built a wall around a problem and called it a solution," Ashby said.\n',
          "misattributed-quote",
          [harbour],
        ),
        '"They have built a wall around a problem and called it a solution," fisherman Luke Penrose said.\n',
      );
      assert.equal(
        fixedBy(
          'Ashby was less convinced: "They have built a wall around a problem and called it a solution."\n',
          "misattributed-quote",
          [harbour],
        ),
        'Fisherman Luke Penrose was less convinced: "They have built a wall around a problem and called it a solution."\n',
      );
    });

    it("flags the other speaker of the paragraph when the source credits the quote in its own sentence", () => {
      assert.equal(
        fixedBy('"It is the right wall in the right place," Penrose said.\n', "misattributed-quote", [harbour]),
        '"It is the right wall in the right place," Gwen Ashby said.\n',
      );
    });

    it("leaves the quotes credited as the source credits them", () => {
      assert.deepEqual(codesOf('"It is the right wall in the right place," Ashby said.\n', [harbour]), []);
      assert.deepEqual(
        codesOf('Penrose was less convinced: "They have built a wall around a problem and called it a solution."\n', [
          harbour,
        ]),
        [],
      );
    });
  });

  it("flags a quote the source gives to the person named after its description, 'said the union's regional secretary, Joanne Kaye'", () => {
    const budget = {
      id: "budget.txt",
      text: 'Budget vote\n\nCouncil leader Tony Dyer said the rise was unavoidable.\n\n"Our members are being asked to pay twice, once in their bills and once in their jobs," said the union\'s regional secretary, Joanne Kaye.\n',
    };
    const draft =
      '"Our members are being asked to pay twice, once in their bills and once in their jobs," Dyer said.\n';
    assert.equal(
      fixedBy(draft, "misattributed-quote", [budget]),
      '"Our members are being asked to pay twice, once in their bills and once in their jobs," Joanne Kaye said.\n',
    );
  });

  describe("a quote the source gives to a described speaker", () => {
    const ward = {
      id: "ward.txt",
      text: 'Hospital\n\n"We are at capacity and asking people with minor injuries to stay away," a hospital spokesperson said on Monday.\n\nMayor Lena Ortiz said the city would open two field clinics. Hospital spokesperson Ana Ruiz later confirmed the clinics.\n',
    };
    const quote = '"We are at capacity and asking people with minor injuries to stay away,"';

    it("flags it credited to someone the source names as another person, and gives it back to the description", () => {
      assert.equal(
        fixedBy(`${quote} Ortiz said.\n`, "misattributed-quote", [ward]),
        `${quote} a hospital spokesperson said.\n`,
      );
    });

    it("leaves it alone credited to a person the source describes the same way, or to a name the source does not have", () => {
      assert.deepEqual(codesOf(`${quote} Ruiz said.\n`, [ward]), []);
      assert.deepEqual(codesOf(`${quote} Paul Hecht said.\n`, [ward]), []);
    });
  });

  describe("a quote the source gives to a body it describes", () => {
    const libraries = {
      id: "libraries.txt",
      text:
        "Libraries\n\nCouncil leader Simon Hart defended the closures.\n\n" +
        'The library workers\' union described the vote as "a dark day for everyone who reads" and union branch secretary Dawn Kerr said members would be balloted.\n',
    };
    const buses = {
      id: "buses.txt",
      text: 'Buses\n\nCouncil leader Simon Hart backed the cuts.\n\nThe new timetable was "a gift to nobody at all", the union said.\n',
    };

    it("flags it credited to a person the source names in another role, and gives it back to the body", () => {
      assert.equal(
        fixedBy('Hart called the vote "a dark day for everyone who reads".\n', "misattributed-quote", [libraries]),
        'The library workers\' union called the vote "a dark day for everyone who reads".\n',
      );
    });

    it("leaves it credited to a person the source places in that body, or where the body is a bare 'the union'", () => {
      assert.deepEqual(codesOf('Kerr called the vote "a dark day for everyone who reads".\n', [libraries]), []);
      assert.deepEqual(codesOf('Hart called the timetable "a gift to nobody at all".\n', [buses]), []);
    });
  });

  describe("a title two people share", () => {
    const inquiry = {
      id: "inquiry.txt",
      text: 'Warehouse fire inquiry\n\n"The sprinklers in the east wing had been switched off for weeks," Chief Inspector Ruth Adeyemi told the hearing.\n\nChief Inspector Daniel Osei, who led the first crews in, gave evidence after her.\n',
    };
    const quote = '"The sprinklers in the east wing had been switched off for weeks,"';

    it("flags a quote credited to another holder of the speaker's title: Chief Inspector Osei is not Chief Inspector Adeyemi", () => {
      assert.deepEqual(codesOf(`${quote} Chief Inspector Daniel Osei said.\n`, [inquiry]), ["misattributed-quote"]);
      assert.equal(
        fixedBy(`${quote} Chief Inspector Daniel Osei said.\n`, "misattributed-quote", [inquiry]),
        `${quote} Chief Inspector Ruth Adeyemi said.\n`,
      );
    });

    it("leaves the speaker named with the title alone", () => {
      assert.deepEqual(codesOf(`${quote} Chief Inspector Adeyemi said.\n`, [inquiry]), []);
    });
  });

  it("leaves the speaker's name spelt without its accents alone: 'Sorby' is Sørby", () => {
    const wire = {
      id: "port.txt",
      text: 'Port strike\n\n"Every day the cranes stand still costs this region jobs," port director Helena Sørby said.\n',
    };
    const quote = '"Every day the cranes stand still costs this region jobs,"';
    assert.deepEqual(codesOf(`${quote} said Helena Sorby.\n`, [wire]), []);
    assert.deepEqual(codesOf(`${quote} said Helena Lund.\n`, [wire]), ["misattributed-quote"]);
  });

  it("replaces the wrong person's whole credit: the organisation before a title, the appositive or who clause after the name, its link", () => {
    assert.equal(
      fixedBy(`${SHELTERS} Millbrook Town Council member Lena Ortiz said.\n`, "misattributed-quote"),
      `${SHELTERS} county emergency manager Priya Raman said.\n`,
    );
    assert.equal(
      fixedBy(`${SHELTERS} said Lena Ortiz, the mayor.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman.\n`,
    );
    assert.equal(
      fixedBy(`${SHELTERS} said Ortiz, who runs the town.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman.\n`,
    );
    assert.equal(
      fixedBy(`${SHELTERS} said Lena Ortiz, deputy leader of the Millbrook Residents Union.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman.\n`,
    );
    assert.equal(
      fixedBy(`${SHELTERS} said Lena Ortiz, 58, who chairs the council.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman.\n`,
    );
    assert.equal(
      fixedBy(`${SHELTERS} [Ortiz](https://example.com/mayor) said.\n`, "misattributed-quote"),
      `${SHELTERS} county emergency manager Priya Raman said.\n`,
    );
    assert.equal(
      fixedBy(
        'Lena Ortiz, the mayor, said: "The shelters at the high school have room for everyone."\n',
        "misattributed-quote",
      ),
      'County emergency manager Priya Raman said: "The shelters at the high school have room for everyone."\n',
    );
  });

  it("keeps what the draft goes on to say after the wrong person's name", () => {
    assert.equal(
      fixedBy(`${SHELTERS} said Ortiz, adding that the deputy mayor agreed.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman, adding that the deputy mayor agreed.\n`,
    );
  });

  describe("words a transcript gives its speaker outside quotation marks", () => {
    const interview = {
      id: "interview.txt",
      text: [
        "Interview: the harbour master",
        "",
        "Harbour master Ingrid Falk spoke to Northline's Sam Reyes on Tuesday.",
        "",
        "REYES: How long can the port hold out?",
        "",
        "FALK: Two weeks, maybe three. After that the cold stores run out of space and the fleet has nowhere to land.",
        "",
      ].join("\n"),
    };
    const answer = '"After that the cold stores run out of space and the fleet has nowhere to land,"';

    it("flags an answer credited to the interviewer, and credits the one who answered", () => {
      assert.equal(
        fixedBy(`${answer} Reyes said.\n`, "misattributed-quote", [interview]),
        `${answer} harbour master Ingrid Falk said.\n`,
      );
    });

    it("leaves the answer credited to the one who gave it alone", () => {
      assert.deepEqual(codesOf(`${answer} Falk said.\n`, [interview]), []);
    });
  });

  it("reports a quote split by its cue once, on the one name that credits both parts", () => {
    const draft =
      '"We are asking everyone in the low streets to leave now," Ortiz said, "and not wait for the water."\n';
    assert.deepEqual(codesOf(draft), ["misattributed-quote"]);
  });

  it("writes the speaker's title in capitals only where the credit opens its sentence", () => {
    const lead = 'Ortiz said: "The shelters at the high school have room for everyone."\n';
    assert.equal(
      fixedBy(lead, "misattributed-quote"),
      'County emergency manager Priya Raman said: "The shelters at the high school have room for everyone."\n',
    );
    const later = 'At the briefing, Ortiz said: "The shelters at the high school have room for everyone."\n';
    assert.equal(
      fixedBy(later, "misattributed-quote"),
      'At the briefing, county emergency manager Priya Raman said: "The shelters at the high school have room for everyone."\n',
    );
  });

  it("leaves the speaker's full name with a generational suffix alone: the suffix is not a surname", () => {
    const quote = '"I have lived here since 1987 and I have never seen it this high,"';
    assert.deepEqual(codesOf(`${quote} said Tom Becker Jr.\n`), []);
  });

  it("leaves the speaker's full name and title alone", () => {
    assert.deepEqual(codesOf(`${SHELTERS} county emergency manager Priya Raman said.\n`), []);
  });

  it("leaves a quote credited to the source's own speaker alone", () => {
    assert.deepEqual(codesOf(`${SHELTERS} Raman said.\n`), []);
  });

  it("replaces an inverted credit whole: the organisation, its lowercase title and the person's name", () => {
    assert.equal(
      fixedBy(`${SHELTERS} said Millbrook council member Lena Ortiz.\n`, "misattributed-quote"),
      `${SHELTERS} said county emergency manager Priya Raman.\n`,
    );
  });

  it("names the credited person without the appositive in its message", () => {
    const draft = 'Lena Ortiz, the mayor, said the shelters "at the high school have room for everyone."\n';
    const [found] = fidelityOf(draft).filter((f) => f.code === "misattributed-quote");
    assert.equal(found.message, "Quote credited to Lena Ortiz, but the source article credits it to Priya Raman.");
  });

  it("leaves a quote credited to a pronoun alone: the pronoun names no one to check", () => {
    assert.deepEqual(codesOf(`Ortiz toured the school. ${SHELTERS} she said.\n`), []);
  });

  it("leaves a quote credited to a description alone ('the county', 'officials')", () => {
    assert.deepEqual(codesOf(`${SHELTERS} officials said.\n`), []);
    assert.deepEqual(codesOf(`${SHELTERS} the county said.\n`), []);
    assert.deepEqual(codesOf(`${SHELTERS} said Millbrook's emergency manager.\n`), []);
  });

  it("reports a misquote and a misattribution of one quote separately", () => {
    const draft = `"The shelters at the middle school have room for everyone," Becker said.\n`;
    assert.deepEqual(codesOf(draft).sort(), ["misattributed-quote", "misquote"]);
  });

  describe("a quotation that goes on after its speaker's cue, in the same paragraph", () => {
    const union = {
      id: "strike.txt",
      text: [
        "Nurses walk out",
        "",
        'The union said staff shortages were to blame. "Nobody can run a ward without the nurses to staff it," said Dana Whitfield, the union\'s regional secretary. "Our members are worn out."',
        "",
      ].join("\n"),
    };

    it("credits it to the speaker of the sentence right before it, as a wire editor reads it", () => {
      const found = fidelityOf('"Our members are worn out," Mayor Ortiz said.\n', [union]);
      assert.deepEqual(
        found.map((f) => f.code),
        ["misattributed-quote"],
      );
      assert.equal(found[0].evidence?.speaker, "Dana Whitfield");
    });

    it("leaves it alone when the draft credits that speaker", () => {
      assert.deepEqual(codesOf('"Our members are worn out," Whitfield said.\n', [union]), []);
    });

    it("does not read a speaker across a sentence with no cue in between", () => {
      const apart = {
        ...union,
        text: union.text.replace('"Our members', 'The talks broke down at noon. "Our members'),
      };
      assert.deepEqual(codesOf('"Our members are worn out," Mayor Ortiz said.\n', [apart]), []);
    });
  });
});

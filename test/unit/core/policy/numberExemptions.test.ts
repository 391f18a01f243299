import assert from "node:assert/strict";
import { exemptNumbers, findNumbers } from "../../../../src/core/claims/numbers";
import { NUMBER_EXEMPTIONS } from "../../../../src/core/policy/numberExemptions";
import { tokenize } from "../../../../src/core/text/tokens";

/** The rule that exempts the number written `number` in the sentence, or undefined when it is a claim. */
function ruleFor(sentence: string, number: string): string | undefined {
  const at = sentence.indexOf(number);
  assert.ok(at >= 0, `"${number}" is in "${sentence}"`);
  return exemptNumbers(tokenize(sentence), 0).find((n) => n.start === at)?.rule;
}

/** The number claims of a sentence, as text. */
function claims(sentence: string): string[] {
  return findNumbers(tokenize(sentence), 0).map((n) => sentence.slice(n.start, n.end));
}

describe("policy/numberExemptions: the numbers policy 1.2 says are not claims", () => {
  it("names each rule once", () => {
    const ids = NUMBER_EXEMPTIONS.map((r) => r.id);
    assert.deepEqual(ids, [...new Set(ids)]);
  });

  for (const rule of NUMBER_EXEMPTIONS) {
    it(`exempts its own example by its own rule: ${rule.id} (${rule.example})`, () => {
      const exempt = exemptNumbers(tokenize(rule.example), 0);
      assert.ok(
        exempt.some((n) => n.rule === rule.id),
        JSON.stringify(exempt),
      );
    });
  }

  it("spans an exempt number's core", () => {
    const sentence = "The ferry has sailed since 1962, twice a day.";
    assert.deepEqual(exemptNumbers(tokenize(sentence), 0), [
      { start: sentence.indexOf("1962"), end: sentence.indexOf("1962") + 4, rule: "year" },
    ]);
  });

  describe("age", () => {
    it("takes a number between commas after a name as an age", () => {
      assert.equal(ruleFor("Mara Lindqvist, 74, opened the bakery in the spring.", "74"), "age");
    });

    it("takes a number between commas after a word for a person as an age", () => {
      assert.equal(ruleFor("The pilot, 52, landed the plane on a farm track.", "52"), "age");
    });

    it("takes a number in brackets after a name as an age", () => {
      assert.equal(ruleFor("Lindqvist (74) still bakes every morning.", "74"), "age");
    });

    it("takes both ends of a range after 'aged' as ages", () => {
      const sentence = "Volunteers aged between 18 and 30 can apply.";
      assert.equal(ruleFor(sentence, "18"), "age");
      assert.equal(ruleFor(sentence, "30"), "age");
    });

    it("takes a hyphenated age as an age", () => {
      assert.equal(ruleFor("A 9-year-old boy was pulled from the river.", "9-year-old"), "age");
    });

    it("takes both ends of a range before 'years old' as ages", () => {
      const sentence = "Entrants ranged from 15 to 71 years old.";
      assert.equal(ruleFor(sentence, "15"), "age");
      assert.equal(ruleFor(sentence, "71"), "age");
    });

    it("takes ages written in words after 'aged' as ages", () => {
      const sentence = "The raft carried three children aged six, eight and eleven.";
      assert.equal(ruleFor(sentence, "six"), "age");
      assert.equal(ruleFor(sentence, "eight"), "age");
      assert.equal(ruleFor(sentence, "eleven"), "age");
    });

    it("keeps a number between commas after a thing a claim", () => {
      assert.deepEqual(claims("The harbour's old depth, 31, was measured by divers."), ["31"]);
    });

    it("keeps a number too large for an age a claim", () => {
      assert.deepEqual(claims("Mara Lindqvist, 140, is the name of the boat."), ["140"]);
    });

    it("keeps the figures of a list between commas claims, and takes a young one after a name in it as an age", () => {
      const sentence = "The wards counted 1,905, 2,210, 3,400 and 12,000 votes, and Ines Varga, 67, counted them.";
      assert.deepEqual(claims(sentence), ["1,905", "2,210", "3,400", "12,000 votes"]);
      assert.equal(ruleFor(sentence, "67"), "age");
    });

    it("takes a number against an hour or a month as a duration, not one without a unit", () => {
      assert.equal(ruleFor("The crews worked 12-hour shifts all week.", "12-hour"), "duration");
      assert.equal(ruleFor("The strike lasted 3 months in all.", "3"), "duration");
      assert.deepEqual(claims("The crews mended 12 pumps."), ["12 pumps"]);
    });
  });

  describe("dates and times", () => {
    it("takes a decade as a date", () => {
      assert.equal(ruleFor("Rents climbed all through the 1980s.", "1980s"), "decade");
    });

    it("takes a four-digit number in the calendar's range as a year", () => {
      assert.equal(ruleFor("The swing bridge opened in 1987 after a long fight.", "1987"), "year");
    });

    it("keeps a four-digit count after an approximator a claim", () => {
      assert.deepEqual(claims("More than 1500 fans waited outside the ground."), ["More than 1500 fans"]);
    });

    it("takes a day next to a month as a date", () => {
      assert.equal(ruleFor("The vote is set for Oct. 14 in the town hall.", "14"), "date");
      assert.equal(ruleFor("Ballots close on 3 March.", "3"), "date");
    });

    it("takes a written-out date as a date", () => {
      assert.equal(ruleFor("The lease ends on 2031-06-30 under the deal.", "2031-06-30"), "date");
    });

    it("takes a clock time as a time", () => {
      assert.equal(ruleFor("The polls close at 8 p.m. on Thursday.", "8"), "time-of-day");
      assert.equal(ruleFor("The first train leaves at 6:45.", "6:45"), "time-of-day");
    });

    it("takes numbers joined by a slash as a day or a schedule", () => {
      assert.equal(ruleFor("The clinic is now open 24/7 for walk-ins.", "24"), "slashed-date");
    });

    it("keeps a slashed fraction before 'of' a claim", () => {
      assert.equal(ruleFor("Only 1/3 of the seats were filled.", "1"), undefined);
    });
  });

  describe("durations", () => {
    it("takes a number before a unit of time as a duration", () => {
      assert.equal(ruleFor("The dock strike lasted five weeks.", "five"), "duration");
      assert.equal(ruleFor("The crossing took 40 minutes in the fog.", "40"), "duration");
    });

    it("takes a hyphenated span as a duration", () => {
      assert.equal(ruleFor("The coach signed an 18-month contract.", "18-month"), "duration");
    });

    it("takes a quarter of the year and a half after a unit as periods", () => {
      assert.equal(ruleFor("Sales rose in the first quarter of the year.", "quarter"), "duration");
      assert.equal(ruleFor("The meeting ran a minute and a half over.", "half"), "duration");
      assert.equal(ruleFor("The queue moved after more than half an hour.", "half"), "duration");
    });
  });

  describe("ordinals, fractions and 'one'", () => {
    it("takes a number with an ordinal suffix as an ordinal", () => {
      assert.equal(ruleFor("She won the 3rd District seat.", "3rd"), "ordinal");
    });

    it("takes 'a fifth' before a noun as an ordinal", () => {
      assert.equal(ruleFor("The club chased a fifth straight title.", "fifth"), "ordinal");
    });

    it("takes a fraction word with neither 'of' nor an approximator as no share", () => {
      assert.equal(ruleFor("Crews dredged the northern half first.", "half"), "fraction-not-share");
    });

    it("keeps a fraction before 'of' a claim", () => {
      assert.deepEqual(claims("Crews dredged half of the channel."), ["half"]);
    });

    it("takes 'one' as a pronoun unless a word counts it", () => {
      assert.equal(ruleFor("The pumps failed, one after another.", "one"), "one-as-pronoun");
      assert.deepEqual(claims("Only one pump failed overnight."), ["Only one pump"]);
    });
  });

  describe("names and identifiers", () => {
    it("takes a telephone number as an identifier", () => {
      assert.equal(ruleFor("Call 555-0172 for tickets.", "555-0172"), "phone-number");
      assert.equal(ruleFor("The helpline is 0800 555 019 all week.", "0800"), "phone-number");
    });

    it("takes a dotted version as an identifier", () => {
      assert.equal(ruleFor("The app was updated to version 4.2.1 overnight.", "4.2.1"), "version");
    });

    it("takes a house number before a street as an address", () => {
      assert.equal(ruleFor("The shop at 48 Quay Street closed.", "48"), "street-address");
    });

    it("takes a number after '#' or 'number' as a numbered thing", () => {
      assert.equal(ruleFor("The leak began in Apt. #12 upstairs.", "12"), "number-sign");
      assert.equal(ruleFor("She lives at number 10 now.", "10"), "number-sign");
    });

    it("takes letters against the digits as a name", () => {
      assert.equal(ruleFor("The council approved two 5G masts.", "5"), "glued-name");
      assert.equal(ruleFor("The airline grounded its 737-MAX jets.", "737-MAX"), "glued-name");
    });

    it("takes a number after a capitalised word, or the far end of its range, as a name", () => {
      assert.equal(ruleFor("Traffic backed up on Highway 101 for hours.", "101"), "named-number");
      const sentence = "The storm weakened from Category 2 to 3 overnight.";
      assert.equal(ruleFor(sentence, "2"), "named-number");
      assert.equal(ruleFor(sentence, "3"), "named-number");
    });

    it("takes a number after a class word as the class's name", () => {
      assert.equal(ruleFor("Doctors found stage 3 cancer in the scan.", "3"), "class-number");
    });

    it("takes a distance after a men's or women's event as its name", () => {
      assert.equal(ruleFor("She won the women's 400 metres in Oslo.", "400"), "distance-event");
    });

    it("takes a capitalised number word inside a name as part of the name", () => {
      assert.equal(ruleFor("Protesters gathered near Three Mile Island again.", "Three"), "number-word-in-name");
    });

    it("keeps a number after a capitalised function word a claim", () => {
      assert.deepEqual(claims("Some 144 passengers were stranded."), ["Some 144 passengers"]);
    });
  });

  describe("v1.2 rules", () => {
    it("exempts ages written as ranges and bounds without hyphens: 13 to 18 year olds, 18 or older", () => {
      assert.equal(ruleFor("The camp takes 13 to 18 year olds from the valley.", "13"), "age-range");
      assert.equal(ruleFor("Voters must be 18 or older on polling day.", "18"), "age-range");
    });

    it("keeps a count followed by 'or more' a claim", () => {
      assert.deepEqual(claims("The club hired 20 or more stewards."), ["20"]);
    });

    it("exempts a fixed count that is part of a name: the fifty states, the Group of 20", () => {
      assert.equal(ruleFor("Governors of the fifty states met in Denver.", "fifty"), "fixed-count");
      assert.equal(ruleFor("Finance ministers of the Group of 20 met in Rome.", "20"), "fixed-count");
    });

    it("keeps a count of states that names no fixed set a claim: the two states", () => {
      assert.deepEqual(claims("The two states signed a water deal."), ["two states"]);
    });

    it("exempts a year written in words after a word that says when", () => {
      assert.equal(ruleFor("The pier was rebuilt in nineteen eighty-four.", "nineteen"), "year-in-words");
      assert.deepEqual(claims("The pier has stood since two thousand and nine."), []);
    });

    it("keeps a count in words after such a word a claim: of twenty thousand people, by fifteen hundred workers", () => {
      assert.deepEqual(claims("The march drew a crowd of twenty thousand people."), ["twenty thousand people"]);
      assert.deepEqual(claims("The workforce grew by fifteen hundred workers."), ["fifteen hundred workers"]);
      assert.deepEqual(claims("The plan counted on a town of two thousand residents."), ["two thousand residents"]);
    });
  });
});

import assert from "node:assert/strict";
import { numberTexts } from "../helpers";

function numbers(sentence: string): string[] {
  return numberTexts(sentence);
}

describe("numbers (policy 1.2)", () => {
  describe("claims", () => {
    it("takes the approximator and unit with the number: roughly 300 square miles", () => {
      assert.deepEqual(numbers("Ukrainian troops still hold roughly 300 square miles in Kursk."), [
        "roughly 300 square miles",
      ]);
    });

    it("takes the noun phrase: some 12,000 North Korean troops", () => {
      assert.deepEqual(numbers("Troops face some 12,000 North Korean troops allied with Russia."), [
        "some 12,000 North Korean troops",
      ]);
    });

    it("reads percentages written with a sign or a word", () => {
      assert.deepEqual(numbers("Ukraine has lost about 40 percent of the ground. Turnout fell to 60%."), [
        "about 40 percent",
        "60%",
      ]);
    });

    it("reads a temperature written against its digits, as it reads 35 degrees: 35C, 95F, 1.5C", () => {
      assert.deepEqual(numbers("Madrid reached 35C on Sunday, and it was 95F in Phoenix."), ["35C", "95F"]);
      assert.deepEqual(numbers("Warming must be held to 1.5C."), ["1.5C"]);
    });

    it("reads money with scale words", () => {
      assert.deepEqual(numbers("The plan will cost $1.2 billion over the next budget."), ["$1.2 billion"]);
    });

    it("reads numbers written as words", () => {
      assert.deepEqual(numbers("Twelve thousand people marched and two-thirds of them were students."), [
        "Twelve thousand people",
        "two-thirds",
      ]);
    });

    it("reads vague quantities: a dozen, hundreds of", () => {
      assert.deepEqual(numbers("A dozen trucks and hundreds of volunteers arrived."), [
        "A dozen trucks",
        "hundreds of volunteers",
      ]);
    });

    it("keeps a 'between … and …' range as one claim", () => {
      assert.deepEqual(numbers("The stadium will cost between $300 million and $500 million to build."), [
        "between $300 million and $500 million",
      ]);
    });

    it("counts 'one' when it is a count", () => {
      assert.deepEqual(numbers("The attack killed three women and one man."), ["three women", "one man"]);
    });

    it("reads a unit glued to the digits: 30km, $2bn", () => {
      assert.deepEqual(numbers("The line runs 30km and cost $2bn."), ["30km", "$2bn"]);
    });

    it("keeps a ratio as one claim: 1 in 4 residents", () => {
      assert.deepEqual(numbers("Nearly 1 in 4 residents has no car."), ["Nearly 1 in 4 residents"]);
    });

    it("reads 'half of' as a share, even at the start of a sentence", () => {
      assert.deepEqual(numbers("Half of the respondents would vote again."), ["Half"]);
    });

    it("takes a number in apposition after a thing as a claim, not an age", () => {
      assert.deepEqual(numbers("The old attendance record, 31, stood for a decade."), ["31"]);
    });

    it("reads 'more than half' as a share", () => {
      assert.deepEqual(numbers("More than half were raped in their own home."), ["More than half"]);
    });

    it("reads a fraction after any approximator as a share: 'nearly half', 'almost a third'", () => {
      assert.deepEqual(numbers("Demand for home care has risen by nearly half since 2021."), ["nearly half"]);
      assert.deepEqual(numbers("Bus fares rose by almost a third."), ["almost a third"]);
      assert.deepEqual(numbers("She cut the loaf in half."), []);
    });

    it("reads 'half a million dollars' and 'half a dozen people' as one quantity each", () => {
      assert.deepEqual(numbers("The county spent nearly half a million dollars on the study."), [
        "nearly half a million dollars",
      ]);
      assert.deepEqual(numbers("The county spent half a million dollars on the study."), ["half a million dollars"]);
      assert.deepEqual(numbers("Half a dozen people were hurt in the crush."), ["Half a dozen people"]);
    });

    it("reads a four-digit count with an approximator and a noun: more than 1000 people", () => {
      assert.deepEqual(numbers("More than 1000 people rallied in 2010."), ["More than 1000 people"]);
    });

    it("stops the noun phrase before a verb: 1,900 residents remain", () => {
      assert.deepEqual(numbers("The island's 1,900 residents remain divided, and 200 workers fled."), [
        "1,900 residents",
        "200 workers",
      ]);
      assert.deepEqual(numbers("The study tracked 48,200 people aged between 40 and 69."), ["48,200 people"]);
    });

    it("keeps a share of a quantity as one claim: almost a quarter of a million dollars", () => {
      assert.deepEqual(numbers("They spent almost a quarter of a million dollars on surgery."), [
        "almost a quarter of a million dollars",
      ]);
    });

    it("keeps an approximator before 'a': more than a third", () => {
      assert.deepEqual(numbers("Renters spend more than a third on housing."), ["more than a third"]);
    });

    it("reads 'roughly a fifth' as a share", () => {
      assert.deepEqual(numbers("The plan protects roughly a fifth of the homes."), ["roughly a fifth"]);
    });

    it("reads 'cut by a third' as a share", () => {
      assert.deepEqual(numbers("The agency cut its fleet by a third."), ["a third"]);
    });
  });

  describe("qualifiers and conversions", () => {
    it("keeps a negated comparative whole: a cap of no more than 20 guests is not a floor", () => {
      assert.deepEqual(numbers("The chapel will admit no more than 20 guests at a time."), ["no more than 20 guests"]);
      assert.deepEqual(numbers("The ward has not more than 40 beds."), ["not more than 40 beds"]);
    });

    it("keeps fewer than, up to and at least with their number", () => {
      assert.deepEqual(numbers("Fewer than 300 ballots were lost, and up to 1,200 more were late."), [
        "Fewer than 300 ballots",
        "up to 1,200",
      ]);
      assert.deepEqual(numbers("At least 14 people were hurt in the crush."), ["At least 14 people"]);
    });

    it("joins a bracketed conversion to its spelled-out measure: one claim, one squiggle", () => {
      assert.deepEqual(numbers("Police set a ten-kilometre (6.2-mile) exclusion zone around the plant."), [
        "a ten-kilometre (6.2-mile) exclusion zone",
      ]);
    });

    it("joins a bracketed conversion to a measure in digits", () => {
      assert.deepEqual(numbers("The storm dropped 30 centimetres (12 inches) of snow on the ridge."), [
        "30 centimetres (12 inches) of snow",
      ]);
    });

    it("leaves a bracketed year out of the claim before it", () => {
      assert.deepEqual(numbers("The plant shipped 4 million units (2019) before it closed."), ["4 million units"]);
    });
  });

  describe("exemptions", () => {
    const exempt: [string, string][] = [
      ["years", "The law was passed in 2024 and amended in 1998."],
      ["decades", "Prices rose in the 1990s and in the '80s."],
      ["dates", "The vote is on Nov. 4 and the count ends January 3, 2007."],
      ["clock times", "The blast came at 2:20 p.m. and the fire was out by 6 p.m."],
      ["durations", "The renovation took five months, less than two weeks over plan, after an 18-month delay."],
      ["ordinals and ranks", "It was the first time, and the club finished seventh, the third-highest total."],
      ["names and identifiers", "COVID-19 grounded the F-16 and the Boeing 737 on Route 66 under Section 230."],
      ["ages", "Otis Greer, 82, and a 53-year-old neighbour, aged between 18 and 39, came."],
      ["ages after a described person", "The nominee, 58, will oversee the agency."],
      ["'one' as a pronoun or article", "One of our biggest wins came one day when no one expected it."],
      ["addresses", "The fire started at 12 Main St. near West 4th St."],
      ["names with letters glued to digits", "The 5G network streams 4K video to 3D printers."],
      ["numbers joined by a slash: 24/7, 9/11", "The store has been open 24/7 since the 9/11 attacks."],
      ["model numbers after a camel-case name", "She filmed it on an iPhone 15."],
      ["numbers inside a quote", "“We had 9 cyclist deaths last year,” Carvalho said."],
      ["list numbering", "1. Downtown\n2. East corridor\n"],
      ["headings", "# City unveils $12 million plan\n"],
      ["front matter", "---\ntitle: Bike lane plan (draft 2)\n---\n"],
      ["URLs", "See https://example.gov/reports/mobility-2025.pdf for details."],
      ["inline code", "Checked against `phase_2026_v3.csv` today."],
      ["telephone numbers", "Call 0800 800 812 in France, +33 1 57 02 10 55 abroad, (555) 123-4567 or 1-800-555-0199."],
      ["the low end of an age range", "The miners ranged from 17 to 62 years old."],
      ["'a third' before a noun, an ordinal", "She explained the difference between a booster and a third dose."],
      ["a quarter named by its ordinal", "Third-quarter profit beat the second-half forecast."],
      ["a class named by its number", "Walking cuts the risk of type 2 diabetes and stage 4 cancer."],
      ["a place named by its number", "Polls in ward 12 and precinct 7 closed late, and flights left from gate 3."],
      ["a seat named by its number and letter", "She moved from seat 12F to row 30 before take-off."],
      ["the far end of a named range", "The storm was predicted to strengthen from Category 3 to 4 en route."],
      ["a flat number and a range of addresses", "The oven caught fire in Apt. #4 at 630-632 Plymouth Avenue."],
      ["an event named by its distance", "He won the men's 100 metres in Berlin."],
      ["ages written in words", "The children, aged fourteen, five and two, were treated."],
      ["a quarter of the year", "Deliveries start in the first quarter of 2010."],
      ["half of a duration", "She won by a minute and a half over three winters of racing."],
      ["'a fifth' before a noun, an ordinal", "It was a fifth straight win."],
    ];
    for (const [what, sentence] of exempt) {
      it(`exempts ${what}`, () => assert.deepEqual(numbers(sentence), []));
    }
  });
});

import assert from "node:assert/strict";
import { numbersIn, sameQuantity } from "../../../../src/core/source/numbers";

const values = (text: string) => numbersIn(text).map((n) => [text.slice(n.start, n.end), n.value, n.percent]);
const same = (a: string, b: string) => sameQuantity(numbersIn(a)[0], numbersIn(b)[0]);

describe("source/numbers: quantities and their values", () => {
  it("reads figures with thousands separators, spaces and scale words", () => {
    assert.deepEqual(values("almost 60,000 troops"), [["60,000", 60000, false]]);
    assert.deepEqual(values("$1.2 billion"), [["$1.2 billion", 1.2e9, false]]);
  });

  it("reads a k after a sum of money as thousands ($50K), and gives a bare 3k no value: thousands or kilometres", () => {
    assert.deepEqual(values("paid $50K a year"), [["$50K", 50000, false]]);
    assert.deepEqual(values("cut 3k jobs"), []);
    assert.deepEqual(values("a 5k run"), []);
  });

  it("reads a bare m as millions before what is counted (1.5m Canadians, 3m people), else as metres (4m high)", () => {
    assert.deepEqual(values("serves 1.5m Canadians"), [["1.5m", 1.5e6, false]]);
    assert.deepEqual(values("moved 3m people"), [["3m", 3e6, false]]);
    assert.deepEqual(values("a wall 4m high"), [["4", 4, false]]);
  });

  it("reads a bare m after a whole number before a plural it does not count in millions as metres: 400m hurdles, 10m waves", () => {
    assert.deepEqual(values("won the 400m hurdles"), [["400", 400, false]]);
    assert.deepEqual(values("battered by 10m waves"), [["10", 10, false]]);
    assert.deepEqual(values("home to 12m voters"), [["12m", 12e6, false]]);
  });

  it("reads bn and tn as billions and trillions, with or without a space: $8.1bn, $2 tn", () => {
    assert.deepEqual(values("cost $8.1bn"), [["$8.1bn", 8.1e9, false]]);
    assert.deepEqual(values("a $2 tn budget"), [["$2 tn", 2e12, false]]);
  });

  it("reads half a scale as one quantity: half a billion", () => {
    assert.deepEqual(values("roughly half a billion euros"), [["half a billion", 5e8, false]]);
    assert.deepEqual(values("half of the seats"), [["half", 0.5, false]]);
  });

  it("reads numbers written in words", () => {
    assert.deepEqual(values("sixty thousand troops"), [["sixty thousand", 60000, false]]);
    assert.deepEqual(values("More than half were raped"), [["half", 0.5, false]]);
  });

  it("reads shares written as fractions: a third, two-thirds", () => {
    assert.deepEqual(values("more than a third of their income"), [["a third", 1 / 3, false]]);
    assert.deepEqual(values("about two-thirds of the units"), [["two-thirds", 2 / 3, false]]);
  });

  it("gives a bare figure the scale of the one after it: 3.4 to 5 million", () => {
    assert.deepEqual(values("between 3.4 to 5 million"), [
      ["3.4", 3.4e6, false],
      ["5 million", 5e6, false],
    ]);
    assert.deepEqual(values("Revenue grew 6.2 percent to $2.84 billion"), [
      ["6.2 percent", 6.2, true],
      ["$2.84 billion", 2.84e9, false],
    ]);
  });

  it("reads a score or a vote's tally as one figure with its other side: 2-0, a 6–3 ruling", () => {
    assert.deepEqual(
      numbersIn("Rovers won 2-0 at home").map((n) => [n.value, n.against]),
      [[2, 0]],
    );
    assert.deepEqual(
      numbersIn("a 6\u20133 ruling").map((n) => [n.value, n.against]),
      [[6, 3]],
    );
    assert.ok(!same("2-0", "2-1"));
    assert.ok(!same("2-0", "2 goals"));
  });

  it("reads a low-to-high pair as a range's first end, not a score: 10-15 years", () => {
    assert.deepEqual(
      numbersIn("jailed for 10-15 years").map((n) => [n.value, n.against]),
      [[10, undefined]],
    );
  });

  it("leaves numbers inside names alone: COVID-19, F-16", () => {
    assert.deepEqual(values("COVID-19 and the F-16"), []);
  });

  it("matches 60,000 = 60 000 = sixty thousand", () => {
    assert.ok(same("60,000", "60 000"));
    assert.ok(same("60,000", "sixty thousand"));
  });

  it("matches 40% = 40 percent, but not 40 with 40%", () => {
    assert.ok(same("40%", "about 40 percent"));
    assert.ok(!same("40%", "40 troops"));
  });
});

import assert from "node:assert/strict";
import { BoundedMap } from "../../../src/core/boundedMap";

describe("BoundedMap (the memos kept between keystrokes)", () => {
  it("forgets the oldest entry once it holds more than its capacity", () => {
    const kept = new BoundedMap<string, number>(2);
    kept.set("Kyiv", 1);
    kept.set("Kursk", 2);
    kept.set("Sudzha", 3);
    assert.deepEqual([...kept.keys()], ["Kursk", "Sudzha"]);
    assert.equal(kept.has("Kyiv"), false);
    assert.equal(kept.get("Sudzha"), 3);
  });

  it("keeps forgetting oldest first after it has forgotten many times its capacity", () => {
    const kept = new BoundedMap<string, number>(3);
    for (let n = 0; n < 20; n++) kept.set(`figure ${n}`, n);
    kept.set("figure 18", 180);
    assert.deepEqual([...kept.keys()], ["figure 17", "figure 18", "figure 19"]);
    kept.set("figure 20", 20);
    assert.deepEqual([...kept.keys()], ["figure 18", "figure 19", "figure 20"]);
    assert.equal(kept.get("figure 18"), 180);
  });

  it("makes a value once and hands the kept one back after", () => {
    const kept = new BoundedMap<string, string>(10);
    let made = 0;
    const make = () => `excerpt ${++made}`;
    assert.equal(kept.remember("“We will act,” a resident said.", make), "excerpt 1");
    assert.equal(kept.remember("“We will act,” a resident said.", make), "excerpt 1");
    assert.equal(made, 1);
  });

  it("keeps an answer of undefined (a claim the source does not hold) instead of looking it up again", () => {
    const kept = new BoundedMap<string, string | undefined>(10);
    let asked = 0;
    const find = () => {
      asked++;
      return undefined;
    };
    assert.equal(kept.remember("60,000 troops", find), undefined);
    assert.equal(kept.remember("60,000 troops", find), undefined);
    assert.equal(asked, 1);
    assert.equal(kept.size, 1);
  });
});

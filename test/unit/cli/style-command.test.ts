import assert from "node:assert/strict";
import type { StyleReport } from "../../../src/cli/style-command";
import { saysWho } from "./run";

const source = "test/fixtures/cli/kursk/source.txt";

describe("says-who style (the built CLI)", () => {
  it("describes the source article's attribution style in words", () => {
    const run = saysWho("style", source);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Learned from \d+ attributions? in the source article\(s\)\.\n/);
    assert.match(run.stdout, /\nVerb: said \(past tense\)/);
  });

  it("gives the profile as JSON with the sources it was learned from", () => {
    const run = saysWho("style", "--format", "json", source);
    const report = JSON.parse(run.stdout) as StyleReport;
    assert.equal(report.version, 1);
    assert.deepEqual(report.sources, [source]);
    assert.equal(report.style.verb, "said");
    assert.equal(report.style.quoteMarks, "curly");
  });

  it("exits 2 with one line when a source cannot be read", () => {
    const run = saysWho("style", "wire.txt");
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "says-who: error: cannot read source 'wire.txt': no such file\n");
  });

  it("rejects the SARIF format, which only check writes", () => {
    const run = saysWho("style", "--format", "sarif", source);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Allowed choices are text, json/);
  });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "./paths";
import { saysWho } from "./run";

/** The README's console samples that run on the repository's own examples: `$ npx says-who … examples/…` and what follows. */
function runnableSamples(): { command: string; args: string[]; output: string }[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  return [...readme.matchAll(/```console\n\$ npx says-who ([^\n]*)\n([\s\S]*?)```/g)]
    .filter(([, command]) => /\bexamples\//.test(command) && !/[#|"]/.test(command))
    .map(([, command, output]) => ({ command, args: command.trim().split(/\s+/), output }));
}

describe("the README's sample output", () => {
  const samples = runnableSamples();

  it("has samples run on the repository's examples", () => {
    assert.ok(samples.length >= 2, `found ${samples.length}`);
  });

  for (const { command, args, output } of samples) {
    it(`is what \`says-who ${command}\` prints today`, () => {
      const printed = saysWho(...args).stdout.replace(/[ \t]+$/gm, "");
      assert.equal(printed, output.replace(/[ \t]+$/gm, ""));
    });
  }
});

/** The README's ```json block that follows `intro` (a sentence of the prose before it). */
function jsonSampleAfter(intro: string): unknown {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(intro);
  assert.ok(at >= 0, `the README no longer says "${intro}"`);
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(block, `no JSON sample after "${intro}"`);
  return JSON.parse(block[1]);
}

const KURSK = ["check", "examples/kursk/draft.md", "--source", "examples/kursk/source.txt"];

describe("the README's JSON and SARIF samples", () => {
  it("show the JSON output of the text sample's command, cut to its unattributed quote", () => {
    const printed = JSON.parse(saysWho(...KURSK, "--format", "json").stdout);
    for (const file of printed.files)
      file.findings = file.findings.filter((finding: { code: string }) => finding.code === "unattributed-quote");
    assert.deepEqual(jsonSampleAfter("cut to its unattributed quote"), printed);
  });

  it("show the SARIF output of the same run, cut to its first rule and its first result's first fix", () => {
    const printed = JSON.parse(saysWho(...KURSK, "--format", "sarif").stdout);
    const [run] = printed.runs;
    run.tool.driver.rules = run.tool.driver.rules.slice(0, 1);
    run.results = run.results.slice(0, 1);
    run.results[0].fixes = run.results[0].fixes.slice(0, 1);
    const sample = jsonSampleAfter("cut to its first rule and its first result") as typeof printed;
    // The working directory differs from machine to machine; the sample names a newsroom's.
    run.originalUriBaseIds.SRCROOT.uri = sample.runs[0].originalUriBaseIds.SRCROOT.uri;
    assert.deepEqual(sample, printed);
  });
});

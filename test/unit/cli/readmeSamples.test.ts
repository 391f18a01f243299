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

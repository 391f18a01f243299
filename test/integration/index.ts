import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

/** Outcome of one run of the suite, printed as `E2E_SUMMARY {json}` for launchers that only see the log. */
interface SuiteSummary {
  passes: number;
  failures: number;
  pending: number;
}

/** Every compiled integration test under this folder, in a stable order. */
function findTestFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.js"))
    .sort()
    .map((file) => path.join(root, file));
}

/**
 * Entry point called by the VS Code extension host (the `extensionTestsPath`
 * contract shared by @vscode/test-electron and e2e/real-vscode): resolves when
 * every test passed, rejects otherwise.
 */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: "bdd",
    // The first test waits for the extension to activate and load its NLP model.
    timeout: 30_000,
    color: false,
    reporter: "spec",
    grep: process.env.SAYS_WHO_TEST_GREP,
  });
  for (const file of findTestFiles(__dirname)) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary: SuiteSummary = {
        passes: runner.stats?.passes ?? 0,
        failures,
        pending: runner.stats?.pending ?? 0,
      };
      // The real-vscode launcher only sees the extension host's console: this line is its result.
      console.log(`E2E_SUMMARY ${JSON.stringify(summary)}`);
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed.`));
      } else if (summary.passes === 0) {
        reject(new Error("No integration test ran."));
      } else {
        resolve();
      }
    });
  });
}

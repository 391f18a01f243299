import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";

/**
 * Runs the integration suite in a VS Code desktop build downloaded by
 * @vscode/test-electron (`npm run test:integration`), for machines that can
 * reach update.code.visualstudio.com. Machines that cannot use
 * e2e/real-vscode/run.sh, which runs the same suite in code-server.
 */
const repoRoot = path.resolve(__dirname, "../../..");
const extensionTestsPath = path.join(__dirname, "index");

/** A throwaway copy of the fixture workspace, so tests may edit and save. */
function copyFixtureWorkspace(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "says-who-workspace-"));
  fs.cpSync(path.join(repoRoot, "test/fixtures/workspace"), copy, { recursive: true });
  return copy;
}

async function main(): Promise<void> {
  const workspace = copyFixtureWorkspace();
  const common = {
    version: process.env.VSCODE_TEST_VERSION ?? "stable",
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
  };
  try {
    // Once with the fixture folder open, as a reporter with a project folder works.
    await runTests({ ...common, launchArgs: [workspace, "--disable-extensions"] });
    // Once with no folder, as a reporter opening a single draft works.
    await runTests({
      ...common,
      launchArgs: ["--disable-extensions"],
      extensionTestsEnv: { SAYS_WHO_FIXTURES: workspace },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

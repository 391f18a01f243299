// Says Who in the browser's web worker extension host, in Restricted Mode: run.sh
// starts a server with workspace trust on, the folder never trusted, and the
// user setting that runs Says Who in the web worker (see web-check.js). A
// person's session: the status bar says "Restricted Mode"; the council draft
// is still checked, with its evidence from the wire beside it (inside the
// workspace); pointing its front matter at a file outside the workspace gets
// the refusal in the Problems panel, and nothing of that file reaches a
// finding. The web worker host's log has Says Who activated and no error.
// usage: node web-restricted-check.js --url URL --ext DIR --folder DIR --outside FILE --screenshots DIR
// The selectors are VS Code internals: they hold for the pinned code-server 4.139.1.
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const fs = require("fs"),
  path = require("path");
const {
  openWorkbench,
  runChecks,
  requiredOptions,
  quickInput,
  problemRows,
  problemsWithEvidence,
  outputChannel,
  extensionId,
} = require("./workbench");

const opts = requiredOptions("web-restricted-check.js", ["url", "ext", "folder", "outside", "screenshots"]);
const DRAFT = "extension/council/draft.md";
const EXTENSION_ID = extensionId(opts.ext);
// The file outside the workspace, as the draft's front matter names it.
const OUTSIDE = path.relative(path.dirname(path.join(opts.folder, DRAFT)), opts.outside);

/** The check: what it logs when it passes. */
async function check(browser) {
  const shot = (page, name) => page.screenshot({ path: path.join(opts.screenshots, name) });
  // A quote the outside file would attribute, were it read.
  fs.writeFileSync(
    opts.outside,
    '"This is the safest street design we have ever voted on, and it pays for itself within a decade," said Priya Outsider.\n',
  );
  const page = await browser.newPage();
  await openWorkbench(page, opts);
  await page.locator(".statusbar-item", { hasText: "Restricted Mode" }).waitFor();

  // Still checked, with the evidence of the wire inside the workspace.
  const rows = await problemsWithEvidence(page, DRAFT, "wire.txt", 2);
  assert.equal(rows[0], "3 problems in file draft.md of folder extension/council");
  assert.equal(
    rows[2],
    "Ruth Abebe, in the source article: This is the safest street design we have ever voted on, and it pays for itself within a decade at line 5 and character 2 in wire.txt",
  );

  // The front matter names a file outside the workspace (line 3, `sources: [wire.txt]`): it is not read.
  await page.keyboard.press("Control+1");
  await quickInput(page, "Control+G", "3:1");
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page.keyboard.press("Shift+End");
  await page.keyboard.type(`sources: [${OUTSIDE}]`);
  const refusal = `Source article '${OUTSIDE}' not read: outside the workspace in an untrusted workspace. Trust the workspace to use it.`;
  const refused = await problemRows(page, (found) => found.some((row) => row.includes(refusal)));
  assert.ok(
    refused.some((row) => row.includes(refusal)),
    `the Problems panel does not say the outside file was not read: ${JSON.stringify(refused)}`,
  );
  assert.deepEqual(
    refused.filter((row) => /Outsider|in leak\.txt/.test(row)),
    [],
    "something of the file outside the workspace reached the findings",
  );
  assert.ok(
    refused.some((row) => row.startsWith("Warning: Unattributed quote: “This is the safest street design")),
    "the quote is no longer flagged",
  );
  await shot(page, "web-restricted.png");

  const hostLog = await outputChannel(page, "Extension Host (Worker)", "_doActivateExtension");
  assert.match(hostLog, new RegExp(`_doActivateExtension ${EXTENSION_ID.replace(".", "\\.")}\\b`));
  assert.doesNotMatch(hostLog, /\[error\]/, "the web worker extension host logged an error");

  return `'${OUTSIDE}' refused, the wire inside the workspace read`;
}

runChecks(chromium, opts.screenshots, [
  { label: "web (Restricted Mode)", check, shot: "web-restricted-check-failure.png" },
]);

// Opens the "Says Who" log from the palette and reads what it says of the
// check. Then reloads the window with a draft open and checked, the way a reporter does
// after installing an update, and reads the extension host's log on the
// server: shutting the extension down and starting it again must log no error
// (such as "illegal state - object is disposed" from writing to a disposed
// diagnostics collection), and reading a draft's settings no warning that a
// setting is window-scoped ("Accessing a window scoped configuration for a resource").
// usage: node reload-check.js --url URL --ext DIR --folder DIR --logs DIR --screenshots DIR
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
  pickFirst,
  SQUIGGLE,
  openDraft,
  outputText,
  extensionHostLogs,
} = require("./workbench");

const opts = requiredOptions("reload-check.js", ["url", "ext", "folder", "logs", "screenshots"]);
// Lines of the extension host's log that must not be there: any error, the disposal error
// whoever logs it, and VS Code's warning that a setting read for a draft is not resource-scoped.
const UNWANTED = /\[error\]|object is disposed|illegal state|Accessing a window scoped configuration/i;

/** The check: what it logs when it passes. */
async function check(browser) {
  const page = await browser.newPage();
  await openWorkbench(page, opts);
  await openDraft(page, "kursk/draft.md");
  // The log at its default level (info) says what was checked, with what, and what was found.
  await pickFirst(page, "Control+Shift+P", "Says Who: Show Log");
  const logText = await outputText(page, "checked kursk/draft.md");
  assert.match(
    logText,
    /\[info\] Says Who \d+\.\d+\.\d+ activated in code-server [\d.]+ \(web, Node [\d.]+ extension host/,
  );
  assert.match(
    logText,
    /\[info\] checked kursk\/draft\.md v\d+ in \d+ ms: 7 claims, 4 findings \(1 unattributed quote, 3 unattributed numbers\); no source article/,
  );
  await page.screenshot({ path: path.join(opts.screenshots, "log.png") });
  await page.keyboard.press("Control+1");
  // A check scheduled by an edit is pending at shutdown: the case that wrote to a disposed collection.
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" More to come.");
  await pickFirst(page, "Control+Shift+P", "Developer: Reload Window");
  await page.locator(".monaco-workbench .explorer-folders-view").waitFor({ timeout: 60000 });
  await page.locator(SQUIGGLE).first().waitFor({ timeout: 60000 });
  // The old extension host writes its last lines as it exits.
  await page.waitForTimeout(3000);
  const logs = extensionHostLogs(opts.logs);
  assert.ok(logs.length >= 2, `expected the logs of two extension hosts under ${opts.logs}, found ${logs.length}`);
  const errors = logs.flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => UNWANTED.test(line))
      .map((line) => `${path.basename(path.dirname(file))}: ${line.trim()}`),
  );
  assert.deepEqual(errors, [], "the extension host logged errors or configuration warnings across the reload");
  return `${logs.length} extension host logs read, no error and no configuration warning`;
}

runChecks(chromium, opts.screenshots, [{ label: "reload", check }]);

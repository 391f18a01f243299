// Opens the "Says Who" log from the palette and reads what it says of the
// check. Then reloads the window with a draft open and checked, the way a reporter does
// after installing an update, and reads the extension host's log on the
// server: shutting the extension down and starting it again must log no error of its own
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
  showLog,
  extensionHostLogs,
  extensionId,
} = require("./workbench");

const opts = requiredOptions("reload-check.js", ["url", "ext", "folder", "logs", "screenshots"]);
// Lines of the extension host's log that must not be there: any error of Says Who's, and,
// whoever logs them, the disposal error and VS Code's warning that a setting read for a draft
// is not resource-scoped.
const ALWAYS_OURS = /object is disposed|illegal state|Accessing a window scoped configuration/i;
const UNWANTED = new RegExp(`\\[error\\]|${ALWAYS_OURS.source}`, "i");
// A log line's time, to the millisecond: the lines of one logged error share it.
const STAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+/;
// Errors that are not Says Who's, seen when a window reloads under load: a built-in
// extension whose language server was still starting when its host was shut down
// (`[vscode.markdown-language-features] provider FAILED`), and the old host's socket
// closed under it (`read ECONNRESET`). They are reported, not failed on.
const OURS = extensionId(opts.ext);
const OTHER_EXTENSION = /\[([a-z0-9-]+\.[a-z0-9.-]+)\]/i;
const SOCKET_CLOSED = /\[error\] Error: (read|write) (ECONNRESET|EPIPE)\s*$/;

/** Splits the unwanted lines into those Says Who answers for and the platform's. */
function attribute(lines) {
  const othersAt = new Set(
    lines
      .filter((line) => {
        const named = OTHER_EXTENSION.exec(line);
        return named && named[1].toLowerCase() !== OURS.toLowerCase();
      })
      .map((line) => STAMP.exec(line)?.[0])
      .filter(Boolean),
  );
  const platform = (line) =>
    !ALWAYS_OURS.test(line) && (SOCKET_CLOSED.test(line) || othersAt.has(STAMP.exec(line)?.[0]));
  return { ours: lines.filter((line) => !platform(line)), platform: lines.filter(platform) };
}

/** The check: what it logs when it passes. */
async function check(browser) {
  const page = await browser.newPage();
  await openWorkbench(page, opts);
  await openDraft(page, "kursk/draft.md");
  // The log at its default level (info) says what was checked, with what, and what was found.
  await showLog(page);
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
  const found = logs.map((file) => ({
    host: path.basename(path.dirname(file)),
    ...attribute(
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => UNWANTED.test(line)),
    ),
  }));
  const label = (key) => found.flatMap(({ host, [key]: lines }) => lines.map((line) => `${host}: ${line}`));
  assert.deepEqual(label("ours"), [], "the extension host logged errors or configuration warnings across the reload");
  const platform = label("platform");
  const noted = platform.length ? `; not Says Who's: ${platform.join(" | ")}` : "";
  return `${logs.length} extension host logs read, no error of Says Who's and no configuration warning${noted}`;
}

runChecks(chromium, opts.screenshots, [{ label: "reload", check }]);

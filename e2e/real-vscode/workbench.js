// What the real-host scripts share: the workbench URL, a headless Debian Chromium, and the way a check reports.
"use strict";
const fs = require("fs"),
  os = require("os"),
  path = require("path");

// Workbench chatter that says nothing about the suite (offline gallery, telemetry, service worker).
const WORKBENCH_NOISE =
  /^\[(ChatModelSelection|AgentHost|AccountPolicyGate|Service Worker|reconnection-grace-time)|Creating a socket|connection token|additional builtin extensions|ENOTFOUND|vsda_bg\.wasm|^Timed out waiting for authentication provider|^Creation of workbench contribution/;

// No sandbox (root in a container), no GPU, and nothing that phones home.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * The workbench URL; `payload` is VS Code's list of [key, value] pairs, whose
 * paths become vscode-remote:// URIs on the server the page talks to.
 */
function workbenchUrl(serverUrl, { folder, payload }) {
  const host = new URL(serverUrl).host;
  const remote = (p) => `vscode-remote://${host}${p}`;
  const asRemote = payload.map(([key, value]) => (key.endsWith("Path") ? [key, remote(value)] : [key, value]));
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  query.push(`payload=${encodeURIComponent(JSON.stringify(asRemote))}`);
  return `${serverUrl}/?${query.join("&")}`;
}

/** Debian's Chromium with a fresh profile (Playwright refuses --user-data-dir in args). */
async function launchChromium(chromium, viewport = { width: 1280, height: 800 }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "chromium-profile-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return { browser, profile };
}

/**
 * Runs a script's checks one after another in one fresh Chromium and prints,
 * for each, the line the launcher adds up (`label: 1 passed, 0 failed`).
 * `check(browser)` drives the workbench and gives the line to log when it
 * passes; when it throws, its last page is kept as `shot` (by default
 * `<label>-check-failure.png`) and the error printed. The browser and its
 * profile go in the end, whatever happened.
 */
async function runChecks(chromium, screenshots, checks) {
  fs.mkdirSync(screenshots, { recursive: true });
  const { browser, profile } = await launchChromium(chromium);
  try {
    for (const { label, check, shot = `${label}-check-failure.png` } of checks) {
      try {
        console.log(`${label}: ${await check(browser)}`);
        console.log(`${label}: 1 passed, 0 failed`);
      } catch (error) {
        await browser
          .pages()
          .at(-1)
          ?.screenshot({ path: path.join(screenshots, shot) })
          .catch(() => {});
        console.error(`${label}: ${error.message}`);
        console.log(`${label}: 0 passed, 1 failed`);
        process.exitCode = 1;
      }
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The named string options of a check script, every one required: on a
 * missing one it prints the usage line and exits 2.
 */
function requiredOptions(script, names) {
  const util = require("util");
  const options = Object.fromEntries(names.map((name) => [name, { type: "string" }]));
  const { values } = util.parseArgs({ options });
  if (names.some((name) => !values[name])) {
    console.error(`usage: node ${script} ${names.map((name) => `--${name} ${name.toUpperCase()}`).join(" ")}`);
    process.exit(2);
  }
  return values;
}

/** Opens a quick input (Ctrl+P, Ctrl+Shift+P) and types into it once it has the focus. */
async function quickInput(page, keys, text) {
  const widget = page.locator(".quick-input-widget");
  // Keys pressed while a webview (the sourcing report) has the focus reach the workbench by a
  // message it may drop under load: press them again rather than wait forever.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(keys);
    try {
      await widget.waitFor({ state: "visible", timeout: 10000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await page.keyboard.type(text);
}

/**
 * Picks the first entry of a quick input list (Quick Open, the command palette) once the list
 * is filtered by what was typed: under load the palette first shows its recently used commands,
 * and Enter on that list runs one of them instead. For a file's path, the focused row must show its
 * folder too: Quick Open first lists the recently opened files, another folder's draft.md among them.
 */
async function pickFirst(page, keys, text) {
  await quickInput(page, keys, text);
  const slash = text.lastIndexOf("/");
  let focused = page.locator(".quick-input-list .monaco-list-row.focused", { hasText: text.slice(slash + 1) });
  if (slash > 0) focused = focused.filter({ hasText: text.slice(0, slash) });
  await focused.first().waitFor();
  await page.keyboard.press("Enter");
}

/** Opens the workbench on `folder` with the extension under development, and waits for its explorer. */
async function openWorkbench(page, { url, folder, ext }) {
  page.setDefaultTimeout(30000);
  await page.goto(
    workbenchUrl(url, {
      folder,
      payload: [
        ["extensionDevelopmentPath", ext],
        ["skipWelcome", "true"],
      ],
    }),
  );
  await page.locator(".monaco-workbench .explorer-folders-view").waitFor({ timeout: 60000 });
}

/**
 * What `read()` gives once `done` holds of it, or the last it gave after `timeout` ms: the workbench draws, saves and
 * checks asynchronously, so a test reads again every `every` ms (calling `retry` in between, if given) instead of once.
 */
async function until(page, read, done, { timeout = 15000, every = 250, retry } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    if (retry) await retry();
    await page.waitForTimeout(every);
  }
}

/** Reads the file until it differs from `previous` (the workbench saves asynchronously). */
async function savedChange(page, file, previous) {
  return until(
    page,
    () => fs.readFileSync(file, "utf8"),
    (text) => text !== previous,
    { timeout: 10000, every: 100 },
  );
}

/** Any Says Who squiggle in an editor, whatever its severity. */
const SQUIGGLE = ".monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error";

/** Opens a file the way a person does (Ctrl+P, its name, Enter) and waits for its squiggles. */
async function openDraft(page, file) {
  await pickFirst(page, "Control+P", file);
  await page.locator(SQUIGGLE).first().waitFor();
}

/**
 * The Output panel's text, once it shows `expected`, with its line breaks folded to spaces. When it never does, the
 * error says what the panel showed instead (which channel, which lines), so a failed run can be read without a rerun.
 */
async function outputText(page, expected) {
  const output = page.locator(".part.panel .output-view .view-lines");
  const folded = async () => (await output.innerText()).replace(/\s+/g, " ");
  try {
    await output.filter({ hasText: expected }).waitFor();
  } catch (error) {
    const shown = (await output.isVisible()) ? await folded() : "(no Output view)";
    const channel = await page
      .locator(".part.panel .monaco-select-box")
      .first()
      .inputValue({ timeout: 2000 })
      .catch(() => "?");
    throw new Error(`the Output panel never showed "${expected}"; channel ${channel}, showing: ${shown.slice(-1500)}`, {
      cause: error,
    });
  }
  return folded();
}

/**
 * Runs "Says Who: Show Log" from the palette until the Output view opens: on a loaded machine the palette's
 * Enter is now and then lost (the row is focused, the command never runs), so it is run again, three times at most.
 */
async function showLog(page) {
  const view = page.locator(".part.panel .output-view");
  for (let tries = 1; ; tries++) {
    await pickFirst(page, "Control+Shift+P", "Says Who: Show Log");
    try {
      await view.waitFor({ state: "visible", timeout: 10000 });
      return;
    } catch (error) {
      if (tries === 3)
        throw new Error("Says Who: Show Log did not open the Output view, run three times", { cause: error });
    }
  }
}

/** The locator's text once it matches `pattern` (a hover or a status fills in as its providers answer), or the last read. */
async function textMatching(page, locator, pattern, options) {
  return until(
    page,
    async () => ((await locator.isVisible()) ? await locator.innerText() : ""),
    (text) => pattern.test(text),
    options,
  );
}

/**
 * Runs "Says Who: Set Source Article…" from the palette and reads its picker once a row is ticked: the title, and each
 * row's name, path, group (the separator that opens it) and whether it is ticked. Enter then takes the ticked rows.
 */
async function pickSourceArticle(page) {
  await pickFirst(page, "Control+Shift+P", "Says Who: Set Source Article");
  const widget = page.locator(".quick-input-widget");
  await widget.locator('.quick-input-list .monaco-checkbox[aria-checked="true"]').first().waitFor();
  const title = await widget.locator(".quick-input-title").innerText();
  const rows = await widget.locator(".quick-input-list .monaco-list-row").evaluateAll((found) =>
    found.map((row) => ({
      name: row.querySelector(".label-name")?.textContent.trim() ?? "",
      path: row.querySelector(".label-description")?.textContent.trim() ?? "",
      group: row.querySelector(".quick-input-list-separator")?.textContent.trim() ?? "",
      ticked: row.querySelector('.monaco-checkbox[aria-checked="true"]') !== null,
    })),
  );
  await page.keyboard.press("Enter");
  await widget.waitFor({ state: "hidden" });
  return { title, rows };
}

/**
 * Saves the draft once Set Source Article's front matter has landed in the editor (the command edits the draft after
 * the picker closes: saving before that saves nothing new), and returns the saved text.
 */
async function saveSourcedDraft(page, file, before) {
  await page.locator(".monaco-editor .view-lines", { hasText: "sources:" }).first().waitFor();
  await page.keyboard.press("Control+S");
  return savedChange(page, file, before);
}

/** The sourcing report's webview, opened from the palette, once its table is drawn. */
async function openReport(page) {
  await pickFirst(page, "Control+Shift+P", "Says Who: Open Sourcing Report");
  const report = page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
  await report.locator("tbody tr").first().waitFor();
  return report;
}

/** The report's header lines and its rows as a person reads them, one string of cells per row. */
async function reportText(report) {
  const line = async (selector) =>
    (await report.locator(selector).count()) > 0 ? await report.locator(selector).innerText() : "";
  return {
    title: await line("h1"),
    counts: await line(".counts"),
    others: await line(".others"),
    rows: await report
      .locator("tbody tr")
      .evaluateAll((rows) =>
        rows.map((row) => [...row.cells].map((cell) => cell.innerText.replace(/\s+/g, " ").trim())),
      ),
  };
}

/** The status bar item that counts the active draft's unattributed claims. */
async function statusBarCount(page) {
  return (
    await page
      .locator(".statusbar-item", { hasText: /\d+ unattributed|Says Who/ })
      .first()
      .innerText()
  ).trim();
}

/** The Problems panel's rows (aria labels), once `done(rows)` holds or 30 s have passed. */
async function problemRows(page, done) {
  const read = () =>
    page
      .locator(".markers-panel .monaco-list-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("aria-label")));
  return until(page, read, done, { timeout: 30000 });
}

/**
 * Opens `draft` and the Problems panel, and reads its rows once `count` findings show their evidence in the source
 * article `source`: evidence comes first from the article cut but not read, who says it once the article is read.
 */
async function problemsWithEvidence(page, draft, source, count) {
  await openDraft(page, draft);
  await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor({ state: "visible" });
  const inSource = new RegExp(`\\S, in the source article: .* in ${source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  return problemRows(page, (found) => found.filter((row) => inSource.test(row)).length === count);
}

/** The text of an Output channel, picked from "Output: Show Output Channels…". */
async function outputChannel(page, name, expected) {
  await pickFirst(page, "Control+Shift+P", "Output: Show Output Channels");
  // The command opens a second list: the channels.
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "Extension Host (Worker)" }).first().waitFor();
  await page.keyboard.type(name);
  await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: name }).waitFor();
  await page.keyboard.press("Enter");
  return outputText(page, expected);
}

/** The extension's id (`publisher.name`) as its package.json in `folder` gives it. */
function extensionId(folder) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, "package.json"), "utf8"));
  return `${manifest.publisher}.${manifest.name}`;
}

/** Every extension host log under the server's logs folder (one folder per session, one per window). */
function extensionHostLogs(root) {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /exthost/i.test(file) && file.endsWith(".log"))
    .map((file) => path.join(root, file));
}

module.exports = {
  SQUIGGLE,
  openDraft,
  pickSourceArticle,
  saveSourcedDraft,
  openReport,
  reportText,
  statusBarCount,
  problemRows,
  problemsWithEvidence,
  outputChannel,
  outputText,
  showLog,
  textMatching,
  until,
  extensionHostLogs,
  extensionId,
  workbenchUrl,
  openWorkbench,
  savedChange,
  launchChromium,
  runChecks,
  requiredOptions,
  quickInput,
  pickFirst,
  WORKBENCH_NOISE,
};

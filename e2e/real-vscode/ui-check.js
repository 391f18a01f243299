// A person-like check of Says Who in the real workbench, in headless Chromium:
// open the seed draft, see the squiggles, name its source article from the
// command palette, hover a flagged quote, apply the quick fix with the
// keyboard (Ctrl+. then Enter), save, and check that the fix inserted an
// attribution naming the speaker and kept every word of the draft.
// Screenshots (for the README and for failures) go to --screenshots.
// usage: node ui-check.js --url URL --ext DIR --folder DIR --screenshots DIR
// The selectors are VS Code internals: they hold for the pinned code-server 4.139.1.
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const fs = require("fs"),
  path = require("path");
const {
  openWorkbench,
  savedChange,
  runChecks,
  requiredOptions,
  quickInput,
  openDraft,
  textMatching,
  until,
  pickSourceArticle,
  saveSourcedDraft,
  openReport,
  statusBarCount,
} = require("./workbench");

const opts = requiredOptions("ui-check.js", ["url", "ext", "folder", "screenshots"]);
const DRAFT = "kursk/draft.md";
const SOURCE = "kursk/source.txt";
// A draft one folder below a desk's .sayswho.json.
const DESK_DRAFT = "extension/desk/courts/draft.md";
// A word inside Zelensky's quote, which lost its attribution ("he wrote Thursday on the social platform X").
const FLAGGED_QUOTE_WORD = "pull";
const SPEAKER = "Zelensky";

/** Words of a text, without punctuation: a fix may change punctuation but must keep every word. */
const words = (text) =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
function keepsEveryWord(before, after) {
  const kept = words(after);
  let next = 0;
  return words(before).every((word) => {
    while (next < kept.length && kept[next] !== word) next++;
    return next++ < kept.length;
  });
}

/** The text `after` holds where it differs from `before` (one contiguous change). */
function changedText(before, after) {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return after.slice(head, after.length - tail);
}

/** The screen position of a word rendered in the editor (Monaco splits lines into token spans). */
function wordBox(page, word) {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(
      document.querySelector(".monaco-editor .view-lines"),
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.search(new RegExp(`\\b${w}\\b`));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
}

/** Problems listed for the draft, read from the count badge of the Problems panel. */
async function problemCount(page) {
  const badge = page.locator(".part.panel .action-item", { hasText: "Problems" }).locator(".badge-content").first();
  const text = (await badge.isVisible()) ? (await badge.innerText()).trim() : "0";
  return Number(text) || 0;
}

/** Polls the Problems panel until `done(count)`, for up to 10 s; returns the last count. */
async function problemsWhen(page, done) {
  return until(page, () => problemCount(page), done, { timeout: 10000 });
}

/** The check: what it logs when it passes. */
async function check(browser) {
  const shot = (page, name) => page.screenshot({ path: path.join(opts.screenshots, name) });
  const draftPath = path.join(opts.folder, DRAFT);
  const original = fs.readFileSync(draftPath, "utf8");
  const started = Date.now();
  const page = await browser.newPage();
  await openWorkbench(page, opts);

  // Open the seed draft the way a person does: Ctrl+P, its name, Enter; the squiggles appear.
  await openDraft(page, DRAFT);
  await page.keyboard.press("Control+Shift+M");
  await page.locator(".markers-panel").waitFor({ state: "visible" });
  const flagged = await problemsWhen(page, (n) => n > 0);
  assert.ok(flagged > 0, "the Problems panel lists no problem for the seed draft");

  // Name the source article from the command palette: the fixes can then name its speakers.
  // The draft's folder comes first, its only other file already ticked: Enter takes it.
  const picker = await pickSourceArticle(page);
  assert.deepEqual(
    picker.rows.filter((row) => row.ticked).map((row) => row.name),
    [path.basename(SOURCE)],
    `Set Source Article did not tick the one file beside the draft: ${JSON.stringify(picker.rows)}`,
  );
  assert.ok(
    !picker.rows.some((row) => row.name === "draft.md" && /council/.test(row.path)),
    "a draft is offered as a source",
  );
  const withSource = await saveSourcedDraft(page, draftPath, original);
  assert.match(
    withSource,
    /^---\nsources: \[ ?source\.txt ?\]\n---\n/,
    "Set Source Article did not name source.txt in the front matter",
  );
  assert.ok(withSource.endsWith(original), "Set Source Article changed the draft beyond its front matter");
  // Re-checked with the source: the Problems panel shows where the source article has each claim.
  await page.locator(".markers-panel", { hasText: "source.txt" }).waitFor();
  // The language status beside "Markdown" says what the draft is checked against.
  const languageStatus = page.locator("#status\\.languageStatus");
  await languageStatus.click();
  const statusHover = page.locator(".monaco-hover", { hasText: "Says Who" }).first();
  await statusHover.waitFor();
  const sourceStatus = /Says Who: kursk\/source\.txt[\s\S]*publication: The Hill/;
  const statusText = await textMatching(page, statusHover, sourceStatus);
  assert.match(statusText, sourceStatus);
  assert.match(statusText, /Says Who config: VS Code settings[\s\S]*no \.sayswho\.json above the draft/);
  await page.keyboard.press("Escape");

  // Caret into the flagged quote with Go to Line (Ctrl+G line:column), then hover it: the hover explains the finding.
  const lines = withSource.split("\n");
  const line = lines.findIndex((l) => new RegExp(`\\b${FLAGGED_QUOTE_WORD}\\b`).test(l));
  const column = lines[line].search(new RegExp(`\\b${FLAGGED_QUOTE_WORD}\\b`)) + 2;
  await page.keyboard.press("Control+1");
  await quickInput(page, "Control+G", `${line + 1}:${column}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  const box = await wordBox(page, FLAGGED_QUOTE_WORD);
  assert.ok(box, `'${FLAGGED_QUOTE_WORD}' is not visible in the editor`);
  const hover = page.locator(".monaco-hover .hover-contents").first();
  for (let attempt = 0; attempt < 5 && !(await hover.isVisible()); attempt++) {
    await page.mouse.move(box.x - 20, box.y);
    await page.mouse.move(box.x, box.y, { steps: 5 });
    await hover.waitFor({ state: "visible", timeout: 3000 }).catch(() => {});
  }
  const hoverText = await textMatching(
    page,
    page.locator(".monaco-hover").first(),
    /Says Who[\s\S]*No one is credited/,
  );
  assert.match(hoverText, /Says Who/, `the hover does not come from Says Who: ${hoverText}`);
  // Plain words first, and the one-click fix in sight without scrolling the hover.
  assert.match(
    hoverText,
    /No one is credited for this quote in its sentence or paragraph\. The source article has it from Volodymyr Zelensky\./,
  );
  const hoverBox = await page.locator(".monaco-hover").first().boundingBox();
  const fixLink = await page
    .locator(".monaco-hover a", { hasText: /^Attribute to Zelensky/ })
    .first()
    .boundingBox();
  assert.ok(fixLink, "the hover has no 'Attribute to Zelensky' link");
  assert.ok(fixLink.y + fixLink.height <= hoverBox.y + hoverBox.height, "the fix link is below the hover's fold");
  await shot(page, "screenshot-hover.png");

  // Quick fix with the keyboard: Escape closes the hover, Ctrl+. lists the fixes, Enter applies the first (preferred) one.
  const before = await problemCount(page);
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+.");
  await page.locator(".action-widget .monaco-list-row.action").first().waitFor();
  const fixTitle = (await page.locator(".action-widget .monaco-list-row.action.focused").first().innerText()).trim();
  await shot(page, "screenshot-quick-fix.png");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+S");
  const fixed = await savedChange(page, draftPath, withSource);
  assert.notEqual(fixed, withSource, `applying '${fixTitle}' and saving left the draft unchanged`);
  assert.ok(keepsEveryWord(withSource, fixed), `'${fixTitle}' dropped words of the draft`);
  const inserted = changedText(withSource, fixed);
  assert.match(
    inserted,
    new RegExp(SPEAKER),
    `'${fixTitle}' inserted ${JSON.stringify(inserted)}, which does not name ${SPEAKER}`,
  );
  const after = await problemsWhen(page, (n) => n < before);
  assert.ok(after < before, `the Problems panel still lists ${after} problems after the fix (${before} before)`);
  await page.mouse.move(5, 5);
  await shot(page, "screenshot-fixed.png");

  // The status bar counts the draft while its editor is in front.
  const statusBar = await statusBarCount(page);
  // The sourcing report from the command palette: every claim of the draft in a webview.
  const report = await openReport(page);
  const rows = await report.locator("tbody tr").count();
  assert.ok(rows >= flagged, `the sourcing report lists ${rows} claims, fewer than the ${flagged} flagged`);
  // Its counts are the status bar's and the Problems panel's.
  const counts = await report.locator(".counts").innerText();
  const [, unattributed, weak] = /^(\d+) unattributed · (\d+) weak · \d+ attributed · \d+ ignored$/.exec(counts) ?? [];
  assert.ok(unattributed !== undefined, `the report's counts read ${JSON.stringify(counts)}`);
  assert.equal(
    Number(/(\d+) unattributed/.exec(statusBar)?.[1] ?? 0),
    Number(unattributed),
    `the status bar says ${JSON.stringify(statusBar)}, the report ${JSON.stringify(counts)}`,
  );
  // Findings that are not a claim's status (uncredited copy…) are counted on the line below.
  const othersLine = (await report.locator(".others").count()) > 0 ? await report.locator(".others").innerText() : "";
  const others = [...othersLine.matchAll(/(\d+) [a-z-]+/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  assert.equal(
    Number(unattributed) + Number(weak) + others,
    after,
    `the report says ${counts} ${othersLine}; the Problems panel lists ${after}`,
  );
  // Every claim the source has shows its passage and speaker, the attributed ones too.
  const grabsky = report.locator("tbody tr.status-attributed", { hasText: "keep Russian forces busy" });
  assert.match(await grabsky.locator(".speaker").innerText(), /Serhiy Grabsky/);
  assert.match(await grabsky.locator(".source blockquote").innerText(), /keep Russian forces busy/);
  // Beside the draft in a 1280-pixel window, the table wraps: nothing hides behind a sideways scroll.
  const overflow = await report.locator("body").evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(
    overflow.scroll <= overflow.width,
    `the report scrolls sideways: ${overflow.scroll} > ${overflow.width} px`,
  );
  await page.mouse.move(5, 5);
  await shot(page, "screenshot-report.png");
  // Filtering out Attributed hides those rows; sorting by status puts what needs work first.
  await report.locator('input[data-filter="attributed"]').uncheck();
  assert.equal(await report.locator("tbody tr.status-attributed:visible").count(), 0, "attributed rows still shown");
  await report.locator('input[data-filter="attributed"]').check();
  await report.locator('button[data-sort="status"]').click();
  assert.match(await report.locator("tbody tr").first().getAttribute("class"), /status-unattributed/);

  // A draft under a desk's .sayswho.json: the language status names the file from the draft's folder, and opens it.
  await page.keyboard.press("Control+1");
  await quickInput(page, "Control+P", DESK_DRAFT);
  await page
    .locator(".quick-input-list .monaco-list-row", { hasText: "draft.md" })
    .filter({ hasText: "courts" })
    .first()
    .click();
  await page.locator(".editor-group-container.active .monaco-breadcrumbs", { hasText: "courts" }).waitFor();
  // The language status follows the active editor a moment after the switch: reopen its hover until it has caught up.
  await languageStatus.click();
  const deskStatus = page.locator(".monaco-hover", { hasText: "Says Who config" }).first();
  await deskStatus.waitFor();
  const deskConfig = /Says Who config: \.\.\/\.sayswho\.json[\s\S]*wins over settings/;
  const reopen = async () => {
    await page.keyboard.press("Escape");
    await languageStatus.click();
  };
  assert.match(await textMatching(page, deskStatus, deskConfig, { retry: reopen }), deskConfig);
  await shot(page, "language-status.png");
  await deskStatus.locator("a", { hasText: "Open .sayswho.json" }).click();
  await page.locator(".editor-group-container.active .tab.active", { hasText: ".sayswho.json" }).waitFor();

  return `'${fixTitle}' inserted ${JSON.stringify(inserted)}; problems ${before} -> ${after}; ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

runChecks(chromium, opts.screenshots, [{ label: "ui", check }]);

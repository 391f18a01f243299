// A person-like check of Says Who in the real workbench, in headless Chromium:
// open the seed draft, see the squiggles, hover a flagged quote, apply the
// quick fix with the keyboard (Ctrl+. then Enter), save, and check the draft
// changed only by the inserted attribution. Screenshots go to --screenshots.
// usage: node ui-check.js --url URL --ext DIR --folder DIR --screenshots DIR
// The selectors are VS Code internals: they hold for the pinned code-server 4.139.1.
'use strict';
const { chromium } = require('playwright-core');
const assert = require('assert/strict');
const fs = require('fs'), path = require('path'), util = require('util');
const { workbenchUrl, launchChromium } = require('./workbench');

const { values: opts } = util.parseArgs({
  options: { url: { type: 'string' }, ext: { type: 'string' }, folder: { type: 'string' }, screenshots: { type: 'string' } },
});
if (!opts.url || !opts.ext || !opts.folder || !opts.screenshots) {
  console.error('usage: node ui-check.js --url URL --ext DIR --folder DIR --screenshots DIR');
  process.exit(2);
}
const DRAFT = 'kursk/draft.md';
// A word inside Zelensky's quote, which lost its attribution in the seed draft.
const FLAGGED_QUOTE_WORD = 'pull';
const SQUIGGLE = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error';

/** Words of a text, without punctuation: a fix may change punctuation but must keep every word. */
const words = (text) => text.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean);
function keepsEveryWord(before, after) {
  const rest = words(after)[Symbol.iterator]();
  return words(before).every((w) => { for (const x of rest) if (x === w) return true; return false; });
}

/** The screen rectangle of a word rendered in the editor (Monaco splits lines into token spans). */
function wordBox(page, word) {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.search(new RegExp(`\\b${w}\\b`));
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at); range.setEnd(node, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, word);
}

/** Problem rows in the Problems panel (each file row is followed by its problems). */
async function problemCount(page) {
  await page.keyboard.press('Control+Shift+M');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible' });
  await page.waitForTimeout(500);
  return panel.locator('.monaco-list-row .marker-message-details, .monaco-list-row .marker-message').count();
}

(async () => {
  fs.mkdirSync(opts.screenshots, { recursive: true });
  const shot = (page, name) => page.screenshot({ path: path.join(opts.screenshots, name) });
  const draftPath = path.join(opts.folder, DRAFT);
  const original = fs.readFileSync(draftPath, 'utf8');
  const { browser, profile } = await launchChromium(chromium);
  const started = Date.now();
  let page;
  try {
    page = await browser.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(workbenchUrl(opts.url, { folder: opts.folder, payload: [['extensionDevelopmentPath', opts.ext], ['skipWelcome', 'true']] }));
    await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60000 });

    // Open the seed draft the way a person does: Ctrl+P, its name, Enter.
    await page.keyboard.press('Control+P');
    await page.keyboard.type(DRAFT);
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');

    // The squiggles appear once the extension has checked the draft.
    await page.locator(SQUIGGLE).first().waitFor();
    const before = await problemCount(page);
    assert.ok(before > 0, 'the Problems panel lists no problem for the seed draft');

    // Hover the flagged quote: the hover explains the finding.
    const box = await wordBox(page, FLAGGED_QUOTE_WORD);
    assert.ok(box, `'${FLAGGED_QUOTE_WORD}' is not visible in the editor`);
    const hover = page.locator('.monaco-hover .hover-contents').first();
    for (let attempt = 0; attempt < 5 && !(await hover.isVisible()); attempt++) {
      await page.mouse.move(box.x - 20, box.y);
      await page.mouse.move(box.x, box.y, { steps: 5 });
      await hover.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
    }
    const hoverText = await page.locator('.monaco-hover').first().innerText();
    assert.match(hoverText, /Says Who/, `the hover does not come from Says Who: ${hoverText}`);
    await shot(page, 'screenshot-hover.png');

    // Quick fix with the keyboard: caret into the quote, Ctrl+., Enter on the first fix.
    await page.mouse.click(box.x, box.y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const firstAction = page.locator('.action-widget .monaco-list-row.action').first();
    await firstAction.waitFor();
    const fixTitle = (await page.locator('.action-widget .monaco-list-row.action.focused').first().innerText()).trim();
    await shot(page, 'screenshot-quick-fix.png');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+S');

    let fixed = original;
    for (let i = 0; i < 100 && fixed === original; i++) {
      await page.waitForTimeout(100);
      fixed = fs.readFileSync(draftPath, 'utf8');
    }
    assert.notEqual(fixed, original, `applying '${fixTitle}' and saving left the draft unchanged`);
    assert.ok(keepsEveryWord(original, fixed), `'${fixTitle}' dropped words of the draft`);
    let after = before;
    for (let i = 0; i < 20 && after >= before; i++) { await page.waitForTimeout(250); after = await problemCount(page); }
    assert.ok(after < before, `the Problems panel still lists ${after} problems after the fix (${before} before)`);
    await shot(page, 'screenshot-fixed.png');

    const inserted = fixed.length - original.length;
    console.log(`ui: applied '${fixTitle}' (${inserted >= 0 ? '+' : ''}${inserted} chars); problems ${before} -> ${after}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log('ui: 1 passed, 0 failed');
  } catch (error) {
    if (page) await shot(page, 'ui-check-failure.png').catch(() => {});
    console.error(error.message);
    console.log('ui: 0 passed, 1 failed');
    process.exitCode = 1;
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})();

// The keystroke as a reporter feels it, in the real workbench: a long draft
// (the bench's own pairing, written by run.sh) open with its source article,
// the throttle delay at 0, and one character typed at a time in the middle of
// the draft, each of which resolves a quote's attribution or takes it away
// ("the mayor said" / "the mayor sai"). The check asserts that each keystroke
// makes the quote's squiggle go or come back, and writes how long each took
// from keydown in the page to the frame the squiggle changed in, and how long
// the extension's own log says each check took, to --results for the bench.
// usage: node keystroke-check.js --url URL --ext DIR --folder DIR --paired FILE --logs DIR --results FILE --editor NAME
//   --screenshots DIR   (--paired: the word counts `node out/bench/run.mjs --paired-files` printed)
// The selectors are VS Code internals: they hold for the pinned code-server 4.139.1.
"use strict";
/* global window, document -- the functions handed to page.evaluate and waitForFunction run in the page */
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const fs = require("fs"),
  path = require("path");
const {
  openWorkbench,
  runChecks,
  requiredOptions,
  quickInput,
  openDraft,
  outputText,
  showLog,
} = require("./workbench");

const opts = requiredOptions("keystroke-check.js", [
  "url",
  "ext",
  "folder",
  "paired",
  "logs",
  "results",
  "editor",
  "screenshots",
]);
const DRAFT = "draft.md";
// Two keystrokes per round: "d" attributes the quote, Backspace takes the attribution away again.
const ROUNDS = 10;
const TYPED = '"We will rebuild it by spring," the mayor sai';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 10) / 10;

/** The extension's log file of this server (one per window; the newest is this window's). */
function checkLog() {
  const logs = fs.existsSync(opts.logs)
    ? fs
        .readdirSync(opts.logs, { recursive: true, encoding: "utf8" })
        .filter((file) => path.basename(file) === "Says Who.log")
        .map((file) => path.join(opts.logs, file))
    : [];
  assert.ok(logs.length > 0, `no "Says Who.log" under ${opts.logs}`);
  return logs.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}

/**
 * The caret's line in the draft's editor as drawn: its text, and whether it has a squiggle. VS Code draws each visible
 * line twice, its text in .view-lines and its decorations (the caret line's highlight among them) in .view-overlays, at
 * the same height. The typed paragraph is short enough to be one such line. Runs in the page, installed there once.
 */
function caretLine() {
  const editor = document.querySelector(".editor-group-container .monaco-editor");
  const overlays = editor ? [...editor.querySelectorAll(".view-overlays > div")] : [];
  const caret = overlays.find((line) => line.querySelector(".current-line"));
  if (!caret) return { text: "", flagged: false };
  const text = [...editor.querySelectorAll(".view-lines > .view-line")].find((l) => l.style.top === caret.style.top);
  return {
    text: text ? text.textContent : "",
    flagged: caret.querySelector(".squiggly-warning, .squiggly-info, .squiggly-error") !== null,
  };
}

/**
 * Resolves, polling every frame, with the milliseconds since the last keydown once the caret's line no longer reads
 * `changedFrom` (when given) or is `flagged` or not (when given).
 */
function frameWhen(page, { changedFrom, flagged }) {
  return page
    .waitForFunction(
      ({ changedFrom, flagged }) => {
        const line = window.__saysWhoCaretLine();
        const done = changedFrom !== undefined ? line.text !== changedFrom : line.flagged === flagged;
        return done ? performance.now() - window.__saysWhoKeydown : false;
      },
      { changedFrom, flagged },
      { polling: "raf", timeout: 30000 },
    )
    .then((handle) => handle.jsonValue());
}

/**
 * Presses `key` and resolves with the milliseconds from its keydown to the first frame that shows the character typed
 * (the editor's own echo) and to the first that shows the caret's line `flagged` or not (Says Who's answer).
 */
async function timedKey(page, key, flagged) {
  const before = await page.evaluate(() => {
    window.__saysWhoKeydown = undefined;
    window.addEventListener("keydown", () => (window.__saysWhoKeydown = performance.now()), {
      capture: true,
      once: true,
    });
    return window.__saysWhoCaretLine().text;
  });
  await page.keyboard.press(key);
  const echo = await frameWhen(page, { changedFrom: before });
  const squiggle = await frameWhen(page, { flagged });
  return { echo, squiggle };
}

/** The check: what it logs when it passes. */
async function check(browser) {
  const draft = fs.readFileSync(path.join(opts.folder, DRAFT), "utf8");
  const paired = JSON.parse(fs.readFileSync(opts.paired, "utf8"));
  const lines = draft.split("\n");
  // The middle paragraph's line: typing there moves half the draft's findings, as the bench's keystroke does.
  let middle = lines.length >> 1;
  while (middle < lines.length && lines[middle].trim() === "") middle++;
  const page = await browser.newPage();
  await openWorkbench(page, opts);
  await openDraft(page, DRAFT);
  // Evidence and speakers arrive once the source is read: the log names it on the check that used it.
  await showLog(page);
  await outputText(page, `checked ${DRAFT} v1`);
  await page.locator(".part.panel .output-view .view-lines", { hasText: "sources source.txt" }).waitFor();
  await page.keyboard.press("Control+1");
  await quickInput(page, "Control+G", `${middle + 1}:${lines[middle].length + 1}`);
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.evaluate(`window.__saysWhoCaretLine = ${caretLine.toString()}`);
  await page.keyboard.type(TYPED);
  await page.evaluate(() => (window.__saysWhoKeydown = performance.now()));
  await frameWhen(page, { flagged: true });
  const log = checkLog();
  const logged = fs.statSync(log).size;
  const samples = [];
  for (let i = 0; i < ROUNDS; i++) {
    samples.push(await timedKey(page, "d", false));
    samples.push(await timedKey(page, "Backspace", true));
  }
  await page.screenshot({ path: path.join(opts.screenshots, "keystroke.png") });
  // The extension logs a check when it is done; the last keystroke's line may land a moment after its squiggle.
  await page.waitForTimeout(1000);
  const added = fs.readFileSync(log, "utf8").slice(logged);
  const squiggles = samples.map((s) => s.squiggle);
  const echoes = samples.map((s) => s.echo);
  const hostChecks = [...added.matchAll(/checked draft\.md v\d+ in (\d+) ms/g)].map((m) => Number(m[1]));
  assert.ok(
    hostChecks.length >= samples.length,
    `the log holds ${hostChecks.length} checks of ${DRAFT} for ${samples.length} keystrokes`,
  );
  const result = {
    date: new Date().toISOString(),
    editor: opts.editor,
    words: paired.words,
    sourceWords: paired.sourceWords,
    throttleDelayMs: 0,
    squiggleMs: {
      median: round(median(squiggles)),
      min: round(Math.min(...squiggles)),
      max: round(Math.max(...squiggles)),
      runs: squiggles.length,
    },
    echoMs: { median: round(median(echoes)), runs: echoes.length },
    hostCheckMs: { median: median(hostChecks), runs: hostChecks.length },
  };
  fs.mkdirSync(path.dirname(opts.results), { recursive: true });
  fs.writeFileSync(opts.results, JSON.stringify(result, null, 2) + "\n");
  return (
    `${result.words}-word draft with its source, ${samples.length} keystrokes: keydown to squiggle median ` +
    `${result.squiggleMs.median} ms (min ${result.squiggleMs.min}, max ${result.squiggleMs.max}), to the character drawn ` +
    `${result.echoMs.median} ms; the extension's check median ${result.hostCheckMs.median} ms`
  );
}

runChecks(chromium, opts.screenshots, [{ label: "keystroke", check }]);

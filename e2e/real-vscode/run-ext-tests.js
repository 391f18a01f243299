// Runs the extension's mocha suite inside the real extension host of a running
// code-server, by opening the workbench in headless Chromium with the test
// payload (the mechanism of VS Code's own browser integration tests).
// usage: node run-ext-tests.js --url URL --ext DIR --tests DIR [--folder DIR] [--env JSON] [--label TEXT]
// Prints `<label>: N passed, M failed`; exits 0 only when the suite ran and passed.
"use strict";
const { chromium } = require("playwright-core");
const fs = require("fs"),
  path = require("path"),
  util = require("util");
const { workbenchUrl, launchChromium, WORKBENCH_NOISE } = require("./workbench");

const { values: opts } = util.parseArgs({
  options: {
    url: { type: "string" },
    ext: { type: "string" },
    tests: { type: "string" },
    folder: { type: "string" },
    env: { type: "string" },
    label: { type: "string", default: "e2e" },
  },
});
if (!opts.url || !opts.ext || !opts.tests) {
  console.error(
    "usage: node run-ext-tests.js --url URL --ext DIR --tests DIR [--folder DIR] [--env JSON] [--label TEXT]",
  );
  process.exit(2);
}
// The suite runs about two minutes on an idle 2-core machine; a loaded one needs the margin.
const TIMEOUT_MS = Number(process.env.EXT_TEST_TIMEOUT_MS || 300000);

(async () => {
  const payload = [
    ["extensionDevelopmentPath", path.resolve(opts.ext)],
    ["extensionTestsPath", path.resolve(opts.tests)],
    ["skipWelcome", "true"],
  ];
  // The extension host's environment: --env, plus the caller's SAYS_WHO_* variables (e.g. SAYS_WHO_TEST_GREP).
  const passed = Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith("SAYS_WHO_")));
  const environment = { ...passed, ...(opts.env ? JSON.parse(opts.env) : {}) };
  if (Object.keys(environment).length > 0) payload.push(["extensionEnvironment", JSON.stringify(environment)]);
  const started = Date.now();
  const { browser, profile } = await launchChromium(chromium);
  let summary = null,
    timer;
  const code = await Promise.race([
    new Promise((resolve) =>
      (async () => {
        const page = await browser.newPage();
        // Every workbench log line, including the extension host's console (mocha's output).
        await page.exposeFunction("codeAutomationLog", (_type, args) => {
          const line = util.format(...(args || []));
          const m = /^E2E_SUMMARY (.*)$/.exec(line);
          if (m) summary = JSON.parse(m[1]);
          if (process.env.VERBOSE || !WORKBENCH_NOISE.test(line)) console.log(line);
        });
        // The workbench reports the test runner's result here: 0 passed, anything else failed.
        await page.exposeFunction("codeAutomationExit", (c) => resolve(c));
        await page.goto(workbenchUrl(opts.url, { folder: opts.folder, payload }));
      })().catch((e) => {
        console.error(e);
        resolve("error");
      }),
    ),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve("timeout"), TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(`${opts.label}: extension host exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (summary) console.log(`${opts.label}: ${summary.passes} passed, ${summary.failures} failed`);
  else console.log(`${opts.label}: 0 passed, 1 failed (no result from the test runner: ${code})`);
  process.exit(code === 0 && summary && summary.failures === 0 ? 0 : 1);
})();

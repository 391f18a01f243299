// The packaged extension as a reporter gets it, and its README where people read it:
// 1. with the .vsix installed (no development path), open a draft and see its
//    squiggles; open the extension's page in the Extensions view: it must show
//    the reporter's README with every screenshot loaded. VS Code shows an
//    installed extension's README images only from https: addresses (its
//    sanitizer drops relative and data: sources, its Content-Security-Policy
//    allows https: and data:), so `npm run package` points them at the
//    repository on GitHub. This machine cannot reach GitHub: the browser's
//    requests for the repository's raw files are answered from the checkout,
//    which is what GitHub serves for the branch the package names.
// 2. the README rendered to HTML (markdown-it, CommonMark like GitHub's
//    renderer) beside README.md and opened in the same Chromium: every image
//    it shows, by its relative path, must load.
// An image that fails shows only its alt text, with naturalWidth 0.
// usage: node vsix-check.js --url URL --folder DIR --repo DIR --screenshots DIR
// The selectors are VS Code internals: they hold for the pinned code-server 4.139.1.
"use strict";
const { chromium } = require("playwright-core");
const assert = require("assert/strict");
const fs = require("fs"),
  os = require("os"),
  path = require("path");
const { workbenchUrl, launchChromium, requiredOptions, openDraft } = require("./workbench");

const opts = requiredOptions("vsix-check.js", ["url", "folder", "repo", "screenshots"]);
const manifest = JSON.parse(fs.readFileSync(path.join(opts.repo, "package.json"), "utf8"));
const branch = /--githubBranch (\S+)/.exec(manifest.scripts.package)?.[1] ?? "HEAD";
// vsce's address for a relative image: <repository>/raw/<branch>/<path>.
const RAW = `${manifest.repository.url.replace(/\.git$/, "")}/raw/${branch}/`;

/** Every image of a document (or a frame): its source, alt text and whether it loaded. */
function imagesOf(locator) {
  return locator.locator("img").evaluateAll((imgs) =>
    Promise.all(
      imgs.map(async (img) => {
        await img.decode().catch(() => {});
        return { src: img.getAttribute("src"), alt: img.alt, loaded: img.complete && img.naturalWidth > 0 };
      }),
    ),
  );
}

/** The README's images as `![alt](target)`, in order. */
function readmeImages() {
  const readme = fs.readFileSync(path.join(opts.repo, "README.md"), "utf8");
  return [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(([, alt, target]) => ({ alt, target }));
}

async function extensionPage(browser) {
  const served = [];
  await browser.route(`${RAW}**`, (route) => {
    const file = path.join(opts.repo, decodeURI(route.request().url().slice(RAW.length)));
    served.push(path.relative(opts.repo, file));
    return fs.existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);
  await page.goto(workbenchUrl(opts.url, { folder: opts.folder, payload: [["skipWelcome", "true"]] }));
  await page.locator(".monaco-workbench .explorer-folders-view").waitFor({ timeout: 60000 });
  // The installed package checks a draft.
  await openDraft(page, "kursk/draft.md");
  // Its page in the Extensions view (Ctrl+Shift+X), found among the installed extensions.
  await page.keyboard.press("Control+Shift+X");
  const search = page.locator(".extensions-viewlet .suggest-input-container");
  await search.waitFor();
  await search.click();
  await page.keyboard.type("@installed Says Who");
  const entry = page.locator(".extensions-viewlet .monaco-list-row", { hasText: "Says Who" }).first();
  await entry.waitFor();
  await entry.click();
  const details = page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
  await details.locator("h2", { hasText: "Install and use" }).waitFor();
  const expected = readmeImages();
  let shown = await imagesOf(details);
  for (let i = 0; i < 50 && shown.some((image) => !image.loaded); i++) {
    await page.waitForTimeout(200);
    shown = await imagesOf(details);
  }
  assert.deepEqual(
    shown.map(({ alt, src }) => ({ alt, src })),
    expected.map(({ alt, target }) => ({ alt, src: /^https:/.test(target) ? target : RAW + target })),
    "the extension's page does not show the README's images from the repository",
  );
  assert.deepEqual(
    shown.filter((image) => !image.loaded).map((image) => image.src),
    [],
    "images on the extension's page did not load",
  );
  await page.screenshot({ path: path.join(opts.screenshots, "vsix-details.png") });
  return `${shown.length} screenshots loaded from ${RAW} (${served.length} requests answered from the checkout)`;
}

async function readmeInBrowser(browser) {
  const markdownIt = require(require.resolve("markdown-it", { paths: [opts.repo] }));
  const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "readme-")), "README.html");
  const body = markdownIt({ html: true }).render(fs.readFileSync(path.join(opts.repo, "README.md"), "utf8"));
  // Relative paths resolve from README.md's folder, as on GitHub.
  fs.writeFileSync(html, `<!DOCTYPE html><meta charset="utf-8"><base href="file://${opts.repo}/">${body}`);
  const page = await browser.newPage();
  await page.goto(`file://${html}`);
  const shown = await imagesOf(page.locator("body"));
  assert.equal(shown.length, readmeImages().length, "the rendered README lost images");
  assert.deepEqual(
    shown.filter((image) => !image.loaded).map((image) => image.src),
    [],
    "images of the README did not load in the browser",
  );
  fs.rmSync(path.dirname(html), { recursive: true });
  return `${shown.length} screenshots loaded from their relative paths`;
}

(async () => {
  fs.mkdirSync(opts.screenshots, { recursive: true });
  const { browser, profile } = await launchChromium(chromium);
  for (const [label, check] of [
    ["vsix", extensionPage],
    ["readme", readmeInBrowser],
  ]) {
    try {
      console.log(`${label}: ${await check(browser)}`);
      console.log(`${label}: 1 passed, 0 failed`);
    } catch (error) {
      const page = browser.pages().at(-1);
      if (page)
        await page.screenshot({ path: path.join(opts.screenshots, `${label}-check-failure.png`) }).catch(() => {});
      console.error(`${label}: ${error.message}`);
      console.log(`${label}: 0 passed, 1 failed`);
      process.exitCode = 1;
    }
  }
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
})();

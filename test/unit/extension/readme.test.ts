import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { configurationContribution } from "../../../src/extension/settingsSchema";

const ROOT = path.join(__dirname, "../../../..");

/** The rows of the README's settings table: setting name and its default as written there. */
function readmeSettings(): Map<string, string> {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("### Settings"),
    readme.indexOf("\n### ", readme.indexOf("### Settings") + 1),
  );
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `(saysWho\.[\w.]+)` \| `([^`]*)` \|/gm)) rows.set(m[1], m[2]);
  return rows;
}

describe("the README's commands table", () => {
  it("lists every command the extension contributes, by title and id", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const { command, title } of manifest.contributes.commands as { command: string; title: string }[]) {
      assert.ok(readme.includes(`| ${title} (\`${command}\`) |`), `${title} (${command})`);
    }
  });
});

describe("the README's settings table", () => {
  const documented = readmeSettings();
  const declared = configurationContribution().properties;

  it("lists every setting the extension declares, and no other", () => {
    assert.deepEqual([...documented.keys()].sort(), Object.keys(declared).sort());
  });

  it("gives each setting the default the extension declares", () => {
    for (const [key, setting] of Object.entries(declared)) {
      assert.equal(documented.get(key), JSON.stringify(setting.default), key);
    }
  });

  it("names the choices of every setting that has a fixed set of them", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const [key, setting] of Object.entries(declared)) {
      const choices = (setting as { enum?: string[] }).enum;
      if (!choices) continue;
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${key}\``)) ?? "";
      for (const choice of choices) assert.ok(row.includes(`\`${choice}\``), `${key}: ${choice}`);
    }
  });
});

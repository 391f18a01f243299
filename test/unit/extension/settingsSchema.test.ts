import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { allSettings, configurationContribution } from "../../../src/extension/settingsSchema";

describe("settingsSchema", () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../package.json"), "utf8"));

  it("is exactly what package.json contributes as configuration", () => {
    assert.deepEqual(
      manifest.contributes.configuration,
      JSON.parse(JSON.stringify(configurationContribution())),
      `regenerate package.json's contributes.configuration from src/extension/settingsSchema.ts:\n${JSON.stringify(configurationContribution(), null, 2)}`,
    );
  });

  it("scopes every setting to a resource, since each is read for one draft and a folder may set its own", () => {
    for (const [key, setting] of Object.entries(configurationContribution().properties)) {
      assert.equal(setting.scope, "resource", key);
    }
  });

  it("keeps every numeric default inside its own bounds", () => {
    for (const [key, setting] of Object.entries(allSettings())) {
      if (setting.type !== "number") continue;
      assert.ok(setting.minimum <= setting.default && setting.default <= setting.maximum, key);
    }
  });

  it("offers a severity setting for every code a reporter can see", () => {
    const keys = Object.keys(allSettings());
    for (const key of ["severity.unattributedQuote", "severity.unattributedNumber", "severity.weakAttribution"]) {
      assert.ok(keys.includes(key), key);
    }
  });
});

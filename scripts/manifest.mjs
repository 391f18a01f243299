#!/usr/bin/env node
// Writes what package.json and schemas/ derive from the option table
// (src/core/options.ts): the settings the extension contributes and the JSON
// schema of .sayswho.json. Unit tests fail until this is run after a change:
//
//   npx tsc -p . && node scripts/manifest.mjs
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { configurationContribution } = require("../out/src/extension/settingsSchema.js");
const { deskConfigSchema } = require("../out/src/core/deskConfig.js");

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
manifest.contributes.configuration = configurationContribution();
writeFileSync("package.json", `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync("schemas/sayswho.schema.json", `${JSON.stringify(deskConfigSchema(), null, 2)}\n`);

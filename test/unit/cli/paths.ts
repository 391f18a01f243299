import { resolve } from "node:path";

/** The repository root: tests run compiled from out/test/unit/cli. */
export const ROOT = resolve(__dirname, "../../../..");
export const CLI = resolve(ROOT, "dist/cli.js");
export const SARIF_SCHEMA = resolve(ROOT, "test/fixtures/sarif/sarif-schema-2.1.0.json");

import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { SARIF_SCHEMA } from "./paths";

/** Validates a SARIF log against the official 2.1.0 schema; returns ajv's errors, or [] when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

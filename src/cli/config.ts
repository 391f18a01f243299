import { CheckOptions, DEFAULT_OPTIONS, Severity } from "../core/types";
import { InputError } from "./errors";
import { readTextFile } from "./files";

const NUMBER_SCOPES: readonly CheckOptions["numberScope"][] = ["sentence", "paragraph"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];
const SEVERITY_CODES = Object.keys(DEFAULT_OPTIONS.severities) as (keyof CheckOptions["severities"])[];
const KEYS = ["numberScope", "reportWeak", "severities", "reportCopy", "copyWords"];
const COPY_WORDS = { minimum: 3, maximum: 100 };

const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseSeverities(value: unknown, path: string): CheckOptions["severities"] {
  if (!isObject(value)) throw new InputError(`config '${path}': "severities" must be an object`);
  const severities = { ...DEFAULT_OPTIONS.severities };
  for (const [code, severity] of Object.entries(value)) {
    if (!(SEVERITY_CODES as string[]).includes(code)) {
      throw new InputError(
        `config '${path}': unknown code "${code}" in "severities" (expected ${list(SEVERITY_CODES)})`,
      );
    }
    if (!(SEVERITIES as unknown[]).includes(severity)) {
      throw new InputError(`config '${path}': severity of "${code}" must be one of ${list(SEVERITIES)}`);
    }
    severities[code as keyof CheckOptions["severities"]] = severity as Severity;
  }
  return severities;
}

/**
 * Reads check options from a config file's JSON. Every key is checked, so a
 * typo ("numberscope") is an error rather than a setting silently ignored.
 * Severities not named keep their defaults.
 */
export function parseConfig(text: string, path: string): Partial<CheckOptions> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`config '${path}' is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new InputError(`config '${path}' must hold a JSON object`);
  const options: Partial<CheckOptions> = {};
  for (const [key, value] of Object.entries(data)) {
    switch (key) {
      case "numberScope":
        if (!(NUMBER_SCOPES as unknown[]).includes(value)) {
          throw new InputError(`config '${path}': "numberScope" must be one of ${list(NUMBER_SCOPES)}`);
        }
        options.numberScope = value as CheckOptions["numberScope"];
        break;
      case "reportWeak":
        if (typeof value !== "boolean") throw new InputError(`config '${path}': "reportWeak" must be true or false`);
        options.reportWeak = value;
        break;
      case "severities":
        options.severities = parseSeverities(value, path);
        break;
      case "reportCopy":
        if (typeof value !== "boolean") throw new InputError(`config '${path}': "reportCopy" must be true or false`);
        options.reportCopy = value;
        break;
      case "copyWords":
        if (
          !Number.isInteger(value) ||
          (value as number) < COPY_WORDS.minimum ||
          (value as number) > COPY_WORDS.maximum
        )
          throw new InputError(
            `config '${path}': "copyWords" must be a whole number from ${COPY_WORDS.minimum} to ${COPY_WORDS.maximum}`,
          );
        options.copyWords = value as number;
        break;
      default:
        throw new InputError(`config '${path}': unknown key "${key}" (expected ${list(KEYS)})`);
    }
  }
  return options;
}

export function readConfig(path: string): Partial<CheckOptions> {
  return parseConfig(readTextFile(path, "config").text, path);
}

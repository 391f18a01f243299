/**
 * The desk's configuration file, `.sayswho.json`: the check options and the
 * source articles for the drafts of a folder, shared through git the way
 * `.markdownlint.json` is. The command line and the extension find it from the
 * draft's folder upward and read it here; its JSON schema, contributed to the
 * editor, is generated from the same option table.
 */

import { accepts, CHECK_OPTIONS, CheckOptions, expected, SEVERITIES, SEVERITY_OPTIONS, SeverityCode } from "./options";

export const CONFIG_FILE_NAME = ".sayswho.json";

/** A config file's sources: paths relative to the file's own folder. */
export const SOURCES_KEY = "sources";

export interface DeskConfig {
  options: Partial<CheckOptions>;
  sources?: string[];
}

/** A config file that cannot be used, with what is wrong in words a reporter can act on. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const quoted = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

const OPTION_KEYS = Object.keys(CHECK_OPTIONS) as (keyof typeof CHECK_OPTIONS)[];
const KEYS = [...OPTION_KEYS, "severities", SOURCES_KEY];
const SEVERITY_CODES = Object.keys(SEVERITY_OPTIONS) as SeverityCode[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readSeverities(value: unknown): Partial<CheckOptions["severities"]> {
  if (!isObject(value)) throw new ConfigError(`"severities" must be an object`);
  const severities: Partial<CheckOptions["severities"]> = {};
  for (const [code, severity] of Object.entries(value)) {
    const option = SEVERITY_OPTIONS[code as SeverityCode];
    if (!option) throw new ConfigError(`unknown code "${code}" in "severities" (expected ${quoted(SEVERITY_CODES)})`);
    if (!accepts(option, severity)) throw new ConfigError(`severity of "${code}" must be ${expected(option)}`);
    severities[code as SeverityCode] = severity as CheckOptions["severities"][SeverityCode];
  }
  return severities;
}

function readSources(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string"))
    throw new ConfigError(`"${SOURCES_KEY}" must be a list of paths`);
  return value.map((item) => item.trim()).filter((item) => item !== "");
}

/**
 * Reads a config file's JSON. Every key is checked, so a typo
 * ("numberscope") is an error rather than a setting silently ignored; a
 * severity not named keeps its default.
 */
export function parseDeskConfig(text: string): DeskConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(data)) throw new ConfigError("must hold a JSON object");
  const config: DeskConfig = { options: {} };
  const options: Record<string, unknown> = config.options;
  for (const [key, value] of Object.entries(data)) {
    if (key === "$schema") continue;
    if (key === "severities") config.options.severities = readSeverities(value) as CheckOptions["severities"];
    else if (key === SOURCES_KEY) config.sources = readSources(value);
    else {
      const option = CHECK_OPTIONS[key as keyof typeof CHECK_OPTIONS];
      if (!option) throw new ConfigError(`unknown key "${key}" (expected ${quoted(KEYS)})`);
      if (!accepts(option, value)) throw new ConfigError(`"${key}" must be ${expected(option)}`);
      options[key] = typeof value === "string" ? value.trim() : value;
    }
  }
  return config;
}

/** Options of a config file laid over others: severities are merged code by code. */
export function overlay(base: Partial<CheckOptions>, top: Partial<CheckOptions>): Partial<CheckOptions> {
  const severities = base.severities || top.severities ? { ...base.severities, ...top.severities } : undefined;
  return { ...base, ...top, ...(severities ? { severities: severities as CheckOptions["severities"] } : {}) };
}

type Schema = Record<string, unknown>;

function optionSchema(key: string): Schema {
  const option = CHECK_OPTIONS[key as keyof typeof CHECK_OPTIONS];
  const base = { description: option.description, default: option.default };
  switch (option.type) {
    case "boolean":
      return { type: "boolean", ...base };
    case "string":
      return { type: "string", ...base };
    case "integer":
      return { type: "integer", minimum: option.minimum, maximum: option.maximum, ...base };
    case "enum":
      return { type: "string", enum: option.enum, enumDescriptions: option.enumDescriptions, ...base };
  }
}

/** The JSON schema of `.sayswho.json`, which package.json contributes to the editor (a unit test keeps the file in step). */
export function deskConfigSchema(): Schema {
  const properties: Schema = {
    $schema: { type: "string", description: "The schema this file follows." },
  };
  for (const key of OPTION_KEYS) properties[key] = optionSchema(key);
  properties.severities = {
    type: "object",
    description: "How each kind of finding is shown, by its code.",
    additionalProperties: false,
    properties: Object.fromEntries(
      SEVERITY_CODES.map((code) => {
        const option = SEVERITY_OPTIONS[code];
        return [
          code,
          {
            type: "string",
            enum: SEVERITIES,
            enumDescriptions: option.type === "enum" ? option.enumDescriptions : [],
            description: option.description,
            default: option.default,
          },
        ];
      }),
    ),
  };
  properties[SOURCES_KEY] = {
    type: "array",
    items: { type: "string" },
    description:
      "Source articles for the drafts in this folder and below that name none in their front matter: paths relative to this file's folder.",
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Says Who configuration (.sayswho.json)",
    description: "Check options and source articles for the drafts in this folder and the folders below it.",
    type: "object",
    additionalProperties: false,
    properties,
  };
}

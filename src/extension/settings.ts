import {
  accepts,
  CHECK_OPTIONS,
  CheckOptions,
  DEFAULT_OPTIONS,
  SEVERITY_OPTIONS,
  SWITCHED_SEVERITIES,
} from "../core/options";
import { EDITOR_SETTINGS, EditorSettingKey, SettingKey } from "./settingsSchema";

/** The settings as the extension uses them, already validated. */
export interface Settings {
  enable: boolean;
  throttleDelay: number;
  maxDraftSize: number;
  sources: string[];
  /** Inlay hints naming whom a continuing-speaker or colon-lead-in quote is credited to. */
  showCreditHints: boolean;
  check: CheckOptions;
  /** The sources of the draft's `.sayswho.json`: paths relative to the folder (a URI) that holds it. */
  deskSources?: { base: string; paths: string[] };
}

/** Reads one raw setting value (vscode's WorkspaceConfiguration.get, or a plain object in tests). */
export type SettingReader = (key: SettingKey) => unknown;

/**
 * Turns raw setting values into Settings. A value of the wrong type or out of
 * range (hand-edited settings.json) falls back to the default instead of
 * reaching the engine.
 */
export function readSettings(read: SettingReader): Settings {
  return {
    enable: booleanSetting(read, "enable"),
    throttleDelay: numberSetting(read, "throttleDelay"),
    maxDraftSize: numberSetting(read, "maxDraftSize"),
    sources: stringListSetting(read, "sources"),
    showCreditHints: booleanSetting(read, "showCreditHints"),
    check: checkOptions(read),
  };
}

/** The check options, each read from its setting as the engine's option table names it. */
function checkOptions(read: SettingReader): CheckOptions {
  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [key, option] of Object.entries(CHECK_OPTIONS)) {
    const value = option.setting === undefined ? undefined : read(option.setting);
    if (accepts(option, value)) options[key] = typeof value === "string" ? value.trim() : value;
  }
  const severities: Record<string, unknown> = { ...DEFAULT_OPTIONS.severities };
  for (const [code, option] of Object.entries(SEVERITY_OPTIONS)) {
    const value = option.setting === undefined ? undefined : read(option.setting);
    if (accepts(option, value)) severities[code] = value;
  }
  for (const switched of SWITCHED_SEVERITIES) {
    const raw = read(switched.setting);
    const value = typeof raw === "string" && switched.enum.includes(raw) ? raw : switched.default;
    options[switched.switch] = value !== "off";
    if (value !== "off") severities[switched.code] = value;
  }
  return { ...(options as unknown as CheckOptions), severities: severities as CheckOptions["severities"] };
}

type KeysOf<T extends string> = {
  [K in EditorSettingKey]: (typeof EDITOR_SETTINGS)[K]["type"] extends T ? K : never;
}[EditorSettingKey];

function booleanSetting(read: SettingReader, key: KeysOf<"boolean">): boolean {
  const value = read(key);
  return typeof value === "boolean" ? value : EDITOR_SETTINGS[key].default;
}

function numberSetting(read: SettingReader, key: KeysOf<"number">): number {
  const value = read(key);
  const { minimum, maximum } = EDITOR_SETTINGS[key];
  return typeof value === "number" && Number.isFinite(value) && value >= minimum && value <= maximum
    ? value
    : EDITOR_SETTINGS[key].default;
}

function stringListSetting(read: SettingReader, key: KeysOf<"array">): string[] {
  const value = read(key);
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [...EDITOR_SETTINGS[key].default];
  return value
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => item.trim());
}

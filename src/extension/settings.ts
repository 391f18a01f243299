import type { CheckOptions, NumberScope, Severity } from "../core/types";
import { SETTINGS, SettingKey } from "./settingsSchema";

/** The settings as the extension uses them, already validated. */
export interface Settings {
  enable: boolean;
  throttleDelay: number;
  maxDraftSize: number;
  sources: string[];
  check: CheckOptions;
}

/** Reads one raw setting value (vscode's WorkspaceConfiguration.get, or a plain object in tests). */
export type SettingReader = (key: SettingKey) => unknown;

/**
 * Turns raw setting values into Settings. A value of the wrong type or out of
 * range (hand-edited settings.json) falls back to the default instead of
 * reaching the engine.
 */
export function readSettings(read: SettingReader): Settings {
  const copy = enumSetting(read, "uncreditedCopy");
  return {
    enable: booleanSetting(read, "enable"),
    throttleDelay: numberSetting(read, "throttleDelay"),
    maxDraftSize: numberSetting(read, "maxDraftSize"),
    sources: stringListSetting(read, "sources"),
    check: {
      numberScope: enumSetting(read, "numberScope") as NumberScope,
      reportWeak: booleanSetting(read, "reportWeakAttribution"),
      severities: {
        "unattributed-quote": enumSetting(read, "severity.unattributedQuote") as Severity,
        "unattributed-number": enumSetting(read, "severity.unattributedNumber") as Severity,
        "weak-attribution": enumSetting(read, "severity.weakAttribution") as Severity,
        misquote: enumSetting(read, "severity.misquote") as Severity,
        "misattributed-quote": enumSetting(read, "severity.misattributedQuote") as Severity,
        "number-mismatch": enumSetting(read, "severity.numberMismatch") as Severity,
        "uncredited-copy": copy === "off" ? "information" : (copy as Severity),
      },
      reportCopy: copy !== "off",
      copyWords: numberSetting(read, "uncreditedCopyWords"),
    },
  };
}

type KeysOf<T extends string> = { [K in SettingKey]: (typeof SETTINGS)[K]["type"] extends T ? K : never }[SettingKey];

function booleanSetting(read: SettingReader, key: KeysOf<"boolean">): boolean {
  const value = read(key);
  return typeof value === "boolean" ? value : SETTINGS[key].default;
}

function numberSetting(read: SettingReader, key: KeysOf<"number">): number {
  const value = read(key);
  const { minimum, maximum } = SETTINGS[key];
  return typeof value === "number" && Number.isFinite(value) && value >= minimum && value <= maximum
    ? value
    : SETTINGS[key].default;
}

function enumSetting(read: SettingReader, key: KeysOf<"string">): string {
  const value = read(key);
  const allowed: readonly string[] = SETTINGS[key].enum;
  return typeof value === "string" && allowed.includes(value) ? value : SETTINGS[key].default;
}

function stringListSetting(read: SettingReader, key: KeysOf<"array">): string[] {
  const value = read(key);
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (!Array.isArray(value)) return [...SETTINGS[key].default];
  return value
    .filter((item): item is string => typeof item === "string" && item.trim() !== "")
    .map((item) => item.trim());
}

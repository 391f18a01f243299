/**
 * Every Says Who setting, described once. The check options come from the
 * engine's option table (src/core/options.ts), which the command line's config
 * file reads too; the editor's own settings are described here. package.json's
 * contributes.configuration is generated from both (and a unit test keeps the
 * two identical), so a setting's type, default and wording cannot drift
 * between the manifest and the code that reads it.
 */

import {
  CHECK_OPTIONS,
  OptionDescription,
  SEVERITY_OPTIONS,
  SWITCHED_SEVERITIES,
  SwitchedSeverity,
} from "../core/options";

export const SETTINGS_SECTION = "saysWho";

/**
 * Every setting is read for one draft (`getConfiguration(section, draft)`), so
 * each is resource-scoped: a workspace folder can set its own, and VS Code
 * does not warn of a window-scoped setting read for a resource.
 */
export const SETTING_SCOPE = "resource";

interface SettingBase {
  description: string;
  order: number;
  scope: typeof SETTING_SCOPE;
}

export type SettingDescription = SettingBase &
  (
    | { type: "boolean"; default: boolean }
    | { type: "number"; default: number; minimum: number; maximum: number }
    | { type: "string"; default: string; enum?: readonly string[]; enumDescriptions?: readonly string[] }
    | { type: "array"; default: string[]; items: { type: "string" } }
  );

/** The settings of the editor alone: when and how much to check, and where sources are found. */
export const EDITOR_SETTINGS = {
  enable: {
    type: "boolean",
    default: true,
    description: "Check Markdown and plain-text drafts for unattributed quotes and numbers as you type.",
    order: 0,
    scope: SETTING_SCOPE,
  },
  throttleDelay: {
    type: "number",
    default: 300,
    minimum: 0,
    maximum: 5000,
    description: "Milliseconds of typing pause before the draft is checked again.",
    order: 1,
    scope: SETTING_SCOPE,
  },
  sources: {
    type: "array",
    default: [],
    items: { type: "string" },
    description:
      'Source articles for drafts that name none in their front matter or their folder\'s .sayswho.json: paths or glob patterns (e.g. "sources/*.txt") relative to the workspace folder. With no folder open, paths are relative to the draft and glob patterns are not searched.',
    order: 20,
    scope: SETTING_SCOPE,
  },
  maxDraftSize: {
    type: "number",
    default: 200000,
    minimum: 1000,
    maximum: 5000000,
    description: "Drafts longer than this many characters are not checked as you type (the palette check still runs).",
    order: 21,
    scope: SETTING_SCOPE,
  },
  showCreditHints: {
    type: "boolean",
    default: false,
    description:
      "Show, after a quote credited from the paragraph before (continuing speaker) or by a colon lead-in, whom it is credited to.",
    order: 22,
    scope: SETTING_SCOPE,
  },
} as const satisfies Record<string, SettingDescription>;

export type EditorSettingKey = keyof typeof EDITOR_SETTINGS;

/** A key under `saysWho.`: an editor setting, or the setting of a check option. */
export type SettingKey = EditorSettingKey | string;

function asSetting(option: OptionDescription | SwitchedSeverity, order: number): SettingDescription {
  const { description } = option;
  const scope = SETTING_SCOPE;
  if (!("type" in option) || option.type === "enum") {
    const { enum: values, enumDescriptions } = option;
    return { type: "string", default: option.default, enum: values, enumDescriptions, description, order, scope };
  }
  switch (option.type) {
    case "boolean":
      return { type: "boolean", default: option.default, description, order, scope };
    case "string":
      return { type: "string", default: option.default, description, order, scope };
    case "integer":
      return {
        type: "number",
        default: option.default,
        minimum: option.minimum,
        maximum: option.maximum,
        description,
        order,
        scope,
      };
  }
}

/** Every setting by its key: the editor's first two, the check options in the order of their table, then the editor's last. */
export function allSettings(): Record<string, SettingDescription> {
  const options = [...Object.values(CHECK_OPTIONS), ...Object.values(SEVERITY_OPTIONS), ...SWITCHED_SEVERITIES];
  const check = Object.fromEntries(
    options
      .filter((option) => option.setting !== undefined)
      .map((option, i) => [option.setting as string, asSetting(option, 2 + i)]),
  );
  const settings: Record<string, SettingDescription> = { ...EDITOR_SETTINGS, ...check };
  return Object.fromEntries(Object.entries(settings).sort(([, a], [, b]) => a.order - b.order));
}

/** The manifest's contributes.configuration, derived from the settings. */
export function configurationContribution(): { title: string; properties: Record<string, SettingDescription> } {
  const properties: Record<string, SettingDescription> = {};
  for (const [key, setting] of Object.entries(allSettings())) {
    properties[`${SETTINGS_SECTION}.${key}`] = setting;
  }
  return { title: "Says Who", properties };
}

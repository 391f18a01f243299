/**
 * Every Says Who setting, described once. package.json's
 * contributes.configuration is generated from this table (and a unit test
 * keeps the two identical), so a setting's type, default and wording cannot
 * drift between the manifest and the code that reads it.
 */

export const SETTINGS_SECTION = "saysWho";

const SEVERITY_ENUM = ["error", "warning", "information", "hint"] as const;
const SEVERITY_DESCRIPTIONS = [
  "Shown as an error (red squiggle).",
  "Shown as a warning (yellow squiggle).",
  "Shown as information (blue squiggle).",
  "Shown as a hint (dots under the first characters only).",
];

interface SettingBase {
  description: string;
  order: number;
}

export type SettingDescription = SettingBase &
  (
    | { type: "boolean"; default: boolean }
    | { type: "number"; default: number; minimum: number; maximum: number }
    | { type: "string"; default: string; enum: readonly string[]; enumDescriptions: readonly string[] }
    | { type: "array"; default: string[]; items: { type: "string" } }
  );

export const SETTINGS = {
  enable: {
    type: "boolean",
    default: true,
    description: "Check Markdown and plain-text drafts for unattributed quotes and numbers as you type.",
    order: 0,
  },
  throttleDelay: {
    type: "number",
    default: 300,
    minimum: 0,
    maximum: 5000,
    description: "Milliseconds of typing pause before the draft is checked again.",
    order: 1,
  },
  numberScope: {
    type: "string",
    default: "sentence",
    enum: ["sentence", "paragraph"],
    enumDescriptions: [
      "A number needs an attribution cue in its own sentence (the policy's default).",
      "A cue anywhere in the number's paragraph attributes it.",
    ],
    description: "How far an attribution cue reaches for numbers.",
    order: 2,
  },
  "severity.unattributedQuote": {
    type: "string",
    default: "warning",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description: "How a direct quote without attribution is shown (code unattributed-quote).",
    order: 3,
  },
  "severity.unattributedNumber": {
    type: "string",
    default: "warning",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description: "How a number without attribution is shown (code unattributed-number).",
    order: 4,
  },
  "severity.weakAttribution": {
    type: "string",
    default: "information",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description: "How an anonymous or weasel attribution is shown (code weak-attribution).",
    order: 5,
  },
  reportWeakAttribution: {
    type: "boolean",
    default: true,
    description:
      'Report anonymous sources ("a senior official said") and weasel sources ("critics say") as weak attribution.',
    order: 6,
  },
  sources: {
    type: "array",
    default: [],
    items: { type: "string" },
    description:
      'Source articles for drafts that name none in their front matter: paths or glob patterns (e.g. "sources/*.txt") relative to the workspace folder. With no folder open, paths are relative to the draft and glob patterns are not searched.',
    order: 7,
  },
  maxDraftSize: {
    type: "number",
    default: 200000,
    minimum: 1000,
    maximum: 5000000,
    description: "Drafts longer than this many characters are not checked as you type (the palette check still runs).",
    order: 8,
  },
  "severity.misquote": {
    type: "string",
    default: "warning",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description: "How a quote whose words differ from the source article's is shown (code misquote).",
    order: 9,
  },
  "severity.misattributedQuote": {
    type: "string",
    default: "warning",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description:
      "How a quote credited to someone other than the speaker the source article gives is shown (code misattributed-quote).",
    order: 10,
  },
  "severity.numberMismatch": {
    type: "string",
    default: "warning",
    enum: SEVERITY_ENUM,
    enumDescriptions: SEVERITY_DESCRIPTIONS,
    description: "How a number that differs from the source article's figure is shown (code number-mismatch).",
    order: 11,
  },
  uncreditedCopy: {
    type: "string",
    default: "information",
    enum: ["off", "information", "warning"],
    enumDescriptions: [
      "Not reported.",
      "Shown as information (blue squiggle).",
      "Shown as a warning (yellow squiggle).",
    ],
    description:
      "How a run of the source article's words copied outside quotation marks, in a sentence with no attribution, is shown (code uncredited-copy).",
    order: 12,
  },
  uncreditedCopyWords: {
    type: "number",
    default: 10,
    minimum: 3,
    maximum: 100,
    description: "How many consecutive words of a source article make a run of uncredited copy.",
    order: 13,
  },
} as const satisfies Record<string, SettingDescription>;

export type SettingKey = keyof typeof SETTINGS;

/** The manifest's contributes.configuration, derived from SETTINGS. */
export function configurationContribution(): { title: string; properties: Record<string, SettingDescription> } {
  const properties: Record<string, SettingDescription> = {};
  for (const [key, setting] of Object.entries(SETTINGS)) {
    properties[`${SETTINGS_SECTION}.${key}`] = setting as SettingDescription;
  }
  return { title: "Says Who", properties };
}

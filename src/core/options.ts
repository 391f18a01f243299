/**
 * The check options, described once: their names, types, defaults and
 * wording. The command line's config file, the desk's `.sayswho.json`, its
 * JSON schema and the extension's settings are all read from this table, so an
 * option cannot mean one thing in the editor and another on the command line.
 */

import type { FindingCode, Severity } from "./types";

export type NumberScope = "sentence" | "paragraph";

/** Which speech verb a fix writes: a neutral "said", or the verb the source article used. */
export type VerbPolicy = "neutral" | "source";

export type SeverityCode = Exclude<FindingCode, "malformed-directive">;

export interface CheckOptions {
  /** How far a cue reaches for numbers (policy 2.2): its sentence, or its paragraph. */
  numberScope: NumberScope;
  /** Report weak (anonymous, weasel) attribution as its own finding. */
  reportWeak: boolean;
  severities: Record<SeverityCode, Severity>;
  /** The source articles' publication, for numbers they state in their own voice; "" when the articles say. */
  publication: string;
  verbs: VerbPolicy;
}

/** One option as the config file and the settings describe it. */
export type OptionDescription = {
  description: string;
  /** Its key under `saysWho.` in the editor's settings. */
  setting: string;
} & (
  | { type: "boolean"; default: boolean }
  | { type: "string"; default: string }
  | { type: "enum"; default: string; enum: readonly string[]; enumDescriptions: readonly string[] }
);

export const SEVERITIES = ["error", "warning", "information", "hint"] as const satisfies readonly Severity[];

const SEVERITY_DESCRIPTIONS = [
  "Shown as an error (red squiggle).",
  "Shown as a warning (yellow squiggle).",
  "Shown as information (blue squiggle).",
  "Shown as a hint (dots under the first characters only).",
];

const severity = (code: SeverityCode, setting: string, byDefault: Severity, what: string): OptionDescription => ({
  type: "enum",
  default: byDefault,
  enum: SEVERITIES,
  enumDescriptions: SEVERITY_DESCRIPTIONS,
  setting,
  description: `How ${what} is shown (code ${code}).`,
});

export const SEVERITY_OPTIONS: Record<SeverityCode, OptionDescription> = {
  "unattributed-quote": severity(
    "unattributed-quote",
    "severity.unattributedQuote",
    "warning",
    "a direct quote without attribution",
  ),
  "unattributed-number": severity(
    "unattributed-number",
    "severity.unattributedNumber",
    "warning",
    "a number without attribution",
  ),
  "weak-attribution": severity(
    "weak-attribution",
    "severity.weakAttribution",
    "information",
    "an anonymous or weasel attribution",
  ),
};

export const CHECK_OPTIONS: Record<Exclude<keyof CheckOptions, "severities">, OptionDescription> = {
  numberScope: {
    type: "enum",
    default: "sentence",
    enum: ["sentence", "paragraph"],
    enumDescriptions: [
      "A number needs an attribution cue in its own sentence (the policy's default).",
      "A cue anywhere in the number's paragraph attributes it.",
    ],
    setting: "numberScope",
    description: "How far an attribution cue reaches for numbers.",
  },
  reportWeak: {
    type: "boolean",
    default: true,
    setting: "reportWeakAttribution",
    description:
      'Report anonymous sources ("a senior official said") and weasel sources ("critics say") as weak attribution.',
  },
  publication: {
    type: "string",
    default: "",
    setting: "publication",
    description:
      'The publication of the source articles ("The Northern Standard"), named by fixes for numbers an article states in its own voice. Leave empty to read it from the article (byline, © line, dateline, "Source:" line, front matter).',
  },
  verbs: {
    type: "enum",
    default: "neutral",
    enum: ["neutral", "source"],
    enumDescriptions: [
      'Fixes write "said" ("says" for a present-tense source), keeping only a neutral verb that adds information ("told reporters", "wrote on X").',
      'Fixes write the source article\'s own verb, loaded ones ("claimed", "admitted") included.',
    ],
    setting: "verbPolicy",
    description: "Which speech verb a quick fix writes.",
  },
};

export const DEFAULT_OPTIONS: CheckOptions = {
  numberScope: CHECK_OPTIONS.numberScope.default as NumberScope,
  reportWeak: CHECK_OPTIONS.reportWeak.default as boolean,
  severities: Object.fromEntries(
    Object.entries(SEVERITY_OPTIONS).map(([code, option]) => [code, option.default]),
  ) as CheckOptions["severities"],
  publication: CHECK_OPTIONS.publication.default as string,
  verbs: CHECK_OPTIONS.verbs.default as VerbPolicy,
};

/** Whether a value is one the option accepts. */
export function accepts(option: OptionDescription, value: unknown): boolean {
  switch (option.type) {
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "enum":
      return typeof value === "string" && option.enum.includes(value);
  }
}

/** What an option accepts, in words, for an error message. */
export function expected(option: OptionDescription): string {
  switch (option.type) {
    case "boolean":
      return "true or false";
    case "string":
      return "a string";
    case "enum":
      return `one of ${option.enum.map((v) => `"${v}"`).join(", ")}`;
  }
}

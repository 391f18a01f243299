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
  /** Report runs of a source's words copied without quotation marks or attribution (policy 5). */
  reportCopy: boolean;
  /** How many consecutive source words make a copied run. */
  copyWords: number;
}

/** The options the fidelity findings read. */
export type FidelityOptions = Pick<CheckOptions, "severities" | "reportCopy" | "copyWords" | "publication">;

/** One option as the config file and the settings describe it. */
export type OptionDescription = {
  description: string;
  /** Its key under `saysWho.` in the editor's settings; none for an option a switched severity sets. */
  setting?: string;
} & (
  | { type: "boolean"; default: boolean }
  | { type: "string"; default: string }
  | { type: "integer"; default: number; minimum: number; maximum: number }
  | { type: "enum"; default: string; enum: readonly string[]; enumDescriptions: readonly string[] }
);

/**
 * One editor setting that carries a report switch and its severity at once
 * (`saysWho.uncreditedCopy`: "off", "information" or "warning"); the config
 * file keeps the two apart (`reportCopy`, `severities`).
 */
export interface SwitchedSeverity {
  setting: string;
  code: SeverityCode;
  switch: "reportCopy";
  default: string;
  enum: readonly string[];
  enumDescriptions: readonly string[];
  description: string;
}

export const SEVERITIES = ["error", "warning", "information", "hint"] as const satisfies readonly Severity[];

const SEVERITY_DESCRIPTIONS = [
  "Shown as an error (red squiggle).",
  "Shown as a warning (yellow squiggle).",
  "Shown as information (blue squiggle).",
  "Shown as a hint (dots under the first characters only).",
];

const severity = (
  code: SeverityCode,
  setting: string | undefined,
  byDefault: Severity,
  what: string,
): OptionDescription => ({
  type: "enum",
  default: byDefault,
  enum: SEVERITIES,
  enumDescriptions: SEVERITY_DESCRIPTIONS,
  ...(setting ? { setting } : {}),
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
  misquote: severity(
    "misquote",
    "severity.misquote",
    "warning",
    "a quote whose words differ from the source article's",
  ),
  "misattributed-quote": severity(
    "misattributed-quote",
    "severity.misattributedQuote",
    "warning",
    "a quote credited to someone other than the speaker the source article gives",
  ),
  "number-mismatch": severity(
    "number-mismatch",
    "severity.numberMismatch",
    "warning",
    "a number that differs from the source article's figure",
  ),
  "uncredited-copy": severity(
    "uncredited-copy",
    undefined,
    "information",
    "a run of the source article's words copied outside quotation marks, in a sentence with no attribution,",
  ),
};

export const SWITCHED_SEVERITIES: readonly SwitchedSeverity[] = [
  {
    setting: "uncreditedCopy",
    code: "uncredited-copy",
    switch: "reportCopy",
    default: "information",
    enum: ["off", "information", "warning"],
    enumDescriptions: [
      "Not reported.",
      "Shown as information (blue squiggle).",
      "Shown as a warning (yellow squiggle).",
    ],
    description:
      "How a run of the source article's words copied outside quotation marks, in a sentence with no attribution, is shown (code uncredited-copy).",
  },
];

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
  reportCopy: {
    type: "boolean",
    default: true,
    description:
      "Report runs of a source article's words copied without quotation marks or attribution (code uncredited-copy).",
  },
  copyWords: {
    type: "integer",
    default: 10,
    minimum: 3,
    maximum: 100,
    setting: "uncreditedCopyWords",
    description: "How many consecutive words of a source article make a run of uncredited copy.",
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
  reportCopy: CHECK_OPTIONS.reportCopy.default as boolean,
  copyWords: CHECK_OPTIONS.copyWords.default as number,
};

/** Whether a value is one the option accepts. */
export function accepts(option: OptionDescription, value: unknown): boolean {
  switch (option.type) {
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value) && (value as number) >= option.minimum && (value as number) <= option.maximum;
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
    case "integer":
      return `a whole number from ${option.minimum} to ${option.maximum}`;
    case "enum":
      return `one of ${option.enum.map((v) => `"${v}"`).join(", ")}`;
  }
}

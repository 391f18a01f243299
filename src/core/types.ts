/**
 * The shared vocabulary of Says Who. Every offset is a UTF-16 code-unit
 * offset into the text exactly as the editor holds it (BOM already dropped).
 */

export type ClaimKind = "quote" | "number";

export interface Span {
  start: number;
  end: number;
}

/** A direct quote or a number the policy treats as a claim (section 1). */
export interface Claim extends Span {
  kind: ClaimKind;
  /** The claim's text as it stands in the draft (a quote includes its marks). */
  text: string;
  /** Index of the paragraph that holds the claim's start. */
  paragraph: number;
  /** Index (draft-wide) of the sentence that holds the claim's start. */
  sentence: number;
  /** For a quote: the words between the marks; for a number: its numeric value when known. */
  inner?: string;
  value?: number;
  /** For a quote running over several paragraphs: the index of its last paragraph. */
  lastParagraph?: number;
  /** For a quote whose closing mark is missing: its span runs to where a best guess ends it. */
  unclosed?: true;
}

export type WeakKind = "anonymous" | "weasel";

/** Which rule of the policy made a claim attributed (section 2.1 / 2.2). */
export type AttributionRule =
  "sentence" | "paragraph" | "continuing-speaker" | "colon-lead-in" | "after-quote" | "inside-quote" | "repeated-quote";

/** A cue linked to a source (policy section 2). */
export interface Attribution extends Span {
  /** The cue words: "said", "according to", "wrote", ... */
  cue: string;
  /** The source as written: "Grabsky", "a spokesperson", "he". Empty when not found. */
  source: string;
  rule: AttributionRule;
  weak?: WeakKind;
}

/** The findings of policy section 5: what a draft takes from a source article says what the source says. */
export type FidelityCode = "misquote" | "misattributed-quote" | "number-mismatch" | "uncredited-copy";

export type FindingCode =
  "unattributed-quote" | "unattributed-number" | "weak-attribution" | "malformed-directive" | FidelityCode;

export type Severity = "error" | "warning" | "information" | "hint";

/** Where a source article says what the draft claims. */
export interface Evidence extends Span {
  /** The source article's id (its path as given, or its name). */
  sourceId: string;
  speaker?: string;
  passage: string;
}

/** A fidelity finding's two wordings, the draft's and the source's, for showing side by side. */
export interface Comparison {
  draft: string;
  source: string;
}

export interface TextEdit extends Span {
  newText: string;
}

/** Why a fix cannot name the source and leaves a placeholder instead. */
export type Unfixable = "no-source" | "not-in-source" | "no-speaker" | "no-publication";

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred: boolean;
  /**
   * For a fix without a known speaker: where the source placeholder sits
   * inside the first edit's newText, so an editor can select it as a snippet.
   */
  placeholder?: Span;
  /** For a placeholder fix: why the source could not be named. */
  unfixable?: Unfixable;
}

/**
 * What the checker reports. Its span is the claim's span, or for a
 * malformed suppression directive the directive's own span (no claim then).
 */
export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  claim?: Claim;
  attribution?: Attribution;
  evidence?: Evidence;
  /** For a fidelity finding: the draft's words and the source's. */
  comparison?: Comparison;
  fixes: Fix[];
  message: string;
  /** Why, in the policy's words: the rule the claim fails (for hovers and reports). */
  reason: string;
  /** Why the finding offers no fix, when it offers none: an edit that would not attribute the claim is no fix. */
  noFix?: string;
}

/** A source article the journalist works from. */
export interface SourceArticle {
  id: string;
  text: string;
  /** The publication that wrote it ("The Hill"), when the caller knows it better than the text does. */
  publication?: string;
}

/** How a source article attributes: what a quick fix imitates (policy section 3). */
export interface StyleProfile {
  /** The speech verb it prefers: "said", "says", "told". */
  verb: string;
  tense: "past" | "present";
  /** "Grabsky said" (subject-first) or "said Grabsky" (verb-first) after a quote. */
  order: "subject-first" | "verb-first";
  /** Where a quote's attribution sits: at the quote's end, after its first sentence, or before it with a colon. */
  placement: "end" | "after-first-sentence" | "colon-before";
  /** The honorific used on later reference ("Mr."), if the article uses one. */
  honorific?: string;
  /** Whether the article follows the verb with time or place ("wrote Thursday on X"). */
  timeElement: boolean;
  quoteMarks: "straight" | "curly";
  /** Whether a comma or period sits inside the closing quote mark ("busy," he said). */
  punctuationInside: boolean;
  /** How numbers are attributed: "according to X" or "X said". */
  dataVerb: "according to" | "said";
  /** The publication, for numbers stated in its own voice. */
  publication?: string;
  /** How many attributions the profile was learned from; 0 means the house default. */
  learnedFrom: number;
}

export type ClaimStatus = "attributed" | "unattributed" | "weak";

/** Every claim in a draft with its verdict: what the sourcing report lists. */
export interface Verdict {
  claim: Claim;
  status: ClaimStatus;
  attribution?: Attribution;
  /** The says-who comment that silences the claim's finding, when one does. */
  ignoredBy?: Span;
}

export interface CheckResult {
  verdicts: Verdict[];
  findings: Finding[];
}

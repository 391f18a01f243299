import { MarkedWord, wordDiff } from "../core/fidelity/wordDiff";
import { UNFIXABLE } from "../core/messages";
import type { NumberScope } from "../core/options";
import type { Attribution, Comparison, Finding } from "../core/types";

/** Command links the hover offers; built by the adapter (they carry the document version). */
export interface HoverLinks {
  applyFix?: string;
  openPassage?: string;
  learnMore: string;
}

/** What the hover needs to know beyond the finding. */
export interface HoverContext {
  /** How far a cue reaches for numbers: the lead sentence says "in its sentence" or "… or paragraph". */
  numberScope: NumberScope;
  /** Whether the draft has a source article, so the hover can say when the claim is not in it. */
  hasSources: boolean;
}

/** The rule each finding fails, in one line: the hover's last line, before the link to the policy. */
const RULES: Record<Finding["code"], string> = {
  "unattributed-quote": "Policy 2.1: a quote needs a cue and a source in its sentence or paragraph.",
  "unattributed-number": "Policy 2.2: a number needs a cue and a source in its own sentence.",
  "weak-attribution": "Policy 2.3: anonymous and vague sources count as attribution, but weak.",
  "malformed-directive": "A says-who comment silences nothing until it is spelt right.",
  misquote: "Policy 5: a direct quote gives the source's words, word for word.",
  "misattributed-quote": "Policy 5: a quote is credited to the speaker the source article credits.",
  "number-mismatch": "Policy 5: a figure taken from the source article has the source's value.",
  "uncredited-copy":
    "Policy 5: a run of the source article's words (ten or more by default) needs quotation marks or an attribution.",
};

/**
 * The hover of a flagged claim, as Markdown, in the order a reporter reads
 * it: what is wrong in plain newsroom English (and who the source article
 * has it from), the one-click fix, the source passage, then the rule in one
 * line with a link to the policy. Every piece of draft or source text is
 * escaped: it is the reporter's prose, not Markdown to render.
 */
export function hoverMarkdown(finding: Finding, links: HoverLinks, context: HoverContext): string {
  const lines = [escapeMarkdown(leadSentence(finding, context)), ""];
  const fix = finding.fixes.find((candidate) => candidate.isPreferred) ?? finding.fixes[0];
  if (fix && links.applyFix) {
    const inserted = fix.edits
      .map((edit) => edit.newText)
      .join(" … ")
      .trim();
    lines.push(`**[${escapeMarkdown(fix.title)}](${links.applyFix})**${inserted ? `: ${codeSpan(inserted)}` : ""}`, "");
  }
  // No fix: the reporter is told why, in the place the fix would stand.
  if (!fix && finding.noFix) lines.push(`*${escapeMarkdown(finding.noFix)}*`, "");
  if (finding.comparison) lines.push(...sideBySide(finding.comparison), "");
  if (fix?.unfixable) lines.push(`*Why a placeholder:* ${escapeMarkdown(UNFIXABLE[fix.unfixable].note)}`, "");
  if (finding.evidence) {
    lines.push(`> ${escapeMarkdown(collapse(finding.evidence.passage))}`, "");
    const who = finding.evidence.speaker ? `${escapeMarkdown(finding.evidence.speaker)}, ` : "";
    const open = links.openPassage ? ` · [Open source passage](${links.openPassage})` : "";
    lines.push(`— ${who}${escapeMarkdown(finding.evidence.sourceId)}${open}`, "");
  }
  lines.push(`*${escapeMarkdown(RULES[finding.code])}* [Policy](${links.learnMore})`);
  return lines.join("\n");
}

/** A word in bold, the punctuation around it left outside: `**have**,`. */
function bold(word: string): string {
  const [, before, core, after] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(word) ?? ["", "", word, ""];
  return core ? `${escapeMarkdown(before)}**${escapeMarkdown(core)}**${escapeMarkdown(after)}` : escapeMarkdown(word);
}

/**
 * The draft's words and the source's in a two-column table, each word the
 * other wording lacks in bold (a word-level diff of policy 5's comparison).
 */
export function sideBySide(comparison: Comparison): string[] {
  const diff = wordDiff(comparison);
  const cell = (words: MarkedWord[]) => words.map((w) => (w.differs ? bold(w.text) : escapeMarkdown(w.text))).join(" ");
  return ["| Your draft | Source article |", "| --- | --- |", `| ${cell(diff.draft)} | ${cell(diff.source)} |`];
}

/** The first thing the hover says: what is wrong, and what the source article has. */
export function leadSentence(finding: Finding, context: HoverContext): string {
  const where = context.numberScope === "paragraph" ? "sentence or paragraph" : "sentence";
  switch (finding.code) {
    case "unattributed-quote":
      return `No one is credited for this quote in its sentence or paragraph.${fromSource(finding, context)}`;
    case "unattributed-number":
      return `No one is credited for this number in its ${where}.${fromSource(finding, context)}`;
    case "weak-attribution":
      return `This is credited only to ${weakSource(finding.attribution)}. Name the source if you can.`;
    case "misquote":
      return "The quote's words are not the source article's, word for word.";
    case "misattributed-quote":
      return `The source article credits these words to someone else${finding.evidence?.speaker ? `: ${finding.evidence.speaker}` : ""}.`;
    case "number-mismatch":
      return "The figure differs from the source article's.";
    case "uncredited-copy":
      return "These are the source article's words, with no quotation marks and no attribution.";
    case "malformed-directive":
      return finding.message;
  }
}

function fromSource(finding: Finding, context: HoverContext): string {
  const evidence = finding.evidence;
  if (evidence?.speaker) return ` The source article has it from ${evidence.speaker}.`;
  if (evidence) return " The source article has it, without saying who.";
  return context.hasSources ? " The source article does not have it." : "";
}

function weakSource(attribution: Attribution | undefined): string {
  const kind = attribution?.weak === "anonymous" ? "an anonymous source" : "a vague source";
  const words = attribution ? attribution.source || attribution.cue : "";
  return words ? `${kind} (“${words}”)` : kind;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A code span that survives backticks inside the text (CommonMark: a longer fence). */
function codeSpan(raw: string): string {
  const text = collapse(raw);
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * The hover of a claim the draft credits from outside its own sentence (the
 * continuing-speaker rule, a colon lead-in): the reporter sees whom the
 * policy gave it to, and can put a name in if that is wrong.
 */
export function creditMarkdown(attribution: Attribution, learnMore: string): string | undefined {
  const who = attribution.source ? `“${attribution.source}”` : "the speaker the line before it introduces";
  const how =
    attribution.rule === "continuing-speaker"
      ? `${who}, who speaks in the paragraph before (continuing speaker)`
      : attribution.rule === "colon-lead-in"
        ? `${who}, by the colon lead-in before it`
        : undefined;
  if (!how) return undefined;
  return [
    escapeMarkdown(`Credited to ${how}. If that is not who said it, name the speaker in its paragraph.`),
    "",
    `*${escapeMarkdown("Policy 2.1: a quote-only paragraph takes the speaker the paragraph before introduces.")}* [Policy](${learnMore})`,
  ].join("\n");
}

/** The inlay hint text for such a claim: short, after the quote. */
export function creditHint(attribution: Attribution): string | undefined {
  if (attribution.rule !== "continuing-speaker" && attribution.rule !== "colon-lead-in") return undefined;
  return attribution.source ? `— ${attribution.source}` : undefined;
}

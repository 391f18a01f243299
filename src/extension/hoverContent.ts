import { UNFIXABLE } from "../core/messages";
import type { Finding } from "../core/types";

/** What each kind of finding is, in a reporter's words (the diagnostic message already quotes the claim). */
const WHAT: Record<Finding["code"], string> = {
  "unattributed-quote": "**Unattributed quote**: a direct quote that does not say who said it.",
  "unattributed-number": "**Unattributed number**: a figure that does not say whose figure it is.",
  "weak-attribution": "**Weak attribution**: attributed, but to an anonymous or vague source.",
  "malformed-directive": "**Malformed directive**: a says-who comment that silences nothing.",
  misquote: "**Misquote**: the quote's words are not the source article's, word for word.",
  "misattributed-quote": "**Misattributed quote**: the source article credits these words to someone else.",
  "number-mismatch": "**Number mismatch**: the figure differs from the source article's.",
  "uncredited-copy": "**Uncredited copy**: the source article's words, with no quotation marks and no attribution.",
};

/** Command links the hover offers; built by the adapter (they carry the document version). */
export interface HoverLinks {
  applyFix?: string;
  openPassage?: string;
  learnMore: string;
}

/**
 * The hover of a flagged claim, as Markdown: what it is, which rule of the
 * policy it fails, where the source article says it, and what the fix would
 * insert. Every piece of draft or source text is escaped: it is the
 * reporter's prose, not Markdown to render.
 */
export function hoverMarkdown(finding: Finding, links: HoverLinks): string {
  const lines = [WHAT[finding.code], ""];
  if (finding.reason) lines.push(`*Why:* ${escapeMarkdown(finding.reason)}`, "");
  if (finding.evidence) {
    const who = finding.evidence.speaker ? `${escapeMarkdown(finding.evidence.speaker)}, in ` : "";
    lines.push(`*Source:* ${who}${escapeMarkdown(finding.evidence.sourceId)}`, "");
    lines.push(`> ${escapeMarkdown(collapse(finding.evidence.passage))}`, "");
  }
  const fix = finding.fixes.find((candidate) => candidate.isPreferred) ?? finding.fixes[0];
  const inserted = fix?.edits
    .map((edit) => edit.newText)
    .join(" … ")
    .trim();
  if (inserted) lines.push(`*Fix inserts:* ${codeSpan(inserted)}`, "");
  if (fix?.unfixable) lines.push(`*Why a placeholder:* ${escapeMarkdown(UNFIXABLE[fix.unfixable].note)}`, "");
  const actions = [
    links.applyFix && fix ? `[${escapeMarkdown(fix.title)}](${links.applyFix})` : "",
    links.openPassage ? `[Open source passage](${links.openPassage})` : "",
    `[Learn more](${links.learnMore})`,
  ].filter(Boolean);
  lines.push(actions.join(" · "));
  return lines.join("\n");
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

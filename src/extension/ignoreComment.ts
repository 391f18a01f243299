import type { Finding, TextEdit } from "../core/types";

const DIRECTIVE = "says-who-disable-next-line";
/** A disable-next-line directive closing a line; group 1 runs to the end of its code list. */
const TRAILING_DIRECTIVE = /(<!--\s*says-who-disable-next-line(?:[\s,]+[a-z-]+)*?)\s*-->[ \t]*$/;

/**
 * The edit of "Ignore this claim": a `<!-- says-who-disable-next-line CODE -->`
 * directive that silences the line the claim starts on (src/core/suppress.ts
 * reads it the same way in Markdown and plain text). A directive already
 * there gets the code added rather than a second comment stacked on it. The
 * comment never splits a paragraph: before a paragraph's first line it takes
 * a line of its own, inside a hard-wrapped paragraph it closes the line above.
 * Undefined when the finding is not a claim a directive can silence.
 */
export function ignoreClaimEdit(text: string, finding: Finding): TextEdit | undefined {
  if (finding.code === "malformed-directive" || !finding.claim) return undefined;
  const code = finding.code;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lineStart = text.lastIndexOf("\n", finding.start - 1) + 1;
  if (lineStart === 0) return { start: 0, end: 0, newText: `<!-- ${DIRECTIVE} ${code} -->${eol}` };
  const previousEnd = text[lineStart - 2] === "\r" ? lineStart - 2 : lineStart - 1;
  const previousStart = text.lastIndexOf("\n", previousEnd - 1) + 1;
  const previous = text.slice(previousStart, previousEnd);
  const existing = TRAILING_DIRECTIVE.exec(previous);
  if (existing) {
    const codes = existing[1]
      .slice(existing[1].indexOf(DIRECTIVE) + DIRECTIVE.length)
      .split(/[\s,]+/)
      .filter(Boolean);
    if (codes.length === 0 || codes.includes(code)) return undefined;
    const at = previousStart + existing.index + existing[1].length;
    return { start: at, end: at, newText: ` ${code}` };
  }
  if (previous.trim() === "")
    return { start: lineStart, end: lineStart, newText: `<!-- ${DIRECTIVE} ${code} -->${eol}` };
  return { start: previousEnd, end: previousEnd, newText: ` <!-- ${DIRECTIVE} ${code} -->` };
}

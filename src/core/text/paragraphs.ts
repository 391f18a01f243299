import { LineKind, MaskedText } from "./mask";

export type ParagraphKind = "text" | "list-item" | "blockquote";

export interface Paragraph {
  index: number;
  /** First and last prose character (after masking), end exclusive. */
  start: number;
  end: number;
  kind: ParagraphKind;
}

function isBoundary(previous: LineKind, current: LineKind): boolean {
  if (current === "list-item") return true;
  return (previous === "blockquote") !== (current === "blockquote");
}

/** Whether a line holds no prose: it closes the paragraph before it, and the reading after it starts afresh. */
export function isBreak(masked: MaskedText, n: number): boolean {
  const line = masked.lines[n];
  return line.kind === "blank" || masked.masked.slice(line.start, line.end).trim() === "";
}

/**
 * Splits masked text into paragraphs: blank lines, list items and block-quote
 * edges separate them. Reads from line `from` (the first after a break, or
 * the first) and stops after the first break at or after line `until`;
 * returns the paragraphs, numbered from `index`, and the line after that break.
 */
export function paragraphsIn(
  masked: MaskedText,
  from: number,
  until: number,
  index: number,
): { paragraphs: Paragraph[]; next: number } {
  const paragraphs: Paragraph[] = [];
  let open: { start: number; end: number; kind: ParagraphKind } | undefined;
  let previous: LineKind = "blank";
  const close = () => {
    if (!open) return;
    const body = masked.masked.slice(open.start, open.end);
    const lead = body.length - body.trimStart().length;
    const trail = body.length - body.trimEnd().length;
    if (open.end - trail > open.start + lead) {
      paragraphs.push({
        index: index + paragraphs.length,
        start: open.start + lead,
        end: open.end - trail,
        kind: open.kind,
      });
    }
    open = undefined;
  };
  for (let n = from; n < masked.lines.length; n++) {
    const line = masked.lines[n];
    if (isBreak(masked, n)) {
      close();
      previous = "blank";
      if (n >= until) return { paragraphs, next: n + 1 };
      continue;
    }
    if (open && isBoundary(previous, line.kind)) close();
    if (!open) {
      open = { start: line.start, end: line.end, kind: line.kind as ParagraphKind };
    } else {
      open.end = line.end;
    }
    previous = line.kind;
  }
  close();
  return { paragraphs, next: masked.lines.length };
}

/** Splits masked text into paragraphs: blank lines, list items and block-quote edges separate them. */
export function paragraphsOf(masked: MaskedText): Paragraph[] {
  return paragraphsIn(masked, 0, masked.lines.length, 0).paragraphs;
}

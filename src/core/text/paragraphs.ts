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

/** Splits masked text into paragraphs: blank lines, list items and block-quote edges separate them. */
export function paragraphsOf(masked: MaskedText): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: { start: number; end: number; kind: ParagraphKind } | undefined;
  let previous: LineKind = "blank";
  const close = () => {
    if (!open) return;
    const body = masked.masked.slice(open.start, open.end);
    const lead = body.length - body.trimStart().length;
    const trail = body.length - body.trimEnd().length;
    if (open.end - trail > open.start + lead) {
      paragraphs.push({ index: paragraphs.length, start: open.start + lead, end: open.end - trail, kind: open.kind });
    }
    open = undefined;
  };
  for (const line of masked.lines) {
    const prose = masked.masked.slice(line.start, line.end).trim() !== "";
    if (line.kind === "blank" || !prose) {
      close();
      previous = "blank";
      continue;
    }
    if (open && isBoundary(previous, line.kind)) close();
    if (!open) {
      open = { start: line.start, end: line.end, kind: line.kind === "text" ? "text" : line.kind };
    } else {
      open.end = line.end;
    }
    previous = line.kind;
  }
  close();
  return paragraphs;
}

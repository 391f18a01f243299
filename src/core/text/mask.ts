import { frontMatterSpan } from "./frontmatter";

export type DraftLanguage = "markdown" | "plaintext";

/** How a line of the draft opens, which decides the paragraph it belongs to. */
export type LineKind = "text" | "blank" | "list-item" | "blockquote";

/**
 * The draft with everything that is not prose blanked out, offset for offset.
 * Masked characters become spaces (newlines stay), so every span found in
 * `masked` is a span of `text` too.
 */
export interface MaskedText {
  text: string;
  masked: string;
  /** Line starts (offsets) and how each line opens. */
  lines: { start: number; end: number; kind: LineKind }[];
}

const LIST_MARKER = /^([ \t]{0,3})([-*+]|\d{1,9}[.)])([ \t]+)/;
const BLOCKQUOTE_MARKER = /^([ \t]{0,3}>[ \t]?)+/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const SETEXT_UNDERLINE = /^[ \t]{0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LINK_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$/;

/** CommonMark's HTML blocks (embeds, figures, tables): raw HTML is not prose (policy 1.1, v1.2). */
const HTML_RAW_OPEN = /^[ \t]{0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_OPEN =
  /^[ \t]{0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|\/>|$)/i;
const HTML_TAG_LINE = /^[ \t]{0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

/** Stretches to blank, collected first and applied in one pass: cheap on long drafts. */
type Blanks = [number, number][];

function blank(blanks: Blanks, start: number, end: number): void {
  if (end > start) blanks.push([start, end]);
}

/** Spaces for every character but line ends, which stay so that lines keep their offsets. */
export function blankOut(s: string): string {
  return s.indexOf("\n") < 0 && s.indexOf("\r") < 0 ? " ".repeat(s.length) : s.replace(/[^\r\n]/g, " ");
}

function applyBlanks(text: string, blanks: Blanks): string {
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of blanks) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), blankOut(text.slice(from, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

function lineTable(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      lines.push({ start, end: text.length });
      return lines;
    }
    const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ start, end });
    start = nl + 1;
  }
}

/** Every inline pattern below needs one of these marks, `://` or `www.` to match; most lines of prose have none. */
const INLINE_MARKS = /[`<[*\\]/;

function mayHaveInlineMarkup(line: string): boolean {
  return INLINE_MARKS.test(line) || line.includes("://") || line.includes("www.");
}

/** Blanks inline Markdown that is not prose: code spans, comments, tags, link targets, URLs. */
function maskInline(text: string, chars: Blanks, from: number, to: number): void {
  const slice = text.slice(from, to);
  if (!mayHaveInlineMarkup(slice)) return;
  const patterns: RegExp[] = [
    /(`+)[^`]*?\1/g,
    /<!--[\s\S]*?(?:-->|$)/g,
    /<\/?[A-Za-z][^<>\n]*>/g,
    /<(?:https?|mailto):[^<>\s]*>/g,
    /!\[[^\]\n]*\]\([^)\n]*\)/g,
    /\b(?:https?:\/\/|www\.)[^\s<>"“”'‘’)\]]*[^\s<>"“”'‘’)\].,;:!?]/g,
  ];
  for (const re of patterns) {
    for (const m of slice.matchAll(re)) blank(chars, from + m.index, from + m.index + m[0].length);
  }
  // Links keep their text (it may name the source) and lose their target.
  for (const m of slice.matchAll(/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g)) {
    const at = from + m.index;
    blank(chars, at, at + 1);
    blank(chars, at + 1 + m[1].length, at + m[0].length);
  }
  for (const m of slice.matchAll(/[*\\]+/g)) blank(chars, from + m.index, from + m.index + m[0].length);
}

/** Masks a draft. Plain text keeps everything but front matter; Markdown loses its markup. */
export function maskText(text: string, language: DraftLanguage = "markdown"): MaskedText {
  const chars: Blanks = [];
  const table = lineTable(text);
  const lines: MaskedText["lines"] = table.map((l) => ({ start: l.start, end: l.end, kind: "text" as LineKind }));
  const front = frontMatterSpan(text);
  if (front) blank(chars, front.start, front.end);

  let fence: string | undefined;
  /** Inside a raw HTML block: the closing tag that ends it, or a blank line. */
  let html: RegExp | "blank" | undefined;
  let previousBlank = true;
  for (let n = 0; n < table.length; n++) {
    const { start, end } = table[n];
    if (front && start < front.end) {
      lines[n].kind = "blank";
      continue;
    }
    const line = text.slice(start, end);
    if (language === "plaintext") {
      lines[n].kind = line.trim() === "" ? "blank" : "text";
      continue;
    }
    if (fence !== undefined) {
      blank(chars, start, end);
      lines[n].kind = "blank";
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    if (html !== undefined) {
      if (html === "blank" && line.trim() === "") {
        html = undefined;
        lines[n].kind = "blank";
        previousBlank = true;
        continue;
      }
      blank(chars, start, end);
      lines[n].kind = "blank";
      if (html !== "blank" && html.test(line)) html = undefined;
      continue;
    }
    const raw = previousBlank ? HTML_RAW_OPEN.exec(line) : null;
    if (raw || (previousBlank && (HTML_BLOCK_OPEN.test(line) || HTML_TAG_LINE.test(line)))) {
      const close = raw ? new RegExp(`</${raw[1]}>`, "i") : "blank";
      blank(chars, start, end);
      lines[n].kind = "blank";
      html = close !== "blank" && close.test(line) ? undefined : close;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      fence = fenceOpen[1];
      blank(chars, start, end);
      lines[n].kind = "blank";
      continue;
    }
    if (line.trim() === "") {
      lines[n].kind = "blank";
      previousBlank = true;
      continue;
    }
    const indentedCode = previousBlank && /^(?: {4}|\t)/.test(line) && !LIST_MARKER.test(line.trimStart());
    if (indentedCode || ATX_HEADING.test(line) || THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      blank(chars, start, end);
      lines[n].kind = "blank";
      previousBlank = true;
      continue;
    }
    const next = table[n + 1];
    if (next && SETEXT_UNDERLINE.test(text.slice(next.start, next.end)) && previousBlank) {
      blank(chars, start, next.end);
      lines[n].kind = "blank";
      lines[n + 1].kind = "blank";
      n++;
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    let contentStart = start;
    const quoteMarker = BLOCKQUOTE_MARKER.exec(line);
    if (quoteMarker) {
      blank(chars, start, start + quoteMarker[0].length);
      contentStart += quoteMarker[0].length;
      lines[n].kind = "blockquote";
      if (text.slice(contentStart, end).trim() === "") lines[n].kind = "blank";
    }
    const listMarker = LIST_MARKER.exec(text.slice(contentStart, end));
    if (listMarker) {
      blank(chars, contentStart, contentStart + listMarker[0].length);
      lines[n].kind = "list-item";
    }
  }
  if (language === "markdown") {
    for (const line of lines) if (line.kind !== "blank") maskInline(text, chars, line.start, line.end);
    // Comments and code spans may run over line ends.
    for (const m of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) blank(chars, m.index, m.index + m[0].length);
  }
  return { text, masked: applyBlanks(text, chars), lines };
}

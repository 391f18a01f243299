import { firstFrom } from "../sorted";
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

/** `text` from `from` to `to` with the stretches in `blanks` (clipped to that range) blanked. */
function applyBlanks(text: string, blanks: Blanks, from = 0, to = text.length): string {
  if (blanks.length === 0) return text.slice(from, to);
  blanks.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = from;
  for (const [start, end] of blanks) {
    const from = Math.max(start, at);
    const until = Math.min(end, to);
    if (until <= from) continue;
    parts.push(text.slice(at, from), blankOut(text.slice(from, until)));
    at = until;
  }
  parts.push(text.slice(at, to));
  return parts.join("");
}

function lineTable(text: string): MaskedText["lines"] {
  const lines: MaskedText["lines"] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      lines.push({ start, end: text.length, kind: "text" });
      return lines;
    }
    const end = nl > start && text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ start, end, kind: "text" });
    start = nl + 1;
  }
}

/** Every inline pattern below needs one of these marks, `://` or `www.` to match; most lines of prose have none. */
const INLINE_MARKS = /[`<[*_\\]/;

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
  // An underscore between two letters or digits is part of a word (snake_case, a file name), never emphasis.
  for (const m of slice.matchAll(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu)) {
    blank(chars, from + m.index, from + m.index + m[0].length);
  }
}

/**
 * Where the line-by-line reading stands as a line begins: inside a fence
 * (its opening run) or an HTML block (what ends it), and whether the line
 * before was blank. Two readings in the same state at the same text read
 * the rest alike.
 */
interface LineState {
  fence?: string;
  html?: RegExp | "blank";
  previousBlank: boolean;
}

const AFTER_BLANK: LineState = { previousBlank: true };
const AFTER_TEXT: LineState = { previousBlank: false };

function sameState(a: LineState | undefined, b: LineState | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const html =
    a.html === b.html || (a.html instanceof RegExp && b.html instanceof RegExp && a.html.source === b.html.source);
  return a.fence === b.fence && html && a.previousBlank === b.previousBlank;
}

/** A masked draft with what masking an edited version of it again from near the edit needs. */
export interface TracedMask extends MaskedText {
  language: DraftLanguage;
  front?: { start: number; end: number };
  /** The state each line began in; none for a line read along with the one before (a setext underline). */
  states: (LineState | undefined)[];
  /** HTML comments, which may run over line ends (to the end of the draft when left open). */
  comments: Blanks;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

function commentsOf(text: string, language: DraftLanguage): Blanks {
  if (language !== "markdown" || !text.includes("<!--")) return [];
  return [...text.matchAll(COMMENT)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/**
 * Reads lines from `from` on, as maskText does, starting in `state`; stops
 * before a line at which `done` says the reading agrees with an earlier one
 * (and from then on would), and returns that line's index.
 */
function maskLines(
  mask: Pick<TracedMask, "text" | "lines" | "states" | "language" | "front">,
  from: number,
  state: LineState,
  chars: Blanks,
  done: (n: number, state: LineState) => boolean,
): number {
  const { text, lines, states, language, front } = mask;
  let fence = state.fence;
  /** Inside a raw HTML block: the closing tag that ends it, or a blank line. */
  let html = state.html;
  let previousBlank = state.previousBlank;
  let n = from;
  for (; n < lines.length; n++) {
    const now: LineState =
      fence === undefined && html === undefined
        ? previousBlank
          ? AFTER_BLANK
          : AFTER_TEXT
        : { fence, html, previousBlank };
    if (n > from && done(n, now)) return n;
    states[n] = now;
    const { start, end } = lines[n];
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
    const next = lines[n + 1];
    if (next && SETEXT_UNDERLINE.test(text.slice(next.start, next.end)) && previousBlank) {
      blank(chars, start, next.end);
      lines[n].kind = "blank";
      next.kind = "blank";
      n++;
      states[n] = undefined;
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
  return n;
}

/** Blanks the inline markup of lines [from, to) that hold prose. */
function maskInlineLines(mask: MaskedText, chars: Blanks, from: number, to: number): void {
  for (let n = from; n < to; n++) {
    const line = mask.lines[n];
    if (line.kind !== "blank") maskInline(mask.text, chars, line.start, line.end);
  }
}

/** Masks a draft. Plain text keeps everything but front matter; Markdown loses its markup. */
export function maskText(text: string, language: DraftLanguage = "markdown"): TracedMask {
  const chars: Blanks = [];
  const front = frontMatterSpan(text);
  const mask: TracedMask = {
    text,
    masked: "",
    lines: lineTable(text),
    language,
    ...(front ? { front: { start: front.start, end: front.end } } : {}),
    states: [],
    comments: commentsOf(text, language),
  };
  if (front) blank(chars, front.start, front.end);
  maskLines(mask, 0, AFTER_BLANK, chars, () => false);
  if (language === "markdown") maskInlineLines(mask, chars, 0, mask.lines.length);
  chars.push(...mask.comments);
  mask.masked = applyBlanks(text, chars);
  return mask;
}

/** The comments that overlap [from, to), clipped to it and moved by `by`. */
function clipped(comments: Blanks, from: number, to: number, by: number): string {
  const kept: string[] = [];
  for (const [start, end] of comments)
    if (end > from && start < to) kept.push(`${Math.max(start, from) + by},${Math.min(end, to) + by}`);
  return kept.join(";");
}

/**
 * What masking an edit re-read: the new mask, and the lines [from, to)
 * read again, whose text spans [lines[from].start, lines[to].start); lines
 * from `to` on are the previous version's from `to - lines` on.
 */
export interface Remasked {
  mask: TracedMask;
  from: number;
  to: number;
  /** How many more lines the new version has. */
  lines: number;
}

/**
 * Masks a new version of a draft that shares its first `same` and last
 * `tail` characters with `previous`: lines well before the edit keep their
 * masking, lines after it where the reading is back in the state it was in
 * keep theirs (moved), and the lines between are read again. Undefined when
 * the edit reaches what lies outside lines (front matter, a comment left
 * open): then the draft is masked from scratch.
 */
export function remaskText(previous: TracedMask, text: string, same: number, tail: number): Remasked | undefined {
  const { language } = previous;
  const frontNow = frontMatterSpan(text);
  const front = previous.front;
  if (frontNow?.end !== front?.end || (front && front.end > same)) return undefined;
  const shift = text.length - previous.text.length;
  const lines = lineTable(text);
  const delta = lines.length - previous.lines.length;
  // The first line the edit touches, and the one before (a setext heading reads two lines).
  const touched = Math.max(0, firstFrom(previous.lines, same + 1, (l) => l.start) - 1);
  let from = Math.max(0, touched - 1);
  while (from > 0 && previous.states[from] === undefined) from--;
  for (let n = 0; n < from; n++) lines[n].kind = previous.lines[n].kind;
  const mask: TracedMask = {
    text,
    masked: "",
    lines,
    language,
    ...(front ? { front } : {}),
    states: previous.states.slice(0, from),
    comments: commentsOf(text, language),
  };
  const unchanged = text.length - tail;
  const chars: Blanks = [];
  const to = maskLines(mask, from, previous.states[from] ?? AFTER_BLANK, chars, (n, state) => {
    const was = n - delta;
    return (
      lines[n].start >= unchanged &&
      was >= 0 &&
      previous.lines[was].start === lines[n].start - shift &&
      sameState(state, previous.states[was])
    );
  });
  for (let n = to; n < lines.length; n++) {
    lines[n].kind = previous.lines[n - delta].kind;
    mask.states.push(previous.states[n - delta]);
  }
  const start = lines[from].start;
  const end = to < lines.length ? lines[to].start : text.length;
  // Comments before the lines read again are as they were (each is found from the end of the one before);
  // after them, an edit may have opened or closed one that runs on.
  if (
    clipped(mask.comments, end, text.length, 0) !== clipped(previous.comments, end - shift, previous.text.length, shift)
  )
    return undefined;
  if (front) blank(chars, front.start, front.end);
  if (language === "markdown") maskInlineLines(mask, chars, from, to);
  chars.push(...mask.comments);
  const masked = applyBlanks(text, chars, start, end);
  mask.masked = previous.masked.slice(0, start) + masked + previous.masked.slice(end - shift);
  return { mask, from, to, lines: delta };
}

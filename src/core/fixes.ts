import { DraftLayout, paragraphAround, sentenceHolding } from "./text/layout";
import { plainSentences } from "./text/sentences";
import { plainVerb } from "./fixVerb";
import { UNFIXABLE } from "./messages";
import { Claim, Fix, Span, StyleProfile, TextEdit, Unfixable } from "./types";
import { LETTER_OR_DIGIT, SENTENCE_END } from "./text/patterns";

// Made once at module level, as text/patterns.ts says why.
const TRAILING_BLANKS = /[ \t]*$/;
const COMMA_OR_STOP = /[.,]/;
const ASKS_OR_EXCLAIMS = /[?!]/;
const CLOSING_MARKS = /[.!?…:;]+$/;

/**
 * Attribution text for a claim, written in a style and joined to the draft
 * with the right punctuation. A fix inserts the attribution and changes
 * nothing else but the punctuation that joins it (`busy."` becomes
 * `busy," Grabsky said.`), so every word of the draft survives it.
 */
export interface Attributor {
  /** Who: "Zelensky", "union president Carla Nguyen", "SOURCE". */
  subject: string;
  /** On first reference: "a reserve colonel in Ukraine’s military". */
  appositive?: string;
  /** The speech verb: "said", "wrote"; for numbers, "according to" names the source after it. */
  verb: string;
  /** Time and place after the verb: "Thursday on the social platform X". */
  complement?: string;
}

/** The word a placeholder fix asks the reporter to replace. */
export const PLACEHOLDER = "SOURCE";

/** The word a fix uses for a number stated in the article's own voice when the article never names its publication. */
export const PUBLICATION_PLACEHOLDER = "PUBLICATION";

const STRAY_MARK = /["'\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A]/;
/** Marks that can close a quotation, as the quote scanner reads them (`„…“` and `»…«` close with an opening mark elsewhere). */
const CLOSING = new Set(['"', "\u201D", "\u2019", "'", "\u00BB", "\u00AB", "\u201C", "\u2018"]);
const INVERTIBLE = new Set(["said", "says"]);

/** "Grabsky said", "said Serhiy Grabsky, a reserve colonel…", "Zelensky wrote Thursday on X", "according to The Hill". */
export function clause(who: Attributor, style: StyleProfile, leadIn = false): string {
  if (who.verb === "according to") return `according to ${who.subject}${who.appositive ? `, ${who.appositive}` : ""}`;
  const tail = who.complement ? ` ${who.complement}` : "";
  const inverted =
    !leadIn && !who.complement && INVERTIBLE.has(who.verb) && (style.order === "verb-first" || !!who.appositive);
  if (inverted) return `${who.verb} ${who.subject}${who.appositive ? `, ${who.appositive}` : ""}`;
  return `${who.subject}${who.appositive ? `, ${who.appositive},` : ""} ${who.verb}${tail}`;
}

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether text put at `at` would open its sentence: nothing but marks and spaces stand before it. */
export const opensSentence = (text: string, sentence: Span, at: number) =>
  !LETTER_OR_DIGIT.test(text.slice(sentence.start, at));

/**
 * The edit that puts `phrase` at the end of the sentence ending at `end`:
 * `busy."` → `busy," Grabsky said.`; `lab”.` → `lab,” X said.` (or `lab”, X
 * said.` where the style keeps punctuation outside); `hold.` → `hold,
 * according to The Hill.`; a line with no stop gets `, phrase`.
 */
export function joinAtEnd(text: string, end: number, phrase: string, style: StyleProfile): TextEdit {
  return keepApart(text, joinedAtEnd(text, end, phrase, style));
}

/**
 * Where a sentence end runs straight into text the checker does not read (a
 * link target, a URL cut by a line break), a space keeps the inserted words
 * from gluing onto the draft's.
 */
function keepApart(text: string, edit: TextEdit): TextEdit {
  return LETTER_OR_DIGIT.test(text[edit.end] ?? "") ? { ...edit, newText: `${edit.newText} ` } : edit;
}

function joinedAtEnd(text: string, end: number, phrase: string, style: StyleProfile): TextEdit {
  const last = text[end - 1] ?? "";
  if (CLOSING.has(last)) {
    // A space typed before the closing mark (`night. "`) goes, so the comma meets the words it follows.
    const blanks = TRAILING_BLANKS.exec(text.slice(Math.max(0, end - 1 - 12), end - 1))![0].length;
    const word = end - 1 - blanks;
    const before = text[word - 1] ?? "";
    if (COMMA_OR_STOP.test(before)) return { start: word - 1, end, newText: `,${last} ${phrase}.` };
    if (ASKS_OR_EXCLAIMS.test(before)) return { start: word, end, newText: `${last} ${phrase}.` };
    return style.punctuationInside
      ? { start: word, end, newText: `,${last} ${phrase}.` }
      : { start: end, end, newText: `, ${phrase}.` };
  }
  const before = text[end - 2] ?? "";
  if (last === "." && CLOSING.has(before)) {
    return style.punctuationInside
      ? { start: end - 2, end, newText: `,${before} ${phrase}.` }
      : { start: end - 1, end, newText: `, ${phrase}.` };
  }
  const stops = CLOSING_MARKS.exec(text.slice(Math.max(0, end - 12), end));
  const at = stops ? end - stops[0].length : end;
  return { start: at, end: at, newText: `, ${phrase}` };
}

/** Whether a quote is its paragraph's only text (besides punctuation). */
function standsAlone(draft: DraftLayout, claim: Claim): boolean {
  const paragraph = paragraphAround(draft, claim.start);
  return paragraph.start === claim.start && !LETTER_OR_DIGIT.test(draft.text.slice(claim.end, paragraph.end));
}

/** `groceries. We` → `groceries,” Nguyen said. “We`: the attribution after the quote's first sentence. */
function afterFirstSentence(text: string, claim: Claim, phrase: string): TextEdit | undefined {
  const open = claim.text[0];
  const close = claim.text[claim.text.length - 1];
  const innerStart = claim.start + 1;
  const inner = text.slice(innerStart, claim.end - 1);
  const pieces = plainSentences(inner);
  if (pieces.length < 2) return undefined;
  const stop = inner[pieces[0].end - 1];
  if (!SENTENCE_END.test(stop)) return undefined;
  const start = innerStart + pieces[0].end - 1;
  const end = innerStart + pieces[1].start;
  return { start, end, newText: `${stop === "." ? "," : stop}${close} ${phrase}. ${open}` };
}

/** The edit that attributes a quote: before it with a colon, after its first sentence, or at the end of its sentence. */
export function quoteEdit(draft: DraftLayout, claim: Claim, who: Attributor, style: StyleProfile): TextEdit {
  const alone = standsAlone(draft, claim);
  if (alone && style.placement === "colon-before") {
    return { start: claim.start, end: claim.start, newText: `${capitalise(clause(who, style, true))}: ` };
  }
  if (alone && style.placement === "after-first-sentence") {
    const edit = afterFirstSentence(draft.text, claim, clause(who, style));
    if (edit) return edit;
  }
  return joinAtEnd(draft.text, quoteSentenceEnd(draft, claim), clause(who, style), style);
}

/**
 * Where a quote's attribution goes at the end of its sentence; right after
 * the quote when a stray quotation mark follows it there (`…now.” „`), since
 * past that mark the attribution would open a quotation of its own.
 */
function quoteSentenceEnd(draft: DraftLayout, claim: Claim): number {
  const end = sentenceEnd(draft, claim);
  const rest = draft.text.slice(claim.end, end);
  return STRAY_MARK.test(rest) && !LETTER_OR_DIGIT.test(rest) ? claim.end : end;
}

/**
 * Where the sentence that holds a claim's last character ends: a quote that
 * ends its sentence (`…months." The offensive began …`) is attributed there,
 * not at the end of the next sentence.
 */
function sentenceEnd(draft: DraftLayout, claim: Claim): number {
  return Math.max(sentenceHolding(draft, claim.end - 1).end, claim.end);
}

/** The edit that attributes a number at the end of its sentence: `…hold, according to The Hill.` */
export function numberEdit(draft: DraftLayout, claim: Claim, who: Attributor, style: StyleProfile): TextEdit {
  return joinAtEnd(draft.text, sentenceEnd(draft, claim), clause(who, style), style);
}

/** A fix with its edits moved by `by` characters of the draft (a memo's fix whose paragraph moved): a copy, or the fix itself when `by` is 0. */
export function movedFix(fix: Fix, by: number): Fix {
  if (by === 0) return fix;
  return withEdits(
    fix,
    fix.edits.map((e) => ({ start: e.start + by, end: e.end + by, newText: e.newText })),
  );
}

/** A fix that writes an attribution for a claim. */
export function attributionFix(
  draft: DraftLayout,
  claim: Claim,
  who: Attributor,
  style: StyleProfile,
  title: string,
  isPreferred: boolean,
): Fix {
  const edit = claim.kind === "quote" ? quoteEdit(draft, claim, who, style) : numberEdit(draft, claim, who, style);
  return { title, edits: [edit], isPreferred };
}

/**
 * A fix with SOURCE (or PUBLICATION) where the source goes, for the editor to
 * turn into a snippet. A number's depends on the number only through where
 * its sentence ends: every number of a sentence gets the same one, so it is
 * written once a sentence, not once a figure of a list of thousands.
 */
export function placeholderFix(
  draft: DraftLayout,
  claim: Claim,
  style: StyleProfile,
  isPreferred: boolean,
  why?: Unfixable,
): Fix {
  if (claim.kind !== "number") return writePlaceholderFix(draft, claim, style, isPreferred, why);
  const end = sentenceEnd(draft, claim);
  const last = draft.numberPlaceholder;
  if (last && last.end === end && last.style === style && last.isPreferred === isPreferred && last.why === why)
    return withEdits(last.fix, last.fix.edits);
  const fix = writePlaceholderFix(draft, claim, style, isPreferred, why);
  draft.numberPlaceholder = { end, style, isPreferred, why, fix };
  return withEdits(fix, fix.edits);
}

/**
 * A fix of its own with these edits (a fix's edits and placeholder are never
 * changed once made, so they may be shared). Written out, not spread: fixes
 * come in several shapes, and a spread of many shapes takes V8's slow path,
 * which a list of thousands of numbers takes once a number.
 */
function withEdits(fix: Fix, edits: TextEdit[]): Fix {
  const { title, isPreferred, placeholder, unfixable } = fix;
  if (unfixable !== undefined) return { title, edits, isPreferred, ...(placeholder ? { placeholder } : {}), unfixable };
  return placeholder ? { title, edits, isPreferred, placeholder } : { title, edits, isPreferred };
}

function writePlaceholderFix(
  draft: DraftLayout,
  claim: Claim,
  style: StyleProfile,
  isPreferred: boolean,
  why?: Unfixable,
): Fix {
  const placeholder = why === "no-publication" ? PUBLICATION_PLACEHOLDER : PLACEHOLDER;
  const who: Attributor = {
    subject: placeholder,
    verb: claim.kind === "number" && style.dataVerb === "according to" ? "according to" : plainVerb(style),
  };
  // A plain copy, then the order: a spread with a property after it defines it the slow way, once a sentence.
  const subjectFirst = { ...style };
  subjectFirst.order = "subject-first";
  const { title, edits } = attributionFix(
    draft,
    claim,
    who,
    subjectFirst,
    `Add attribution (${why ? UNFIXABLE[why].title : "name the source"})`,
    isPreferred,
  );
  const at = edits[0].newText.indexOf(placeholder);
  const span = { start: at, end: at + placeholder.length };
  // Written out, not spread: a property added after a spread costs a microsecond, and a list of thousands of figures writes one of these a figure.
  return why
    ? { title, edits, isPreferred, placeholder: span, unfixable: why }
    : { title, edits, isPreferred, placeholder: span };
}

import { ENTRY_NOUNS } from "../policy/namedEntries";
import { KINDS_ONLY_AFTER, NAMING_INTRODUCERS, TITLE_SMALL_WORDS, WORK_NOUNS } from "../policy/worksTitles";

/** The word right before a quotation, or before the `:`, `?` or dash that introduces it (`The tagline? "…"`). */
const WORD_BEFORE = /(\p{L}+)(?:[ \t]+|[ \t]*[:?\u2014\u2013][ \t]*)$/u;
/** The first word after a quotation, past one lower-case modifier (`"…" ad campaign`), in the same clause. */
const WORD_AFTER = /^[ \t]+(?:(?!(?:the|a|an|his|her|its|their|our|this|that)[ \t])(\p{Ll}+)[ \t]+)?(\p{Ll}+)/u;
const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;

/** Every word capitalised but the small ones (`Takin' It to the Streets`), with more than one word. */
function isTitleCase(inner: string): boolean {
  const words = inner.match(WORD) ?? [];
  if (words.length < 2 || !/^[\p{Lu}\p{N}]/u.test(words[0] ?? "")) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * Policy 1.1 (v1.2): a title of a work or a name in quotation marks, of any
 * length: a word before it introduces a title or a name (`the film "…"`,
 * `dubbed "…"`, `this year's entry — "…"`), the kind of thing it names follows it (`the "…" campaign`),
 * or it is in Title Case throughout.
 */
export function isTitleOfWork(masked: string, span: { start: number; end: number; inner: string }): boolean {
  if (isTitleCase(span.inner)) return true;
  const before = masked.slice(Math.max(0, span.start - 48), span.start);
  if (NAMING_INTRODUCERS.some((re) => re.test(before))) return true;
  const last = WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (last !== undefined && (WORK_NOUNS.has(last) || ENTRY_NOUNS.has(last)) && !KINDS_ONLY_AFTER.has(last)) return true;
  const after = WORD_AFTER.exec(masked.slice(span.end, span.end + 40));
  return after !== null && (WORK_NOUNS.has(after[1] ?? "") || WORK_NOUNS.has(after[2]));
}

import { TextEdit } from "../types";
import { Difference } from "./quoteAlignment";
import { FidelityWord } from "./words";
import { SENTENCE_END, SPACE } from "../text/patterns";

/**
 * The edits that make a draft's quotation say the source's words again,
 * touching only the words that differ: every other word of the draft, its
 * quote marks and the punctuation that joins its attribution stay.
 */
export function restoreEdits(source: string, draft: string, words: FidelityWord[], diffs: Difference[]): TextEdit[] {
  return diffs.map((d) => {
    const said = sourceWords(source, d.source);
    if (d.draft.length > 0 && d.source.length > 0) {
      const end = d.draft[d.draft.length - 1].end;
      const before = words[d.at - 1];
      // "not a mistake, it is" for the source's "not a mistake. That is": the source's full stop comes back with its
      // word, or the fix would read "mistake, That is".
      const ours = before && draft.slice(before.end, d.draft[0].start);
      const theirs = GAP_BEFORE.exec(source.slice(Math.max(0, d.source[0].start - 12), d.source[0].start))?.[0];
      const gaps = ours !== undefined && theirs !== undefined && SPACE.test(theirs) && PLAIN_GAP.test(ours);
      if (gaps && ours !== theirs && SENTENCE_END.test(ours + theirs))
        return { start: before.end, end, newText: `${theirs}${said}` };
      return { start: d.draft[0].start, end, newText: said };
    }
    if (d.draft.length > 0) {
      const before = words[d.at - 1];
      const after = words[d.at + d.draft.length];
      const end = d.draft[d.draft.length - 1].end;
      // "a pause and not a collapse" loses "and" for the source's "a pause, not a collapse": the words on each side
      // join as the source joins them. "Friday. Knock on their door." loses " Knock on their door"; a first word goes
      // with the space after it.
      const join = d.sourceGap && source.slice(d.sourceGap.start, d.sourceGap.end);
      if (before && after && join && LINE_GAP.test(join) && PLAIN_GAP.test(draft.slice(end, after.start)))
        return { start: before.end, end: after.start, newText: join };
      if (before) return { start: before.end, end, newText: "" };
      if (!after) return { start: d.draft[0].start, end, newText: "" };
      // "Frankly, our members are tired" loses "Frankly, " and the quote still opens with a capital.
      const opens = /^\p{Lu}/u.test(draft.slice(d.draft[0].start, d.draft[0].end));
      const next = draft.slice(after.start, after.start + 1);
      return opens && /\p{Ll}/u.test(next)
        ? { start: d.draft[0].start, end: after.start + 1, newText: next.toUpperCase() }
        : { start: d.draft[0].start, end: after.start, newText: "" };
    }
    const after = words[d.at];
    const before = words[d.at - 1];
    // Dropped words go back on the side the source joins them to: "'get out now' and" puts "now" after "out".
    const joinsBefore = /[\p{L}\p{N}][ \t]+$/u.test(
      source.slice(Math.max(0, d.source[0].start - 40), d.source[0].start),
    );
    if (after && !(before && joinsBefore)) return { start: after.start, end: after.start, newText: `${said} ` };
    return { start: before.end, end: before.end, newText: ` ${said}` };
  });
}

/** What stands between two words: spaces and punctuation, no quote mark (a quote split by its attribution is not one gap). */
const GAP = "[\\s.,;:!?\\u2013\\u2014-]*";
const GAP_BEFORE = new RegExp(`${GAP}$`, "u");
const PLAIN_GAP = new RegExp(`^${GAP}$`, "u");
/** A gap within one line: `, ` joins two words, a line break does not join them in a fix. */
const LINE_GAP = new RegExp(`^${GAP.replace("\\s", " \\t")}$`, "u");

/** The source's words as it writes them, or one by one where they run across quote marks or lines. */
function sourceWords(source: string, words: FidelityWord[]): string {
  if (words.length === 0) return "";
  const raw = source.slice(words[0].start, words[words.length - 1].end);
  if (!/["\u201C\u201D\n]|(?<!\p{L})['\u2018\u2019]|['\u2018\u2019](?!\p{L})/u.test(raw)) return raw;
  return words.map((w) => source.slice(w.start, w.end)).join(" ");
}

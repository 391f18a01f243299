import { SourceIndex } from "../source";
import { AnalysedSource } from "../source/analysis";
import { Span } from "../types";
import { sourceWords } from "./sourceWords";
import { FidelityWord, wordsOf } from "./words";

/**
 * Runs of a source article's words that a draft repeats outside quotation
 * marks (policy 5, `uncredited-copy`). Words are counted as the policy's
 * labels count them: letters and digits with the apostrophes, points and
 * commas inside a word, a hyphen splitting it, case and punctuation ignored;
 * a run ends at a quotation mark and at the end of its sentence.
 */
export interface CopiedRun extends Span {
  source: AnalysedSource;
  /** Where the run's words start and end in the source article. */
  from: Span;
  words: number;
}

/** The longest run of the source's words starting at the draft's word `i`, over every source. */
function longestAt(words: FidelityWord[], i: number, index: SourceIndex): (CopiedRun & { length: number }) | undefined {
  let best: (CopiedRun & { length: number }) | undefined;
  for (const source of index.sources) {
    const { list, at } = sourceWords(source);
    for (const p of at.get(words[i].word) ?? []) {
      let n = 0;
      while (i + n < words.length && p + n < list.length && list[p + n].word === words[i + n].word) n++;
      if (!best || n > best.length) {
        best = {
          start: words[i].start,
          end: words[i + n - 1].end,
          source,
          from: { start: list[p].start, end: list[p + n - 1].end },
          words: n,
          length: n,
        };
      }
    }
  }
  return best;
}

/**
 * The copied runs of `minWords` or more in the stretches of a sentence that
 * lie outside its quotations (each stretch given as a span of `text`, inside
 * the sentence). What it finds depends on the sentence's text and where the
 * stretches are in it alone, so the index keeps it by them, offsets from the
 * sentence's start.
 */
export function copiedRuns(
  text: string,
  sentence: Span,
  stretches: Span[],
  minWords: number,
  index: SourceIndex,
): CopiedRun[] {
  const from = sentence.start;
  const key = `${minWords}\u0000${placesOf(stretches, from)}\u0000${text.slice(from, sentence.end)}`;
  const runs = index.copyRuns.remember(key, () => readRuns(text, stretches, minWords, index, from));
  // Most sentences copy nothing: the kept empty list is shared (nothing writes to it).
  if (runs.length === 0) return runs;
  return runs.map((run) => ({ ...run, start: run.start + from, end: run.end + from }));
}

/** Where the stretches are, offsets less `base`, as the key writes them: built up, not mapped and joined, once a sentence. */
function placesOf(stretches: Span[], base: number): string {
  let where = "";
  for (let i = 0; i < stretches.length; i++)
    where += `${i > 0 ? ";" : ""}${stretches[i].start - base},${stretches[i].end - base}`;
  return where;
}

/** The runs of the stretches, offsets less `base`. */
function readRuns(text: string, stretches: Span[], minWords: number, index: SourceIndex, base: number): CopiedRun[] {
  const runs: CopiedRun[] = [];
  for (const stretch of stretches) {
    const words = wordsOf(text.slice(stretch.start, stretch.end), stretch.start - base);
    for (let i = 0; i + minWords <= words.length;) {
      const run = longestAt(words, i, index);
      if (run && run.length >= minWords) {
        runs.push({ start: run.start, end: run.end, source: run.source, from: run.from, words: run.words });
        i += run.length;
      } else i++;
    }
  }
  return runs;
}

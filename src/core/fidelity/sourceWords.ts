import { AnalysedSource } from "../source/analysis";
import { FidelityWord, QuotedWords, wordsOf } from "./words";

/**
 * A source article's body as a list of compared words with every word's
 * positions, built once per source version: where copied runs are sought and
 * where a quotation is checked for standing word for word.
 */
export interface SourceWords {
  list: FidelityWord[];
  at: Map<string, number[]>;
}

const indexed = new WeakMap<AnalysedSource, SourceWords>();

export function sourceWords(source: AnalysedSource): SourceWords {
  let found = indexed.get(source);
  if (found) return found;
  const { article } = source;
  const list = article.paragraphs
    .filter((p) => !p.headline)
    .flatMap((p) => wordsOf(article.text.slice(p.start, p.end), p.start));
  const at = new Map<string, number[]>();
  list.forEach((w, i) => {
    const seen = at.get(w.word);
    if (seen) seen.push(i);
    else at.set(w.word, [i]);
  });
  found = { list, at };
  indexed.set(source, found);
  return found;
}

/** Where a run of words stands in the source word for word, from `after` on; -1 when it does not. */
function runAt(index: SourceWords, words: FidelityWord[], after: number): number {
  for (const p of index.at.get(words[0].word) ?? []) {
    if (p < after) continue;
    let n = 0;
    while (n < words.length && index.list[p + n]?.word === words[n].word) n++;
    if (n === words.length) return p;
  }
  return -1;
}

/**
 * Whether a draft's quotation stands in the source word for word: each stretch
 * between its ellipses and brackets somewhere in the article, in order,
 * whatever the article's quotations and speakers are read to be.
 */
export function standsVerbatim(source: AnalysedSource, quoted: QuotedWords): boolean {
  const index = sourceWords(source);
  const stretches: FidelityWord[][] = [[]];
  quoted.words.forEach((w, i) => {
    if (i > 0 && quoted.gaps.has(i)) stretches.push([]);
    stretches[stretches.length - 1].push(w);
  });
  let after = 0;
  for (const stretch of stretches) {
    if (stretch.length === 0) continue;
    const at = runAt(index, stretch, after);
    if (at < 0) return false;
    after = at + stretch.length;
  }
  return true;
}

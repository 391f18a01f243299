import { diffArrays } from "diff";
import { Comparison } from "../types";
import { normalWord } from "./words";

/**
 * The two wordings of a fidelity finding, word by word, each word marked
 * when the other wording lacks it: what a hover shows side by side. Words
 * compare as policy 5 compares them (case, apostrophes and punctuation
 * aside).
 */
export interface MarkedWord {
  text: string;
  differs: boolean;
}

export interface WordDiff {
  draft: MarkedWord[];
  source: MarkedWord[];
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const key = (w: string) => normalWord(w).replace(/[^\p{L}\p{N}']/gu, "");

export function wordDiff(comparison: Comparison): WordDiff {
  const draft = words(comparison.draft);
  const source = words(comparison.source);
  const result: WordDiff = { draft: [], source: [] };
  let d = 0;
  let s = 0;
  for (const change of diffArrays(source.map(key), draft.map(key))) {
    if (change.added) {
      for (let k = 0; k < change.count; k++) result.draft.push({ text: draft[d++], differs: true });
    } else if (change.removed) {
      for (let k = 0; k < change.count; k++) result.source.push({ text: source[s++], differs: true });
    } else {
      for (let k = 0; k < change.count; k++) {
        result.draft.push({ text: draft[d++], differs: false });
        result.source.push({ text: source[s++], differs: false });
      }
    }
  }
  return result;
}

import { APPROXIMATOR_PHRASES } from "../policy/approximators";
import { Token } from "../text/tokens";

const APPROXIMATORS = APPROXIMATOR_PHRASES.map((a) => a.split(" "));
const lastOf = (words: string[]) => words[words.length - 1];

/**
 * The phrases by their last word, each list in the policy's order: only the
 * phrases ending in the word right before a number can match, and every
 * number asks.
 */
const BY_LAST_WORD: ReadonlyMap<string, string[][]> = new Map(
  APPROXIMATORS.map((words) => [lastOf(words), APPROXIMATORS.filter((other) => lastOf(other) === lastOf(words))]),
);

/** Where the approximator before the token at `first` starts, or `first` when there is none. */
export function matchApproximator(tokens: Token[], first: number): number {
  if (first < 1) return first;
  const phrases = BY_LAST_WORD.get(tokens[first - 1].lower);
  if (!phrases) return first;
  for (const words of phrases) {
    const start = first - words.length;
    if (start < 0) continue;
    let k = 0;
    while (k < words.length && tokens[start + k].lower === words[k]) k++;
    if (k === words.length) return start;
  }
  return first;
}

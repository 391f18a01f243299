import { APPROXIMATOR_PHRASES } from "../policy/approximators";
import { Token } from "../text/tokens";

const APPROXIMATORS = APPROXIMATOR_PHRASES.map((a) => a.split(" "));

/** Where the approximator before the token at `first` starts, or `first` when there is none. */
export function matchApproximator(tokens: Token[], first: number): number {
  for (const words of APPROXIMATORS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k].lower === w)) return start;
  }
  return first;
}

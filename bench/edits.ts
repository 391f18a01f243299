/**
 * Edits a reporter makes to a long draft, as a sequence of versions: each
 * run of a scenario checks the next version with the cache the previous
 * versions left, as the extension would on each pause in typing.
 */
export interface EditScenario {
  name: string;
  /** The draft after the i-th edit (i = -1 for the warm-up run). */
  version: (i: number) => string;
}

const TYPED = "reportedly, according to people familiar with the talks, and after a week of silence ";

/** The first n characters the reporter types: the phrase again and again, so every version differs from the last. */
const typedUpTo = (n: number) => TYPED.repeat(Math.ceil(n / TYPED.length)).slice(0, n);

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) starts.push(at + 2);
  return starts;
}

/** Typing one character after another into the middle paragraph, after its first word. */
export function typing(base: string): EditScenario {
  const starts = paragraphStarts(base);
  const p = starts[starts.length >> 1];
  const at = base.indexOf(" ", p) + 1;
  return { name: "one-character edit", version: (i) => base.slice(0, at) + typedUpTo(i + 2) + base.slice(at) };
}

/** Pasting a new paragraph (a different one each time) into the middle of the draft. */
export function insertedParagraph(base: string, fresh: string[]): EditScenario {
  const starts = paragraphStarts(base);
  const at = starts[starts.length >> 1];
  return {
    name: "inserted paragraph",
    version: (i) => `${base.slice(0, at)}${fresh[(i + 1) % fresh.length]}\n\n${base.slice(at)}`,
  };
}

/** Deleting one paragraph (a different one each time) from the middle of the draft. */
export function deletedParagraph(base: string): EditScenario {
  const starts = paragraphStarts(base);
  return {
    name: "deleted paragraph",
    version: (i) => {
      const k = (starts.length >> 1) + i + 1;
      return base.slice(0, starts[k]) + base.slice(starts[k + 1] ?? base.length);
    },
  };
}

/** The same draft again: what a check costs when nothing changed (a save, a settings event). */
export function unchanged(base: string): EditScenario {
  return { name: "unchanged re-check", version: () => base };
}

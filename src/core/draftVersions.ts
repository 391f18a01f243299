/**
 * How many characters `a` and `b` share at the start, up to `limit`: a binary
 * search over stretches compared whole, which the engine does at memory
 * speed, where comparing character by character costs a keystroke on a long
 * draft a tenth of a millisecond. `end` compares stretches at the end instead.
 */
function shared(a: string, b: string, limit: number, end: boolean): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const same = end
      ? a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)
      : a.slice(lo, mid) === b.slice(lo, mid);
    if (same) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters two versions of a text share at the start, and then at the end (not overlapping the start). */
export function sharedEnds(old: string, text: string): { same: number; tail: number } {
  const limit = Math.min(old.length, text.length);
  const same = shared(old, text, limit, false);
  return { same, tail: shared(old, text, limit - same, true) };
}

/**
 * The versions of one draft as a cache sees them, one check after another:
 * what the current version shares with the previous (a prefix and a
 * suffix, as a keystroke leaves them), so that a memo can tell a stretch is
 * unchanged from where it stood without comparing its text.
 */
export class DraftVersions {
  private text = "";
  private previous = "";
  /** Counts the versions: a value seen at the previous one is checked against the edit alone. */
  generation = 0;
  private same = 0;
  private tail = 0;
  private shift = 0;

  /** Moves to `text` (nothing changes when it is the current version). */
  advance(text: string): void {
    if (text === this.text) return;
    const old = this.text;
    const { same, tail } = sharedEnds(old, text);
    this.previous = old;
    this.text = text;
    this.same = same;
    this.tail = tail;
    this.shift = text.length - old.length;
    this.generation++;
  }

  /** What `text` shares with `old` at its ends, if they are the previous version and the current: found once a version, for every reader of the edit. */
  endsSince(old: string, text: string): { same: number; tail: number } | undefined {
    return this.generation > 0 && text === this.text && old === this.previous
      ? { same: this.same, tail: this.tail }
      : undefined;
  }

  /** Where the stretch [from, to) of the current version stood in the previous one with the same characters, if it did. */
  before(from: number, to: number): number | undefined {
    if (to <= this.same) return from;
    if (from >= this.text.length - this.tail) return from - this.shift;
    return undefined;
  }
}

/** When a memo's value was last found to hold: the version, and where its paragraph then started. */
export interface Seen {
  generation: number;
  at: number;
}

/**
 * Whether a value kept for a paragraph text has already been taken by
 * another place of this version: a text that stands at several places keeps
 * a value for each, and a place that took another's would leave that one to
 * take a third's, each moved and its text read again, on every check.
 */
export function takenElsewhere(versions: DraftVersions, seen: Seen, at: number): boolean {
  return seen.generation === versions.generation && seen.at !== at;
}

/**
 * Whether a value last seen at `seen` holds for the stretch [from, to) of
 * the current version, its paragraph starting at `at`, by the edit alone: it
 * was seen at this version at the same place, or at the previous one with
 * the stretch unchanged since. `to` is not cut at the end of the text: a
 * stretch that reads past the end is unchanged only if the end moved with it.
 */
export function unchangedSince(versions: DraftVersions, seen: Seen, from: number, to: number, at: number): boolean {
  if (seen.generation === versions.generation) return seen.at === at;
  if (seen.generation !== versions.generation - 1) return false;
  const was = versions.before(from, to);
  return was !== undefined && was + (at - from) === seen.at;
}

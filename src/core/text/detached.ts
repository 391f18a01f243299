/**
 * Strings copied out of the text they were cut from. V8 makes a slice of a
 * long string a view that keeps the whole string alive, and a key built
 * from slices keeps them: a finding's words or a cache key kept across
 * keystrokes kept every version of the draft it came from, about half a
 * megabyte a keystroke in a 20,000-word draft, for the whole session.
 * Concatenating makes a new string, and slicing that copies it into one of
 * its own length.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/** V8's shortest view of another string (SlicedString::kMinLength): a shorter slice is a copy of its own. */
const SHORTEST_VIEW = 13;

export function detachedSlice(text: string, start: number, end: number): string {
  // A claim's words are mostly short (a figure): copied by the slice, they are not copied twice more.
  return end - start < SHORTEST_VIEW ? text.slice(start, end) : detached(text.slice(start, end));
}

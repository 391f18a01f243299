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

export function detachedSlice(text: string, start: number, end: number): string {
  return detached(text.slice(start, end));
}

/** The first index in a list sorted by `key` whose key is at least `at` (the list's length when there is none). */
export function firstFrom<T>(list: readonly T[], at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSortedBy<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i]) < key(list[i - 1])) return false;
  return true;
}

/**
 * `a` then `b` in one list, stably sorted by `key`: merged in one pass when
 * each is sorted already (as a check's quotes and numbers come), where
 * sorting their concatenation compares and moves every item again.
 */
export function mergedBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => number): T[] {
  if (!isSortedBy(a, key) || !isSortedBy(b, key)) return [...a, ...b].sort((x, y) => key(x) - key(y));
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(key(b[j]) < key(a[i]) ? b[j++] : a[i++]);
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

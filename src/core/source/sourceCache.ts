import { SourceArticle } from "../types";

/**
 * The one cache in src/core: source articles already read, and the index of
 * the set last checked against. Reading an article (tagging its words,
 * mapping its speakers) is the dearest step of a check, and an editor
 * re-checks on every keystroke against the same sources; an article is read
 * once however the sets it belongs to change. Bounded: the oldest articles
 * go first, and only the last set's index is kept.
 */
export class SourceCache<Read, Index> {
  private readonly read = new Map<string, Read>();
  private last: { read: readonly object[]; index: Index } | undefined;
  /**
   * Each article object's key, made once: the key holds the article's text,
   * and an editor asks for the same article objects on every keystroke (a
   * 2 MB article's key takes milliseconds to make, and a string made anew is
   * hashed anew on every look-up).
   */
  private readonly keys = new WeakMap<SourceArticle, string>();

  constructor(private readonly capacity: number) {}

  /** The article read once per id, publication and text. */
  article(source: SourceArticle, read: (source: SourceArticle) => Read): Read {
    const key = this.keyOf(source);
    let hit = this.read.get(key);
    if (!hit) {
      hit = read(source);
      this.read.set(key, hit);
      if (this.read.size > this.capacity) this.read.delete(this.read.keys().next().value as string);
    }
    return hit;
  }

  /** Whether the article has been read (for its id, publication and text). */
  has(source: SourceArticle): boolean {
    return this.read.has(this.keyOf(source));
  }

  private keyOf(source: SourceArticle): string {
    let key = this.keys.get(source);
    if (key === undefined) {
      key = sourceKey(source);
      this.keys.set(source, key);
    }
    return key;
  }

  /** The index of a set of articles as read, built again only when one of them is read anew (or further). */
  index(read: readonly object[], build: () => Index): Index {
    const last = this.last;
    if (last && last.read.length === read.length && last.read.every((r, i) => r === read[i])) return last.index;
    this.last = { read, index: build() };
    return this.last.index;
  }
}

/** What tells one article from another: the same text read under another name or publication is another article. */
export function sourceKey(source: SourceArticle): string {
  return JSON.stringify([source.id, source.publication ?? "", source.text]);
}

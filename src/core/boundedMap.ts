import { detached } from "./text/detached";

/**
 * A map that forgets its oldest entries past a capacity: the memos a check
 * keeps between keystrokes must not grow with every version of a draft.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * The keys from `head` on, oldest first. A Map's oldest key is found by
   * iterating, which steps over every entry deleted before it until the Map
   * is rehashed: evicting that way cost each insertion at capacity thousands
   * of steps (11 µs against 0.5).
   */
  private order: K[] = [];
  private head = 0;

  constructor(private readonly capacity: number) {}

  has(key: K): boolean {
    return this.entries.has(key);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    const size = this.entries.size;
    // A key made of a draft's slices would keep that version of the draft for as long as the entry lasts.
    const own = typeof key === "string" ? (detached(key) as K) : key;
    this.entries.set(own, value);
    if (this.entries.size === size) return;
    this.order.push(own);
    if (this.entries.size <= this.capacity) return;
    this.entries.delete(this.order[this.head++]);
    if (this.head >= this.capacity) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  /** The value kept for `key`, made and kept first if there is none. */
  remember(key: K, make: () => V): V {
    // One look-up for a hit, not two: hits are what a keystroke mostly asks for.
    const hit = this.entries.get(key);
    if (hit !== undefined || this.entries.has(key)) return hit as V;
    const made = make();
    this.set(key, made);
    return made;
  }

  /** The keys it holds, oldest first. */
  keys(): IterableIterator<K> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }
}

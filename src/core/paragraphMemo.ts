import { DraftVersions, Seen, takenElsewhere, unchangedSince } from "./draftVersions";
import type { DraftFacts } from "./facts";
import type { Asked } from "./draftMentions";
import type { ParagraphFacts } from "./paragraphCache";
import type { SourceIndex } from "./source";
import { detached } from "./text/detached";

/**
 * What a check worked out about one paragraph against the source articles
 * (a claim's evidence and fixes, the paragraph's uncredited copies), kept
 * with the paragraph's cached facts so that a keystroke elsewhere does not
 * work it out again. It holds while the paragraph's text and the few
 * characters around it are the same, the source index and the options are
 * the same, and every "named before?" it asked of the rest of the draft has
 * the same answer; offsets are moved with the paragraph.
 */
interface Kept<V> {
  key: readonly (string | number)[];
  around: string;
  lead: number;
  index: SourceIndex;
  options: string;
  base: number;
  asked: Asked[];
  value: V;
  seen: Seen;
}

/** What a check around a paragraph may read of the draft outside it: a fix's join reads back over blanks, a number's unit the words after it. */
const BEFORE = 16;
const AFTER = 48;

/** The draft a memo is asked about: its facts, the source index and the options, as a key. */
export interface MemoDraft {
  facts: DraftFacts;
  index: SourceIndex;
  options: string;
  /** The draft's versions as this cache has checked them, already at this one. */
  versions: DraftVersions;
  /** How many values to keep for each paragraph text (ParagraphCache.placesIn). */
  places: (local: ParagraphFacts) => number;
}

export class ParagraphMemo<V> {
  private readonly kept = new WeakMap<ParagraphFacts, Kept<V>[]>();

  /**
   * The value for `key` of the draft's paragraph `paragraph`, made with
   * `make` unless it is kept; `move` gives a value with its draft offsets
   * moved by a number of characters, and may give the kept value itself for
   * 0: callers never write to what is returned. The key's parts are compared
   * one by one, not joined: a paragraph of thousands of claims would hash its
   * joined key on every check.
   */
  recall(
    draft: MemoDraft,
    paragraph: number,
    key: readonly (string | number)[],
    make: () => V,
    move: (value: V, by: number) => V,
  ): V {
    const { facts, index, versions } = draft;
    const { text, paragraphs } = facts.doc;
    const p = paragraphs[paragraph];
    const local = facts.local[paragraph];
    const from = Math.max(0, p.start - BEFORE);
    const to = p.end + AFTER;
    const places = this.kept.get(local);
    const lead = p.start - from;
    // The edit tells most places apart at once; the text is read only when it cannot. Loops, not find with
    // closures: this runs for every paragraph on every check.
    let known: Kept<V> | undefined;
    let around: string | undefined;
    if (places) {
      for (const k of places)
        if (
          unchangedSince(versions, k.seen, from, to, p.start) &&
          sameKey(k.key, key) &&
          holds(k, draft, lead, p.start)
        ) {
          known = k;
          break;
        }
      if (!known) {
        around = text.slice(from, to);
        for (const k of places)
          if (
            k.around === around &&
            !takenElsewhere(versions, k.seen, p.start) &&
            sameKey(k.key, key) &&
            holds(k, draft, lead, p.start)
          ) {
            known = k;
            break;
          }
      }
    }
    if (known) {
      known.seen.generation = versions.generation;
      known.seen.at = p.start;
      return move(known.value, p.start - known.base);
    }
    const { value, asked } = index.mentions.watch(make);
    const seen = { generation: versions.generation, at: p.start };
    const kept = {
      key,
      around: detached(around ?? text.slice(from, to)),
      lead,
      index,
      options: draft.options,
      base: p.start,
      asked,
      value,
      seen,
    };
    // A paragraph's first value is kept on its own: no empty list sliced and spread, once a paragraph.
    this.kept.set(local, places ? [kept, ...places.slice(0, draft.places(local) - 1)] : [kept]);
    return move(value, 0);
  }
}

function sameKey(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether a kept value holds for the draft at a paragraph starting at `start`, `lead` characters read before it: the same source index, options and answers to "named before?". */
function holds<V>(k: Kept<V>, draft: MemoDraft, lead: number, start: number): boolean {
  return (
    k.lead === lead &&
    k.index === draft.index &&
    k.options === draft.options &&
    draft.index.mentions.stillHolds(draft.facts.doc.text, k.asked, start - k.base)
  );
}

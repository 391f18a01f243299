import { DraftVersions, sharedEnds } from "./draftVersions";

/**
 * Where a draft first names each source speaker, for "named before?" (a fix
 * names a speaker in full the first time, by the later reference after). A
 * check asks it for every claim the source attributes; a keystroke changes
 * one stretch of the draft, so a first mention found in an earlier version
 * is kept when the edit cannot have moved it, and otherwise only the edited
 * stretch is searched.
 */

/** The speaker's key and how it is matched: a person's name by case, anything else regardless of it. */
export interface Named {
  key: string;
  kind: string;
}

/** One "named before?" asked during a check, and its answer. */
export interface Asked {
  speaker: Named;
  offset: number;
  named: boolean;
}

/** How a speaker is looked up: its key with the flags it is matched by, and the test for a mention that runs into a claim. */
interface Lookup {
  id: string;
  key: string;
  flags: string;
  endsIn: RegExp;
}

/** A whole-word occurrence of a key in one version of the draft. */
interface Occurrence {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const flagsOf = (speaker: Named) => (speaker.kind === "person" ? "u" : "iu");

/** How far past a key's length an occurrence's boundary test reads: the letter before it and the one after. */
const MARGIN = 2;

export class DraftMentions {
  private draft = "";
  /** The first occurrence of each key (by flags and key) in `draft`; null when the draft never has it. */
  private first = new Map<string, Occurrence | null>();
  private readonly words = new Map<string, RegExp>();
  private recording: Asked[] | undefined;
  /**
   * Each speaker's look-up, made once: a check asks about the same speakers
   * again and again (every kept value's answers are asked anew), and a key
   * made anew is hashed anew, a pattern made anew compiled anew.
   */
  private readonly lookups = new WeakMap<Named, Lookup>();

  /** Whether the draft names the speaker before `offset`, so a later reference will do. */
  namedBefore(draft: string, offset: number, speaker: Named): boolean {
    const lookup = this.lookupOf(speaker);
    const first = this.firstOf(draft, lookup);
    let named = first !== null && first.end <= offset;
    if (!named) {
      // A mention that runs into the claim (no space before it) also counts: the claim is where the draft is cut.
      const before = draft.slice(Math.max(0, offset - speaker.key.length - 2), offset);
      named = lookup.endsIn.test(before);
    }
    this.recording?.push({ speaker, offset, named });
    return named;
  }

  /** Moves to a new version of the draft, with what the draft's versions already know of the edit when they have just made the same move. */
  follow(draft: string, versions: DraftVersions): void {
    if (draft !== this.draft) this.moveTo(draft, versions.endsSince(this.draft, draft));
  }

  /** What `during` asked of namedBefore, in order, with its answers: what its result depends on of the draft outside its own text. */
  watch<T>(during: () => T): { value: T; asked: Asked[] } {
    const outer = this.recording;
    const asked: Asked[] = [];
    this.recording = asked;
    try {
      return { value: during(), asked };
    } finally {
      this.recording = outer;
      outer?.push(...asked);
    }
  }

  /** Whether every answer still holds for this draft, each offset moved by `shift`. */
  stillHolds(draft: string, asked: readonly Asked[], shift: number): boolean {
    return asked.every((a) => this.namedBefore(draft, a.offset + shift, a.speaker) === a.named);
  }

  private wordOf(key: string, flags: string): RegExp {
    const id = `${flags} ${key}`;
    let re = this.words.get(id);
    if (!re) {
      re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(key)}(?![\\p{L}\\p{N}])`, `g${flags}`);
      this.words.set(id, re);
    }
    return re;
  }

  private lookupOf(speaker: Named): Lookup {
    let lookup = this.lookups.get(speaker);
    if (!lookup) {
      const flags = flagsOf(speaker);
      const endsIn = new RegExp(`(?<![\\p{L}\\p{N}])${escape(speaker.key)}$`, flags);
      lookup = { id: `${flags} ${speaker.key}`, key: speaker.key, flags, endsIn };
      this.lookups.set(speaker, lookup);
    }
    return lookup;
  }

  private firstOf(draft: string, { id, key, flags }: Lookup): Occurrence | null {
    if (draft !== this.draft) this.moveTo(draft);
    let found = this.first.get(id);
    if (found === undefined) {
      found = this.search(draft, key, flags, 0, draft.length);
      this.first.set(id, found);
    }
    return found;
  }

  /**
   * The first occurrence whose boundary test reads a character in [from, to),
   * found by reading only around that stretch: a key the draft never names
   * costs the stretch, not the rest of the draft.
   */
  private search(draft: string, key: string, flags: string, from: number, to: number): Occurrence | null {
    const re = this.wordOf(key, flags);
    const lo = Math.max(0, from - key.length - MARGIN - 1);
    const hi = Math.min(draft.length, to + key.length + MARGIN + 1);
    const around = lo === 0 && hi === draft.length ? draft : draft.slice(lo, hi);
    re.lastIndex = 0;
    for (let m = re.exec(around); m; m = re.exec(around)) {
      const start = lo + m.index;
      if (start > to) return null;
      const end = start + m[0].length;
      // Past the stretch's edges the slice hides a neighbour: only occurrences that reach into the stretch count.
      if (end >= from) return { start, end };
      re.lastIndex = m.index + 1;
    }
    return null;
  }

  /**
   * Carries the first occurrences over to a new version of the draft. The
   * versions share a prefix of `same` characters and a suffix of `tail`; an
   * occurrence (with the characters its boundary test reads) inside the
   * prefix stays, one inside the suffix moves with it, and only the edited
   * stretch between is searched again.
   */
  private moveTo(draft: string, ends?: { same: number; tail: number }): void {
    const old = this.draft;
    const known = this.first;
    this.draft = draft;
    this.first = new Map();
    const limit = Math.min(old.length, draft.length);
    const { same, tail } = ends ?? sharedEnds(old, draft);
    // Too different a text (another draft): search afresh on demand.
    if (same + tail < limit / 2) return;
    const shift = draft.length - old.length;
    const editedEnd = draft.length - tail;
    for (const [id, occurrence] of known) {
      if (occurrence && occurrence.end < same) {
        this.first.set(id, occurrence);
        continue;
      }
      const space = id.indexOf(" ");
      const flags = id.slice(0, space);
      const key = id.slice(space + 1);
      // Nothing in the prefix (it would have come first before): the edited stretch, or else the old one moved.
      const edited = this.search(draft, key, flags, same, editedEnd);
      if (edited) this.first.set(id, edited);
      else if (!occurrence) this.first.set(id, null);
      else if (occurrence.start - 1 >= old.length - tail)
        this.first.set(id, { start: occurrence.start + shift, end: occurrence.end + shift });
      // Otherwise the edit touched the old first occurrence: it is searched for afresh when asked.
    }
  }
}

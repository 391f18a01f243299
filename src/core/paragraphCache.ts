import { Cue } from "./attribution/detect";
import { RepeatsMemo } from "./attribution/repeats";
import { BoundedMap } from "./boundedMap";
import { DraftVersions } from "./draftVersions";
import { NumberSpan } from "./claims/numbers";
import type { DraftFacts } from "./facts";
import type { JudgedParagraph } from "./judge";
import { ParagraphMemo } from "./paragraphMemo";
import type { TracedSegments } from "./text/segment";
import { Sentence } from "./text/sentences";
import { Finding, Span } from "./types";
import { detached } from "./text/detached";

/**
 * What one paragraph yields on its own: its sentences, their cues and their
 * numbers, with offsets relative to the paragraph's start. It depends only on
 * the paragraph's text and quote marks, so an edit elsewhere in the draft
 * leaves it valid.
 */
export interface ParagraphFacts {
  sentences: Span[];
  cues: Cue[][];
  numbers: NumberSpan[][];
  dash?: Cue;
  /** The paragraph's strongest cues, as Placed["best"] has them (offsets relative to the paragraph, like the rest). */
  best: Placed["best"];
  /** Nothing but quoted material (and punctuation): the paragraph the continuing-speaker rule is about. */
  quoteOnly: boolean;
  /** The last absolute placement of these facts in a draft, reused while the paragraph has not moved. */
  placed?: Placed;
}

/** What a check adds to an unattributed claim's finding: the source's evidence and the fixes, or why there is none. */
export type Advice = Pick<Finding, "fixes" | "noFix" | "evidence">;

/** What a check worked out for one paragraph against the sources: its kept claims' fidelity findings and its unattributed claims' advice, each in the draft's order, and its uncredited copies. */
export interface ParagraphChecks {
  claims: Finding[][];
  copies: Finding[];
  advice: Advice[];
}

/** A paragraph's facts with draft offsets, at one place in one draft. */
export interface Placed {
  base: number;
  paragraph: number;
  firstSentence: number;
  sentences: Sentence[];
  cues: Cue[][];
  /**
   * The strongest cue that can credit a figure (any but one that credits only
   * the quotation after it, `Okafor's first pitch, "…"`) and the strongest
   * speech cue among `cues`.
   */
  best: { figure?: Cue; speech?: Cue };
  numbers: { sentence: number; span: NumberSpan }[];
  dash?: Cue;
}

/** A draft as last read with a cache: its segments and its facts, for the next version to keep what an edit left alone. */
export interface ReadDraft {
  segments: TracedSegments;
  facts: DraftFacts;
}

/**
 * How many values a memo keeps for one paragraph text: one per place the
 * draft has it at, at least a few (an edit may move a text to where it
 * stood before) and at most enough that memory for repeats stays bounded.
 */
const FEWEST_PLACES = 4;
const MOST_PLACES = 64;

/**
 * Remembers the facts of the paragraphs it has seen, keyed by their text, so
 * re-checking a draft after an edit re-reads only the paragraphs it touched.
 * Bounded: the oldest entries go first.
 */
export class ParagraphCache {
  private readonly entries = new Map<string, ParagraphFacts>();
  /**
   * Whether a fix at risk of not attributing its claim does, by the fixed
   * paragraphs' text, the claim's place there and the options: a keystroke
   * elsewhere leaves the answer as it was, and finding it means checking
   * those paragraphs again.
   */
  readonly fixChecks: BoundedMap<string, boolean>;
  /** A paragraph's claims' fidelity findings and advice, and its uncredited copies, by the claims' places there. */
  readonly checks = new ParagraphMemo<ParagraphChecks>();
  /** The draft's versions as checked with this cache, for memos to tell what an edit left as it was. */
  readonly versions = new DraftVersions();
  /** The credited quotes' words, for quotes repeated from them. */
  readonly repeats = new RepeatsMemo();
  /** A paragraph's own claims with their attributions. */
  readonly judged = new WeakMap<ParagraphFacts, JudgedParagraph[]>();
  /** The one-line excerpt of a claim's words, by those words. */
  readonly excerpts: BoundedMap<string, string>;

  /** The draft last read with this cache. */
  lastRead?: ReadDraft;
  private counted?: { facts: DraftFacts; places: (local: ParagraphFacts) => number };

  constructor(private readonly capacity = 20000) {
    this.fixChecks = new BoundedMap(capacity);
    this.excerpts = new BoundedMap(capacity);
  }

  /** The facts of `text` as the last check with this cache read them, if that check was of `text`. */
  factsOf(text: string): DraftFacts | undefined {
    const read = this.lastRead;
    return read && read.facts.doc.text === text ? read.facts : undefined;
  }

  /**
   * How many values to keep for each paragraph's text: the places the draft
   * has it at, between FEWEST_PLACES and MOST_PLACES, counted once per check
   * for the judge and the memos alike, so a line that stands five times (a
   * separator, "Advertisement") is not worked out again at each place on
   * every keystroke.
   */
  placesIn(facts: DraftFacts): (local: ParagraphFacts) => number {
    if (this.counted?.facts !== facts) {
      const counts = new Map<ParagraphFacts, number>();
      for (const l of facts.local) counts.set(l, (counts.get(l) ?? 0) + 1);
      this.counted = {
        facts,
        places: (local) => Math.min(MOST_PLACES, Math.max(FEWEST_PLACES, counts.get(local) ?? 1)),
      };
    }
    return this.counted.places;
  }

  get(key: string): ParagraphFacts | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, facts: ParagraphFacts): void {
    this.entries.set(detached(key), facts);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

import { SourceIndex } from "../source";
import { NumberMention, numbersWithin, sameQuantity } from "../source/numbers";
import { Span } from "../types";
import { clauseOf } from "./figureClause";
import { datedOtherwise, datesOwnFigure } from "./figureTimes";
import { approximationBefore } from "./approximation";
import { boundsOf, rangeAt, rangeEnds } from "./ranges";
import { Figure, figuresAround, SentenceWords, Surroundings, surroundings } from "./sourceFigures";
import { DIGIT, SPACES } from "../text/patterns";

// Made once at module level, as text/patterns.ts says why.
const TRAILING_POINTS = /[.,]+$/;
const SPECIAL_CHARACTERS = /[.*+?^${}()|[\]\\]/g;

/**
 * Holds a draft's number to the source figure that states the same thing
 * (the same noun or unit, most of the words around it) and says whether its
 * value differs. A figure the source states in the same way, a rounded
 * value marked approximate within 5%, and a statement whose source passage
 * has two figures that fit equally well are never mismatches.
 */
export interface NumberMismatch {
  /** The draft's figure within the claim (`1,200` in `some 1,200 North Korean troops`). */
  figure: Span;
  /** The source figure it should say. */
  held: Figure;
  /** The ends of the source's range the held figure is one of, when the draft gives one figure for it. */
  heldRange?: [NumberMention, NumberMention];
}

/**
 * Words two statements must share around their figures (the sentence, and
 * the few words on each side), and how many of those must be the
 * statement's own, not its credit's: "cargo" and "stranded" with "port
 * officials said" are one statement, "budget" with "the city's finance
 * office" is not.
 */
const SAME_SENTENCE = 3;
const SHORT_SHARE = 0.6;
const OWN_WORDS = 2;
const NEAR = 3;
const ROUNDING = 0.05;

/** A quantity named only by its order ("dozens of ships", "thousands"), which no source figure contradicts. */
const VAGUE = /^(?:dozens|scores|hundreds|thousands|millions|billions)$/i;

/**
 * How closely the words next to two figures agree, side by side: the word
 * right before or after the draft's figure counts most when the source has
 * it on the same side, close to its figure ("Labour lost 24" and "Labour,
 * lost 42").
 */
function nearness(draft: Surroundings, source: Surroundings): number {
  let score = 0;
  for (const side of ["before", "after"] as const) {
    const theirs = source[side].slice(0, NEAR);
    draft[side].slice(0, NEAR).forEach((w, i) => {
      if (theirs.includes(w)) score += NEAR - i;
    });
  }
  return score;
}

function fits(draft: Surroundings, source: Surroundings): boolean {
  if (
    draft.percent !== source.percent ||
    draft.currency !== source.currency ||
    draft.fraction !== source.fraction ||
    draft.score !== source.score
  )
    return false;
  return !draft.unit || !source.unit || draft.unit === source.unit;
}

interface Scored {
  figure: Figure;
  score: number;
  /** Words in common, the credit's included; `own` without them. */
  shared: number;
  own: number;
  near: number;
}

function score(draft: Surroundings, figure: Figure): Scored {
  const common = (words: Iterable<string>) => [...words].filter((w) => figure.around.all.has(w)).length;
  const own = common(draft.all);
  const shared = own + (draft.credited ? common([...draft.credited].filter((w) => !draft.all.has(w))) : 0);
  const near = nearness(draft, figure.around);
  return { figure, score: shared + near, shared, own, near };
}

/**
 * A short sentence has few words to share: `Unemployment in the region is
 * 6.8%` has two, both the source's, and states its `Unemployment in the
 * region stands at 6.1%`. It must share most of its words, and never fewer
 * than OWN_WORDS; and a source sentence that dates its figure (`in 1979,
 * killed 212 people`) is background a short sentence cannot be told from.
 */
const sameStatement = (s: Scored, words: number) =>
  (s.shared >= SAME_SENTENCE || (s.shared >= Math.max(OWN_WORDS, Math.ceil(words * SHORT_SHARE)) && !s.figure.dated)) &&
  s.own >= OWN_WORDS &&
  s.near > 0;

const passageOf = (f: Figure) => f.source.article.text.slice(f.passage.start, f.passage.end);

/** Policy 5: the same quantity, or one the draft rounds (`nearly 60,000` for 59,800) within 5%. */
function sameOrRounded(draft: NumberMention, source: NumberMention, rounded: boolean): boolean {
  if (sameQuantity(draft, source)) return true;
  if (!rounded || draft.percent !== source.percent || draft.against !== source.against || source.value === 0)
    return false;
  return Math.abs(draft.value - source.value) / Math.abs(source.value) <= ROUNDING;
}

/**
 * The one source figure a draft's figure states among those that fit it
 * about equally well: they all give the same quantity, or exactly one
 * quantity is given with the draft's own noun (the year beside "387 deaths"
 * states no deaths). Otherwise the passage is ambiguous and holds nothing.
 */
function unambiguous(close: Scored[], unit: string | undefined): Scored | undefined {
  const same = (group: Scored[]) => group.every((s) => sameQuantity(s.figure.mention, group[0].figure.mention));
  if (same(close)) return close[0];
  const ofNoun = close.filter((s) => unit !== undefined && s.figure.around.unit === unit);
  return ofNoun.length > 0 && same(ofNoun) ? ofNoun[0] : undefined;
}

/** The mismatch of one figure of a draft's number claim, if it has one. */
function checkFigure(
  text: string,
  sentence: Span,
  mention: NumberMention,
  index: SourceIndex,
  read: SentenceWords,
  credit: Span | undefined,
  beside: NumberMention[],
): NumberMismatch | undefined {
  const around = surroundings(text, sentence, mention, mention, read, credit);
  const bound = approximationBefore(text, mention.start, sentence.start);
  // Both tests below want a word in common, so only the figures with one of the draft's words around them are scored.
  const scored = index.sources.flatMap((s) => figuresAround(s, around.all).map((f) => score(around, f)));
  // The same figure in a passage that shares words with the draft's, of the same kind: the draft may be holding
  // that one. "about 2,100 flights" is not the "more than 2,000 pilots" beside the source's 1,200 flights.
  const related = scored.filter((s) => (s.shared >= 2 || s.near > 0) && fits(around, s.figure.around));
  const raw = text.slice(mention.start, mention.end);
  const holds = (s: Scored) =>
    sameOrRounded(mention, s.figure.mention, bound?.rounds === true) || writesFigure(s.figure, raw);
  if (related.some(holds)) return undefined;
  // A figure the article does not state (a year standing alone, a name's number) is no statement to hold the draft to.
  const fitting = byVerb(
    around,
    scored.filter((s) => s.figure.stated && sameStatement(s, around.all.size) && fits(around, s.figure.around)),
    scored,
    () => ownWordsAfter(text, sentence, mention, read),
    datesOwnFigure(text, sentence, mention),
  ).sort((a, b) => b.score - a.score);
  const [top] = fitting;
  if (!top) return undefined;
  const close = fitting.filter((s) => s.score >= top.score - 1);
  // A source figure the draft states beside this one is that one's: in "a £2.4 billion budget, of which £301
  // million is for surgery", the £2.4 billion is the budget, so the £301 million can only be the source's £310 million.
  // When the draft states every close figure beside this one, this one is none of them: it holds nothing.
  const free = close.filter((s) => !beside.some((b) => sameQuantity(b, s.figure.mention)));
  const held = free.length > 0 ? unambiguous(sameDirection(text, mention, free), around.unit) : undefined;
  if (!held) return undefined;
  if (datedOtherwise(text, sentence, mention, passageOf(held.figure))) return undefined;
  return { figure: { start: mention.start, end: mention.end }, held: held.figure };
}

/**
 * The fitting figures at the draft figure's own verb, its nearest word
 * before it: `The storm injured more than 120 people` is held to the
 * source's `killed at least 12 people and injured more than 90` at
 * "injured", the 90, though only the 12 is written with "people": a figure
 * whose noun is left to the one before it fits any noun. A figure the
 * source dates as background (`in 1979, killed 212 people`) is never
 * preferred so, unless the draft dates its own figure too (`down from 31%
 * in the previous quarter`). With no such figure beside the fitting ones,
 * all stay.
 */
function byVerb(
  draft: Surroundings,
  fitting: Scored[],
  scored: Scored[],
  ownAfter: () => Set<string>,
  draftDated: boolean,
): Scored[] {
  if (fitting.length === 0) return fitting;
  const [verb] = draft.before;
  const undated = (s: Scored) => !s.figure.dated || draftDated;
  const at = verb === undefined ? [] : fitting.filter((s) => s.figure.around.before[0] === verb && undated(s));
  if (at.length > 0) return at;
  // With the verb after the figure ("More than 120 people were injured"), any of the draft's words in its clause
  // will do, where none of the fitting figures' verbs is among them: in "About 21.6% of patients had swelling,
  // compared with 1.7% on placebo", "compared" is the 1.7%'s.
  const said = verb === undefined ? ownAfter() : new Set([verb]);
  const hasVerb = (s: Scored) => s.figure.around.before[0] !== undefined && said.has(s.figure.around.before[0]);
  if (verb === undefined && fitting.some(hasVerb)) return fitting;
  const besideFitting = (s: Scored) =>
    fitting.some((f) => f.figure.source === s.figure.source && f.figure.sentence === s.figure.sentence);
  const elided = scored.filter(
    (s) =>
      s.figure.stated &&
      hasVerb(s) &&
      undated(s) &&
      !s.figure.around.unit &&
      besideFitting(s) &&
      fits(draft, s.figure.around),
  );
  return elided.length > 0 ? elided : fitting;
}

/** The stems of the draft's words after a figure in its own clause (figureClause.ts), up to its next figure in digits. */
function ownWordsAfter(text: string, sentence: Span, mention: NumberMention, read: SentenceWords): Set<string> {
  const clause = clauseOf(text, sentence, mention);
  const next = text.slice(mention.end, clause.end).search(DIGIT);
  const end = next < 0 ? clause.end : mention.end + next;
  return new Set(
    read
      .of(text, sentence)
      .filter((w) => w.start >= mention.end && w.end <= end)
      .map((w) => w.stem),
  );
}

/** The word that says which end of a change a figure is (`rose to 4.6 million`, `from 3.9 million`, `by 8%`). */
const DIRECTION = /\b(to|from|by)\s+(?:(?:about|around|nearly|almost|roughly|some|just|over|under)\s+)?[$€£¥]?$/i;
const directionOf = (text: string, at: number) =>
  DIRECTION.exec(text.slice(Math.max(0, at - 24), at))?.[1].toLowerCase();

/**
 * The figures among equally close ones that stand at the same end of a
 * change as the draft's: `rose to 4.6 million` states the source's `rose to
 * 4.2 million from 3.9 million` at its `to`, not its `from`. With no such
 * word, or none of them at it, all stay.
 */
function sameDirection(text: string, mention: NumberMention, close: Scored[]): Scored[] {
  const direction = directionOf(text, mention.start);
  if (!direction || close.length < 2) return close;
  const at = close.filter((s) => directionOf(s.figure.source.article.text, s.figure.mention.start) === direction);
  return at.length > 0 ? at : close;
}

/**
 * Whether the source passage writes the draft's figure itself, read another
 * way (".45-caliber" for "45-caliber"); a figure inside another is not it
 * ("4 percent" is not written by "0.4 percent" nor by "14 percent").
 */
function writesFigure(figure: Figure, raw: string): boolean {
  const written = raw.trim().replace(TRAILING_POINTS, "");
  if (!DIGIT.test(written)) return false;
  const passage = figure.source.article.text.slice(figure.passage.start, figure.passage.end);
  const pattern = written.replace(SPECIAL_CHARACTERS, "\\$&").replace(SPACES, "\\s+");
  return new RegExp(`(?<![\\d,])(?<!\\d[.,])${pattern}(?![\\d,]|\\.\\d)`, "i").test(passage);
}

/**
 * A sentence past this length is not made part of a key: each of its figures
 * would copy and hash all of it, which a pasted table of thousands of figures
 * in one sentence makes quadratic. Its figures are checked each time (a
 * check reads only the words around each, once the sentence is read).
 */
const KEYED_SENTENCE = 2000;

/**
 * The first figure of a number claim that differs from the source figure it
 * states; `read` keeps the sentence a check read last for the next claim in
 * it. `credit` is the claim's attribution: its words, where they stand in
 * the sentence, count only beside the statement's own (OWN_WORDS).
 */
export function checkNumber(
  text: string,
  claim: Span,
  sentence: Span,
  index: SourceIndex,
  read = new SentenceWords(),
  credit?: Span,
): NumberMismatch | undefined {
  const within = credit && sentence.start <= credit.start && credit.end <= sentence.end ? credit : undefined;
  if (sentence.end - sentence.start > KEYED_SENTENCE) return readNumber(text, claim, sentence, index, read, within);
  // What a claim's check reads is its sentence: the result is kept by the sentence's text and the claim's and its credit's places in it.
  const at = (offset: number) => offset - sentence.start;
  // Written out, not joined from a list: a list and its join a claim.
  const places = within
    ? `${at(claim.start)},${at(claim.end)},${at(within.start)},${at(within.end)}`
    : `${at(claim.start)},${at(claim.end)}`;
  const key = `${places}\u0000${text.slice(sentence.start, sentence.end)}`;
  const known = index.figureChecks.get(key);
  if (known !== undefined) return known ? movedTo(known, sentence.start) : undefined;
  const found = readNumber(text, claim, sentence, index, read, within);
  index.figureChecks.set(key, found ? movedTo(found, -sentence.start) : null);
  return found;
}

/** The mismatch with its draft figure moved by `by` characters: kept relative to its sentence, handed out absolute. */
function movedTo(found: NumberMismatch, by: number): NumberMismatch {
  const figure = { start: found.figure.start + by, end: found.figure.end + by };
  return found.heldRange ? { held: found.held, figure, heldRange: found.heldRange } : { held: found.held, figure };
}

function readNumber(
  text: string,
  claim: Span,
  sentence: Span,
  index: SourceIndex,
  read: SentenceWords,
  credit: Span | undefined,
): NumberMismatch | undefined {
  if (!read.meetsFigures(text, sentence, index.sources)) return undefined;
  // The sentence's other figures too: "2,000 to 3,000 workers" may be two claims, one range, and a figure the
  // draft states elsewhere in its sentence is not this one's (checkFigure). A sentence past KEYED_SENTENCE is
  // read only in a window around the claim (thousands of figures are not read again for each), less a figure
  // the window cuts.
  const long = sentence.end - sentence.start > KEYED_SENTENCE;
  const from = long ? Math.max(sentence.start, claim.start - RANGE_REACH) : sentence.start;
  const to = long ? Math.min(sentence.end, claim.end + RANGE_REACH) : sentence.end;
  const mentions = numbersWithin(text, from, to).filter(
    (n) => (n.start > from || from === sentence.start) && (n.end < to || to === sentence.end),
  );
  for (const [i, mention] of mentions.entries()) {
    // A score written with an en dash ("3\u20131") is two claims to the claim reader, one figure here: the first holds it.
    if (mention.start < claim.start || (mention.end > claim.end && mention.against === undefined)) continue;
    if (VAGUE.test(text.slice(mention.start, mention.end))) continue;
    const beside = mentions.filter((_, j) => j !== i);
    const found = checkFigure(text, sentence, mention, index, read, credit, beside);
    if (!found || !differsOverRanges(text, mentions, i, found.held)) continue;
    // One figure for the source's range is mended with the whole range: its nearer end alone is no more the source's.
    const heldRange = rangeAt(text, mentions, i) ? undefined : sourceRangeOf(found.held);
    return heldRange ? { ...found, heldRange } : found;
  }
  return undefined;
}

/** How far from a claim a long sentence is read for the other end of its range. */
const RANGE_REACH = 48;

/** The two ends of the range a source figure is an end of in its sentence. */
function sourceRangeOf(figure: Figure): [NumberMention, NumberMention] | undefined {
  const { text } = figure.source.article;
  const { passage, mention } = figure;
  const mentions = numbersWithin(text, passage.start, passage.end);
  return rangeEnds(
    text,
    mentions,
    mentions.findIndex((n) => n.start === mention.start),
  );
}

/**
 * Whether a figure that differs from the source's is a mismatch once ranges
 * are read: a draft range around the source's figure holds it; a changed end
 * of the source's own range does not; a single figure inside the source's
 * range (`about 2,500` for `between 2,000 and 3,000`) is within it.
 */
function differsOverRanges(text: string, mentions: NumberMention[], i: number, held: Figure): boolean {
  const ours = rangeAt(text, mentions, i);
  const ends = sourceRangeOf(held);
  const value = mentions[i].value;
  if (ends) {
    const [low, high] = boundsOf(ends);
    return ours !== undefined || value < low || value > high;
  }
  return (
    !ours ||
    held.mention.percent !== mentions[i].percent ||
    held.mention.value < ours[0] ||
    held.mention.value > ours[1]
  );
}

import { BoundedMap } from "../boundedMap";
import { DraftMentions } from "../draftMentions";
import type { CopiedRun } from "../fidelity/copy";
import type { NumberMismatch } from "../fidelity/numberCheck";
import type { HeldQuote } from "../fidelity/sourceQuote";
import { attributionFix, Attributor, placeholderFix } from "../fixes";
import { CARRIED_VERBS, fixVerb, plainVerb } from "../fixVerb";
import { CheckOptions, VerbPolicy } from "../options";
import { CONTEXT_SPEECH_VERBS } from "../policy/carriedVerbs";
import { DraftLayout, sentenceHolding } from "../text/layout";
import { Claim, Evidence, Fix, SourceArticle, StyleProfile, Unfixable } from "../types";
import { analyse, AnalysedSource } from "./analysis";
import { restoreSource, SerialisedSource } from "./serialised";
import { DraftNeeds, PassageReader, READ_WHOLE_UP_TO } from "./passages";
import { SourceCache } from "./sourceCache";
export { sourceKey } from "./sourceCache";
import { paragraphAt, quoteAt } from "./article";
import {
  MATCHES_CAPACITY,
  matchNumber,
  matchQuote,
  numberMatchKey,
  NumberPassage,
  Passage,
  statedInSources,
} from "./match";
import { figureCredit, Speaker, Statement, statementFor } from "./speakers";
import { styleOf } from "./style";
import { organisation } from "./transcript";

export { describeStyle, HOUSE_STYLE } from "./style";
export { analyse } from "./analysis";
export { sketch, SKETCH_UP_TO, withSketchedEvidence } from "./sketch";
export { MATCHES_CAPACITY } from "./match";
export { serialiseSource, transferables } from "./serialised";
export type { SerialisedSource } from "./serialised";
export type { DraftNeeds } from "./passages";

/**
 * Everything read from a set of source articles: each one's words, speakers
 * and style, and the style they share, for claims found in none of them.
 */
export interface SourceIndex {
  sources: AnalysedSource[];
  style: StyleProfile;
  styleOf: Map<AnalysedSource, StyleProfile>;
  /**
   * Source matches already found, per index: a check looks every unattributed
   * claim up again, and a keystroke leaves all but one paragraph's claims as
   * they were. A quote's match depends on its words alone; a number's on its
   * text, its sentence, where it sits in that sentence and the word after it.
   */
  matches: BoundedMap<string, Passage | undefined>;
  /** Where the draft last checked against this index first names each speaker (see namedBefore). */
  mentions: DraftMentions;
  /**
   * What the fidelity check found for a number claim, keyed by its sentence
   * and its place there (offsets relative to the sentence): comparing a
   * claim with every figure of the sources is the dearest step of a
   * keystroke, and a keystroke leaves all but one sentence as it was.
   */
  figureChecks: BoundedMap<string, NumberMismatch | null>;
  /** The source passage each draft quotation is, by its words (offsets from their start): see holdQuote. */
  quoteHolds: BoundedMap<string, HeldQuote | null>;
  /** The copied runs of a sentence's stretches outside quotations, by their text (offsets from the sentence): see copiedRuns. */
  copyRuns: BoundedMap<string, CopiedRun[]>;
  /**
   * Whether the articles state a number claim's quantities at all, by its
   * text: reading a figure's value is most of what a claim the articles
   * never state costs, and a table repeats its figures' texts.
   */
  stated: BoundedMap<string, boolean>;
}

/** The options a fix is written under. */
export type FixOptions = Pick<CheckOptions, "publication" | "verbs">;

export interface Suggestion {
  evidence?: Evidence;
  fixes: Fix[];
}

/** Verbs that report speech; the rest ("showed", "found", "according to") report data, which a fix words as "according to". */
const SPEECH_VERBS = new Set([...CARRIED_VERBS, ...CONTEXT_SPEECH_VERBS]);

/** Articles read at most once, the last set's index kept: the one module-level cache in src/core. */
// eslint-disable-next-line no-restricted-syntax -- the one bounded cache src/core allows (see sourceCache.ts): reading an article is the dearest step of a check.
const cache = new SourceCache<AnalysedSource | PassageReader, SourceIndex>(32);

/** Reads an article whole, or, when it is long, by passage (see passages.ts). */
function readSource(source: SourceArticle): AnalysedSource | PassageReader {
  return source.text.length > READ_WHOLE_UP_TO ? new PassageReader(source) : analyse(source);
}

/**
 * Reads the source articles once per set of texts. A long article is read
 * where the draft's claims need it (see passages.ts); without a draft, as
 * far as it has been read.
 */
export function indexSources(sources: SourceArticle[], draft?: DraftNeeds): SourceIndex {
  const read = sources.map((s) => {
    const found = cache.article(s, readSource);
    return found instanceof PassageReader ? found.analysisFor(draft) : found;
  });
  return cache.index(read, () => ({
    sources: read,
    style: styleOf(read),
    styleOf: new Map(read.map((a) => [a, styleOf([a])])),
    matches: new BoundedMap(MATCHES_CAPACITY),
    mentions: new DraftMentions(),
    figureChecks: new BoundedMap(MATCHES_CAPACITY),
    quoteHolds: new BoundedMap(MATCHES_CAPACITY),
    copyRuns: new BoundedMap(MATCHES_CAPACITY),
    stated: new BoundedMap(MATCHES_CAPACITY),
  }));
}

/**
 * Learns how the source articles attribute; what they never show stays as in
 * the house style. The style is the index's, the one fixes are written in:
 * the articles are read once for both, and a long one as far as checks
 * have read it (its lead at least, see passages.ts).
 */
export function learnStyle(sources: SourceArticle[]): StyleProfile {
  return indexSources(sources).style;
}

/** Whether every article has been read, so that a check against them reads none (an editor reads them elsewhere first). */
export function sourcesRead(sources: SourceArticle[]): boolean {
  return sources.every((s) => cache.has(s));
}

/** Takes in articles read elsewhere (another thread): a check against them reads them no more. */
export function adoptSources(serialised: SerialisedSource[]): void {
  for (const s of serialised) cache.article(s.source, () => restoreSource(s));
}

/** Whether the draft names the speaker before the claim, so a later reference will do. */
export function namedBefore(index: SourceIndex, draft: string, offset: number, speaker: Speaker): boolean {
  return index.mentions.namedBefore(draft, offset, speaker);
}

function attributor(
  index: SourceIndex,
  draft: string,
  claim: Claim,
  speaker: Speaker,
  statement: Statement | undefined,
  style: StyleProfile,
  policy: VerbPolicy,
): Attributor {
  const named = namedBefore(index, draft, claim.start, speaker);
  // Written out, not spread: a property added after a spread costs a fix of a long list a microsecond.
  const subject = named ? speaker.later : speaker.first;
  const appositive = named ? undefined : speaker.appositive;
  const verb = statement?.verb.toLowerCase() ?? "";
  if (claim.kind === "number") {
    const according = style.dataVerb === "according to" || !SPEECH_VERBS.has(verb) || speaker.kind !== "person";
    return { subject, appositive, verb: according ? "according to" : plainVerb(style) };
  }
  const fixed = fixVerb(verb, style.timeElement ? statement?.complement : undefined, style, policy);
  return fixed.complement === undefined
    ? { subject, appositive, verb: fixed.verb }
    : { subject, appositive, verb: fixed.verb, complement: fixed.complement };
}

/** Abbreviations a name is cut at when a sentence splitter takes their dot for a full stop ("St." of "St. Pierre"). */
const CUT_ABBREVIATION = /(?:^|\s)(?:St|Ste|Mt|Ft|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof)\.?$/;

/**
 * A speaker that is no whole noun phrase: one lowercase word ("st", "data",
 * "medic"; a group in the plural, "prosecutors", "police", names its source),
 * or a name that ends at an abbreviation. A placeholder is better copy than
 * a fragment.
 */
export function isFragment(subject: string): boolean {
  const words = subject.trim().split(/\s+/);
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]) && !/s$|^police$/.test(words[0])) return true;
  return CUT_ABBREVIATION.test(subject.trim());
}

/** Why a claim's fix cannot name a source: no source article, the claim not in it, or no speaker for it there. */
function unfixable(index: SourceIndex, passage: Passage | undefined): Unfixable {
  return index.sources.length === 0 ? "no-source" : passage ? "no-speaker" : "not-in-source";
}

function evidenceOf(passage: Passage, speaker: string | undefined): Evidence {
  const { source, start, end } = passage;
  return { sourceId: source.source.id, start, end, speaker, passage: source.article.text.slice(start, end) };
}

function withAlternative(draft: DraftLayout, claim: Claim, style: StyleProfile, preferred: Fix): Fix[] {
  return [preferred, placeholderFix(draft, claim, style, false)];
}

function remembered<P extends Passage>(
  index: SourceIndex,
  key: () => string,
  find: () => P | undefined,
): P | undefined {
  // Without a source article there is nothing to find, nor a key to build.
  if (index.sources.length === 0) return undefined;
  return index.matches.remember(key(), find) as P | undefined;
}

/** A sentence longer than this is keyed by the words around the number, not by its whole text. */
const LONG_SENTENCE = 600;

/**
 * What a number's match reads of the draft. Its sentence, its place there
 * and the draft just after it (its unit) are cheap to put together; in a
 * long sentence (a list of thousands of numbers) that would cost as much as
 * the sentence for every number, so the key is what the match reads.
 */
function numberKey(draft: DraftLayout, claim: Claim): string {
  const sentence = sentenceHolding(draft, claim.start);
  if (sentence.end - sentence.start > LONG_SENTENCE) return `w${numberMatchKey(draft, claim)}`;
  const at = claim.start - sentence.start;
  const { text } = draft;
  return `s${at}\u0000${claim.text}\u0000${text.slice(sentence.start, sentence.end)}\u0000${text.slice(claim.end, claim.end + 40)}`;
}

function suggestQuote(draft: DraftLayout, claim: Claim, index: SourceIndex, options: FixOptions): Suggestion {
  const inner = claim.inner ?? claim.text.slice(1, -1);
  const passage = remembered(
    index,
    () => `q${inner}`,
    () => matchQuote(inner, index.sources),
  );
  const quote = passage && quoteAt(passage.source.article, passage.anchor);
  const asked = !quote && passage && askedUnnamed(passage.source, passage.anchor);
  const found = quote
    ? passage.source.speakers.quoteSpeakers.get(quote)
    : asked
      ? options.publication
        ? { speaker: organisation(options.publication) }
        : undefined
      : passage && speechParagraphAt(passage.source, passage.anchor);
  const said = found && !isFragment(found.speaker.first) ? found : undefined;
  if (!passage || !said) {
    return {
      evidence: passage && evidenceOf(passage, undefined),
      fixes: [placeholderFix(draft, claim, index.style, true, asked ? "no-publication" : unfixable(index, passage))],
    };
  }
  const style = index.styleOf.get(passage.source) ?? index.style;
  const who = attributor(index, draft.text, claim, said.speaker, said.statement, style, options.verbs);
  const fix = attributionFix(draft, claim, who, style, `Attribute to ${said.speaker.later} (source article)`, true);
  return { evidence: evidenceOf(passage, said.speaker.name), fixes: withAlternative(draft, claim, style, fix) };
}

/**
 * Who states a number in the source: the quotation's speaker, the
 * sentence's attribution, the speaker whose unquoted words hold it (a
 * transcript's turn, a press release), the document a notes section credits
 * for the article's figures, or the article itself.
 */
function numberSpeaker(passage: NumberPassage): { speaker?: Speaker; statement?: Statement; ownVoice: boolean } {
  const { article, speakers } = passage.source;
  const quote = quoteAt(article, passage.mention.start);
  if (quote) {
    const said = speakers.quoteSpeakers.get(quote);
    return { speaker: said?.speaker, statement: said?.statement, ownVoice: false };
  }
  const statement = statementFor(speakers, article, passage.sentence, passage.mention.start);
  if (statement) return { speaker: statement.speaker, statement, ownVoice: false };
  const spoken = speakers.speechParagraphs.get(article.sentences[passage.sentence].paragraph);
  if (spoken) return { ...spoken, ownVoice: false };
  if (speakers.unresolved.has(passage.sentence)) return { ownVoice: false };
  const credit = figureCredit(speakers, article.sentences[passage.sentence].paragraph);
  return credit ? { speaker: credit, ownVoice: false } : { ownVoice: true };
}

/** Whose name a number passage in the publication's own voice is attributed to. */
const publicationFor = (p: NumberPassage, options: FixOptions) =>
  p.source.publication ?? (options.publication || undefined);

/** The source passage that states a number claim, remembered by what it reads of the draft. */
function stating(draft: DraftLayout, claim: Claim, index: SourceIndex, options: FixOptions): NumberPassage | undefined {
  const describe = (p: NumberPassage) => {
    const said = numberSpeaker(p);
    return said.ownVoice ? `\u0000${publicationFor(p, options) ?? ""}` : (said.speaker?.name ?? "");
  };
  // The publication option decides between passages that differ only in whose voice they are in.
  return remembered(
    index,
    () => `n${options.publication}\u0000${numberKey(draft, claim)}`,
    () => matchNumber(draft, claim, index.sources, describe),
  );
}

/** Whether the index's articles state a claim's quantities, kept by its text: looked up, then set, with no closure made a claim. */
function statedBy(index: SourceIndex, claim: Claim): boolean {
  const known = index.stated.get(claim.text);
  if (known !== undefined) return known;
  const stated = statedInSources(claim, index.sources);
  index.stated.set(claim.text, stated);
  return stated;
}

function suggestNumber(draft: DraftLayout, claim: Claim, index: SourceIndex, options: FixOptions): Suggestion {
  const stated = index.sources.length > 0 && statedBy(index, claim);
  const passage = stated ? stating(draft, claim, index, options) : undefined;
  if (!passage) return { fixes: [placeholderFix(draft, claim, index.style, true, unfixable(index, passage))] };
  const said = numberSpeaker(passage);
  const style = index.styleOf.get(passage.source) ?? index.style;
  if (said.ownVoice) {
    const publication = publicationFor(passage, options);
    const evidence = evidenceOf(passage, publication);
    if (!publication)
      return {
        evidence,
        fixes: [placeholderFix(draft, claim, { ...style, dataVerb: "according to" }, true, "no-publication")],
      };
    const who: Attributor = { subject: publication, verb: "according to" };
    const fix = attributionFix(
      draft,
      claim,
      who,
      style,
      `Attribute to ${publication} (the source article's own voice)`,
      true,
    );
    return { evidence, fixes: withAlternative(draft, claim, style, fix) };
  }
  if (!said.speaker || isFragment(said.speaker.first))
    return {
      evidence: evidenceOf(passage, undefined),
      fixes: [placeholderFix(draft, claim, style, true, "no-speaker")],
    };
  const who = attributor(index, draft.text, claim, said.speaker, said.statement, style, options.verbs);
  const fix = attributionFix(draft, claim, who, style, `Attribute to ${said.speaker.later} (source article)`, true);
  return { evidence: evidenceOf(passage, said.speaker.name), fixes: withAlternative(draft, claim, style, fix) };
}

/**
 * The evidence for an unattributed claim and the fixes for it, preferred
 * first: the source article's speaker when the claim is found there, a
 * placeholder to fill in when it is not.
 */
export function suggest(
  draft: DraftLayout,
  claim: Claim,
  index: SourceIndex,
  options: FixOptions = { publication: "", verbs: "neutral" },
): Suggestion {
  return claim.kind === "quote"
    ? suggestQuote(draft, claim, index, options)
    : suggestNumber(draft, claim, index, options);
}

/** Whether an offset of a source article is in a transcript's question that the article credits to no one it names. */
function askedUnnamed(source: AnalysedSource, offset: number): boolean {
  return source.speakers.unnamedQuestions?.has(paragraphAt(source.article, offset)) ?? false;
}

/** The speaker of the unquoted speech paragraph holding an offset of a source article, if it is one. */
function speechParagraphAt(
  source: AnalysedSource,
  offset: number,
): { speaker: Speaker; statement?: Statement } | undefined {
  return source.speakers.speechParagraphs.get(paragraphAt(source.article, offset));
}

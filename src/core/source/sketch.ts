import { BoundedMap } from "../boundedMap";
import { DraftFacts, layoutOf } from "../facts";
import { Evidence, Finding, SourceArticle } from "../types";
import { AnalysedSource, derived } from "./analysis";
import { ArticleCut, articleOf, cutArticle } from "./article";
import { MATCHES_CAPACITY, matchNumber, matchQuote, numberMatchKey, Passage, statedInSources } from "./match";
import { publicationOf } from "./publication";
import { SpeakerMap } from "./speakers";

/**
 * A source article cut but not read: its paragraphs, sentences, quotations
 * and numbers, no word tagged and no speaker known. Cutting costs what
 * reading a draft of its size does; tagging its words costs many times that
 * and loading compromise a few hundred milliseconds more. Matching reads
 * only the cut, so a sketch says where a claim is in the article (its
 * evidence) long before the article is read; who says it waits for the
 * reading.
 */
const NO_SPEAKERS: SpeakerMap = {
  statements: [],
  quoteSpeakers: new Map(),
  people: new Map(),
  speechParagraphs: new Map(),
  unresolved: new Set(),
};

/**
 * An article longer than this (in characters) is not sketched where the
 * reporter types: cutting one this long takes a sixth of a second or so,
 * less than the first check of a 20,000-word draft, once per article; a
 * longer one would hold up the keystroke (and is read by passage, see
 * passages.ts).
 */
export const SKETCH_UP_TO = 256 * 1024;

/** The article of a cut, no paragraph read, as matching reads it. */
export function sketchOf(source: SourceArticle, cut: ArticleCut): AnalysedSource {
  const article = articleOf(cut, new Set());
  return { source, article, speakers: NO_SPEAKERS, publication: publicationOf(source), derived: new Map() };
}

/** Cuts a source article for its sketch. */
export function sketch(source: SourceArticle): AnalysedSource {
  return sketchOf(source, cutArticle(source.text));
}

/**
 * The evidence sketches give a draft's unattributed claims, added to their
 * findings; the speaker is left out, as the sketches know none. A number
 * whose best passage ties with another is left without: the reading may
 * find that the two have different speakers and match neither. Matches are
 * kept with the first sketch, for the checks made while the article is read.
 */
export function withSketchedEvidence(
  facts: DraftFacts,
  findings: readonly Finding[],
  sketches: AnalysedSource[],
): Finding[] {
  if (sketches.length === 0) return [...findings];
  const layout = layoutOf(facts);
  const set = sketches.map((s) => s.source.id).join("\u0000");
  const known = derived(
    sketches[0],
    "sketch.matches",
    () => new BoundedMap<string, Passage | undefined>(MATCHES_CAPACITY),
  );
  const remembered = (key: string, find: () => Passage | undefined) => known.remember(`${set}\u0001${key}`, find);
  return findings.map((f) => {
    const claim = f.claim;
    if (f.evidence || !claim || (f.code !== "unattributed-quote" && f.code !== "unattributed-number")) return f;
    const inner = claim.inner ?? claim.text.slice(1, -1);
    const passage =
      claim.kind === "quote"
        ? remembered(`q${inner}`, () => matchQuote(inner, sketches))
        : statedInSources(claim, sketches)
          ? remembered(`n${numberMatchKey(layout, claim)}`, () =>
              matchNumber(layout, claim, sketches, (p) => `${p.source.source.id}\u0000${p.start}`),
            )
          : undefined;
    if (!passage) return f;
    const { source, start, end } = passage;
    const evidence: Evidence = {
      sourceId: source.source.id,
      start,
      end,
      passage: source.article.text.slice(start, end),
    };
    return { ...f, evidence };
  });
}

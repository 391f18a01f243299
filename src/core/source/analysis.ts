import { SourceArticle } from "../types";
import { Article, readArticle } from "./article";
import { publicationOf } from "./publication";
import { mapSpeakers, SpeakerMap } from "./speakers";

/** A source article with everything read from it once: its words, its speakers and its publication. */
export interface AnalysedSource {
  source: SourceArticle;
  article: Article;
  speakers: SpeakerMap;
  publication?: string;
  /** What matching and the fidelity checks work out from the article on first use, kept with it. */
  derived: Map<string, unknown>;
}

/** Reads a source article (source/sourceCache.ts keeps what has been read). */
export function analyse(source: SourceArticle): AnalysedSource {
  const article = readArticle(source.text);
  const publication = publicationOf(source);
  return { source, article, speakers: mapSpeakers(article, publication), publication, derived: new Map() };
}

/** A value worked out once from an analysed source and kept with it: `key` names what it is. */
export function derived<T>(source: AnalysedSource, key: string, make: () => T): T {
  if (!source.derived.has(key)) source.derived.set(key, make());
  return source.derived.get(key) as T;
}

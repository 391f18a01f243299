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
}

const cache = new Map<string, AnalysedSource>();
const CACHE_SIZE = 16;

/** Reads a source article, remembering the last few so an editor re-checking as the reporter types pays once. */
export function analyse(source: SourceArticle): AnalysedSource {
  const key = `${source.id}\u0000${source.publication ?? ""}\u0000${source.text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const article = readArticle(source.text);
  const analysed = { source, article, speakers: mapSpeakers(article), publication: publicationOf(source) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, analysed);
  return analysed;
}

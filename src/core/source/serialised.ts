import { SourceArticle } from "../types";
import { AnalysedSource } from "./analysis";
import { Article, midSentenceCounts, Word } from "./article";
import { SpeakerMap } from "./speakers";

/**
 * An analysed source article as data that can cross to another thread
 * (`postMessage`'s structured clone), so that an editor can read source
 * articles in a worker and check drafts against them on its own thread.
 * Structured clone keeps Maps, Sets and objects shared within one message,
 * but a long article has a word object, each with its own set of tags, for
 * every word: cloning those costs a good part of what tagging them did. The
 * words go as typed arrays, with each distinct set of tags once; the
 * quotations a speaker map is keyed by go as indexes into the article's.
 */
export interface SerialisedSource {
  source: SourceArticle;
  publication: string | undefined;
  /** The article but its text (the source's), its words and what is counted from them. */
  article: Omit<Article, "text" | "words" | "midSentence">;
  words: SerialisedWords;
  speakers: Omit<SpeakerMap, "quoteSpeakers"> & {
    /** Each quotation's speaker, by the quotation's index in the article's quotes. */
    quoteSpeakers: [number, QuoteSpeaker][];
  };
}

type QuoteSpeaker = SpeakerMap["quoteSpeakers"] extends Map<unknown, infer V> ? V : never;

export interface SerialisedWords {
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  /** Index of each word's set of tags in `tagSets`. */
  tags: Int32Array;
  tagSets: string[][];
  /** The words whose text is not the article's text between their offsets, by word index (none that the tagger gives). */
  texts: [number, string][];
}

/** An analysed source as data to post to another thread. */
export function serialiseSource(analysed: AnalysedSource): SerialisedSource {
  const { article, speakers } = analysed;
  const { words } = article;
  const n = words.length;
  const out: SerialisedWords = {
    start: new Int32Array(n),
    end: new Int32Array(n),
    sentence: new Int32Array(n),
    tags: new Int32Array(n),
    tagSets: [],
    texts: [],
  };
  const setIds = new Map<ReadonlySet<string>, number>();
  const setIdsByName = new Map<string, number>();
  words.forEach((w, i) => {
    out.start[i] = w.start;
    out.end[i] = w.end;
    out.sentence[i] = w.sentence;
    let id = setIds.get(w.tags);
    if (id === undefined) {
      const tags = [...w.tags];
      const name = tags.join("\u0000");
      id = setIdsByName.get(name);
      if (id === undefined) {
        id = out.tagSets.push(tags) - 1;
        setIdsByName.set(name, id);
      }
      setIds.set(w.tags, id);
    }
    out.tags[i] = id;
    if (article.text.slice(w.start, w.end) !== w.text) out.texts.push([i, w.text]);
  });
  const quoteIndex = new Map(article.quotes.map((q, i) => [q, i]));
  return {
    source: analysed.source,
    publication: analysed.publication,
    article: { paragraphs: article.paragraphs, sentences: article.sentences, quotes: article.quotes },
    words: out,
    speakers: {
      ...speakers,
      quoteSpeakers: [...speakers.quoteSpeakers].map(([q, said]) => [quoteIndex.get(q) as number, said]),
    },
  };
}

/** The typed arrays of a serialised source, to transfer rather than copy. */
export function transferables(serialised: SerialisedSource): ArrayBuffer[] {
  const { start, end, sentence, tags } = serialised.words;
  return [start, end, sentence, tags].map((a) => a.buffer as ArrayBuffer);
}

/** The analysed source back from its data: the same article, words and speakers as the one serialised. */
export function restoreSource(serialised: SerialisedSource): AnalysedSource {
  const { source, words: w } = serialised;
  const text = source.text;
  // Words with the same tags share one set: nothing changes a word's tags once read.
  const tagSets: ReadonlySet<string>[] = w.tagSets.map((tags) => new Set(tags));
  const texts = new Map(w.texts);
  const words: Word[] = new Array(w.start.length);
  for (let i = 0; i < words.length; i++) {
    const start = w.start[i];
    const end = w.end[i];
    const wordText = texts.get(i) ?? text.slice(start, end);
    words[i] = {
      start,
      end,
      text: wordText,
      lower: wordText.toLowerCase(),
      tags: tagSets[w.tags[i]],
      sentence: w.sentence[i],
    };
  }
  const article: Article = {
    text,
    ...serialised.article,
    words,
    midSentence: midSentenceCounts({ words, sentences: serialised.article.sentences }),
  };
  const quoteSpeakers = new Map(serialised.speakers.quoteSpeakers.map(([q, said]) => [article.quotes[q], said]));
  return {
    source,
    article,
    speakers: { ...serialised.speakers, quoteSpeakers },
    publication: serialised.publication,
    derived: new Map(),
  };
}

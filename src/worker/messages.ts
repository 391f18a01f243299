import type { SerialisedSource } from "../core/source";
import type { SourceArticle } from "../core/types";

/** What the extension asks of the source reader: one article to read, under a number its answer carries. */
export interface ReadRequest {
  id: number;
  source: SourceArticle;
}

/** The reader's answer: the article's analysis, or why it could not be read. */
export type ReadAnswer = { id: number; analysis: SerialisedSource } | { id: number; error: string };

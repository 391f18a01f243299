import { TIME_OR_PLACE_OPENERS as TIME_OR_PLACE } from "../policy/prepositions";
import { Article, quoteAt } from "./article";
import { CONJUNCTIONS, hasPunct, PRONOUNS, sentenceWords } from "./clauses";
import { gapBetween } from "./names";

const TELL = new Set(["told", "tells", "tell"]);

/** Time and place after the verb ("Thursday on the social platform X"), or whom the speaker told ("the CBC"). */
export function complementOf(article: Article, verb: number, after: number, sentence: number): string | undefined {
  const words = article.words;
  const { to: sTo } = sentenceWords(article, sentence);
  if (after >= sTo || hasPunct(gapBetween(article, after - 1, after))) return undefined;
  const first = words[after];
  const told = TELL.has(words[verb].lower);
  if (!told && !TIME_OR_PLACE.has(first.lower) && !first.tags.has("Date")) return undefined;
  let to = after;
  while (
    to < sTo &&
    (to === after || !/[,;:.!?“”"]/.test(gapBetween(article, to - 1, to))) &&
    words[to].lower !== "that"
  )
    to++;
  const span = words.slice(after, to);
  if (
    span.length > 10 ||
    span.some(
      (w) => CONJUNCTIONS.has(w.lower) || PRONOUNS.has(w.lower) || (w.tags.has("Verb") && !w.tags.has("Gerund")),
    )
  )
    return undefined;
  if (quoteAt(article, span[0].start)) return undefined;
  return article.text.slice(span[0].start, span[span.length - 1].end);
}

/**
 * Documents and signs that speak (policy 2, v1.2: `the memo opens`, `the
 * banner read`, `the statement said`, `the letter says`): written things a
 * story quotes as it would a speaker. From the policy's examples and the
 * documents wire copy quotes (filings, rulings, captions, placards).
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  (
    "memo memos memorandum letter letters banner banners sign signs placard placards poster posters note notes " +
    "statement statements release notice notices email emails message messages text texts post posts tweet tweets " +
    "caption captions headline headlines sticker stickers leaflet leaflets flyer flyers billboard billboards " +
    "complaint lawsuit suit indictment ruling ruling's judgment verdict order filing motion affidavit petition " +
    "biography memoir book article editorial column essay obituary transcript minutes agenda manifesto plaque " +
    "inscription label warning advert advertisement ad ads"
  ).split(" "),
);

/** What a document does when it is quoted: `the sign read`, `the memo opens`, `the ruling concludes`. */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set(
  "read reads opens opened begins began ends ended concludes concluded continues continued".split(" "),
);

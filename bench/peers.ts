import nlp from "compromise";
import writeGood from "write-good";

/**
 * What a user might run instead, called in-process on the same text: the
 * floor (a regular-expression scan that only finds where claims could be),
 * two prose checkers from the npm registry, and compromise over the whole
 * text (what the engine would cost if it parsed every word).
 */
export interface Peer {
  name: string;
  check: (text: string) => number;
}

const FLOOR =
  /["\u201C\u201D\u2018\u2019]|\d+|\b(?:said|says|told|tells|wrote|writes|added|according to|stated|noted|announced|reported)\b/g;

export const regexFloor: Peer = {
  name: "regex scan (floor)",
  check: (text) => text.match(FLOOR)?.length ?? 0,
};

export const writeGoodPeer: Peer = {
  name: "write-good",
  check: (text) => writeGood(text).length,
};

export const compromisePeer: Peer = {
  name: "compromise (parse + numbers + people)",
  check: (text) => {
    const doc = nlp(text);
    return doc.numbers().out("array").length + doc.people().out("array").length;
  },
};

/** alex is ESM-only, so it is imported when the benchmark runs. */
export async function alexPeer(): Promise<Peer> {
  const { markdown } = await import("alex");
  return { name: "alex", check: (text) => markdown(text).messages.length };
}

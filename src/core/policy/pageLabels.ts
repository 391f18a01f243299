/**
 * Labels in capitals at the head of a paragraph that name no one: a web
 * page's section and media markers ("WATCH:", "VIDEO:", "Notes:"). Gathered
 * from the markers news sites put before embedded media, updates and
 * fact-check boxes, so a transcript reader never takes one for a speaker.
 */
export const PAGE_LABELS: ReadonlySet<string> = new Set(
  "watch video audio live photo photos read more note notes update updates breaking fact check source sources related see also listen".split(
    " ",
  ),
);

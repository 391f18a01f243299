/**
 * Verbs of communication whose object is the listener (`told the paper`,
 * `assured reporters`, `briefed the council`): the noun phrase right after
 * them is whom the words were for, never who spoke them, so an inverted tag
 * (`"…," said the paper`) cannot be read after them. The lemmas are
 * VerbNet's tell class (37.2) and the inform class (37.9) that take a
 * person as object, in the forms a news sentence uses.
 */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(
  (
    "tell tells told inform informs informed assure assures assured remind reminds reminded notify notifies " +
    "notified brief briefs briefed"
  ).split(" "),
);

/**
 * Abbreviations after which a full stop does not end a sentence: AP's
 * courtesy and military titles, month abbreviations, street words, Latin
 * abbreviations and country initials.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "mr mrs ms dr prof sr jr st gen col lt sgt capt gov sen rep rev hon pres supt det cpl maj adm cmdr insp coun couns cllr atty " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs v approx est ft mt fig av ave blvd " +
    "e.g i.e a.m p.m u.s u.k u.n u.s.a d.c e.u"
  ).split(" "),
);

/** Abbreviations that often end a sentence too; a following sentence opener decides. */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "a.m p.m u.s u.k u.n u.s.a d.c e.u inc corp co ltd etc av st".split(" "),
);

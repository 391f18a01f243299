/**
 * Verbs of asking (WordNet's verb.communication senses of ask, interview and
 * question: "pose a question", "conduct an interview"), in the forms an
 * interview's intro writes them: their subject, or the one after `by`, is
 * the interviewer (`Jane Doe asked him`, `interviewed by Jane Doe`).
 */
export const ASKING_VERBS: ReadonlySet<string> = new Set(
  "asked asks interviewed interviews questioned questions".split(" "),
);

import { checkDraft } from "../../../../src/core/check";
import { Finding, FidelityCode, SourceArticle, TextEdit } from "../../../../src/core/types";

/** A wire story of our own about a river flood, the source the drafts below are written from. */
export const FLOOD_WIRE: SourceArticle = {
  id: "flood-wire.txt",
  text: [
    "River floods force evacuations in Millbrook",
    "",
    "About 3,200 residents left their homes in Millbrook on Tuesday as the Alder River rose past its banks, the county emergency office said.",
    "",
    '"We are asking everyone in the low streets to leave now and not wait for the water," county emergency manager Priya Raman said at a briefing. "The shelters at the high school have room for everyone."',
    "",
    "The river crested at 24 feet, nearly 9 feet above flood stage, according to the National Weather Service.",
    "",
    '"I have lived here since 1987 and I have never seen it this high," said resident Tom Becker, 71.',
    "",
    "Mayor Lena Ortiz said repairs to the levee would cost $18 million. The town council meets on Thursday to vote on emergency funding for the repairs.",
    "",
    '"We don\'t have a day to lose on that levee - not one," Ortiz said.',
    "",
    "The water treatment plant will stay open through the weekend, Raman said.",
    "",
    "The flood closed 40 percent of the town's roads by Tuesday evening.",
    "",
    "© Valley Wire",
  ].join("\n"),
};

export function fidelityOf(draft: string, sources: SourceArticle[] = [FLOOD_WIRE], options = {}): Finding[] {
  const codes: FidelityCode[] = ["misquote", "misattributed-quote", "number-mismatch", "uncredited-copy"];
  return checkDraft(draft, sources, options).findings.filter((f) => (codes as string[]).includes(f.code));
}

export function codesOf(draft: string, sources?: SourceArticle[], options = {}): string[] {
  return fidelityOf(draft, sources, options).map((f) => f.code);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

/** The draft after the first fix of its only finding with this code. */
export function fixedBy(draft: string, code: FidelityCode, sources?: SourceArticle[]): string {
  const found = fidelityOf(draft, sources).filter((f) => f.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}`);
  return applyEdits(draft, found[0].fixes[0].edits);
}

import { layoutOf, readDraft } from "./facts";
import { indexSources, suggest } from "./source";
import { DraftLanguage } from "./text/mask";
import { Claim, Evidence, SourceArticle } from "./types";

/**
 * Where the source articles have each claim and who says it there, whatever
 * the claim's status: the sourcing report shows the passage and the
 * speaker's name for attributed claims too, so an editor can check the
 * draft's credit against the source. Undefined where no source has the claim.
 */
export function claimEvidence(
  draft: string,
  language: DraftLanguage,
  claims: readonly Claim[],
  sources: SourceArticle[],
): (Evidence | undefined)[] {
  if (sources.length === 0) return claims.map(() => undefined);
  const layout = layoutOf(readDraft(draft, language));
  const index = indexSources(sources, { layout, claims });
  return claims.map((claim) => suggest(layout, claim, index).evidence);
}

import { BoundedMap } from "./boundedMap";
import { movedFix } from "./fixes";
import { closesAsOpened } from "./claims/quotes";
import { DraftFacts, layoutOf, readDraft } from "./facts";
import { FidelityReader, fidelityFindings, KeptFidelity, movedFindings, slotOf } from "./fidelity/findings";
import { judge } from "./judge";
import { excerpt, explain, MAX_EXCERPT } from "./messages";
import { Advice, ParagraphCache, ParagraphChecks } from "./paragraphCache";
import { MemoDraft, ParagraphMemo } from "./paragraphMemo";
import { FixOptions, indexSources, suggest } from "./source";
import { isSuppressed, readDirectives, Suppression, suppressionOf, suppressions } from "./suppress";
import { DraftLayout, paragraphAround } from "./text/layout";
import { DraftLanguage } from "./text/mask";
import { CheckOptions, DEFAULT_OPTIONS } from "./options";
import { CheckResult, Claim, Finding, Fix, SourceArticle, Span, TextEdit, Verdict } from "./types";
import { CAPITAL, LETTER_START } from "./text/patterns";

// Made once at module level, as text/patterns.ts says why.
const LEADING_MARKS = /^[\s,.;:"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E]+/u;
const STRAY_MARK = /\s[,;:.!?]/;

export { ParagraphCache } from "./paragraphCache";
export { claimEvidence } from "./evidence";
export { publicationOf } from "./source/publication";

export interface CheckSettings extends CheckOptions {
  language: DraftLanguage;
}

export interface Analysis {
  facts: DraftFacts;
  verdicts: Verdict[];
  findings: Finding[];
  /** The stretches the draft's suppression comments silence, for the findings a source adds. */
  silenced: Suppression[];
}

/**
 * Segments, finds claims and decides each one under the policy; no source
 * article involved. A cache kept between calls makes re-checking an edited
 * draft cost only the paragraphs the edit touched.
 */
export function analyzeDraft(text: string, options: Partial<CheckSettings> = {}, cache?: ParagraphCache): Analysis {
  const settings: CheckSettings = {
    ...DEFAULT_OPTIONS,
    language: "markdown",
    ...options,
    severities: { ...DEFAULT_OPTIONS.severities, ...options.severities },
  };
  cache?.versions.advance(text);
  const facts = readDraft(text, settings.language, cache);
  const { directives, malformed } = readDirectives(text);
  const silenced = suppressions(text, directives);
  const verdicts: Verdict[] = [];
  const findings: Finding[] = [];
  for (const { claim, attribution } of judge(facts, settings.language, settings.numberScope, cache)) {
    const status = !attribution ? "unattributed" : attribution.weak ? "weak" : "attributed";
    const verdict: Verdict = { claim, status };
    if (attribution) verdict.attribution = attribution;
    verdicts.push(verdict);
    if (status === "attributed" || (status === "weak" && !settings.reportWeak)) continue;
    const code =
      status === "weak" ? "weak-attribution" : claim.kind === "quote" ? "unattributed-quote" : "unattributed-number";
    const suppression = suppressionOf(silenced, code, claim);
    if (suppression) {
      verdict.ignoredBy = suppression.directive;
      continue;
    }
    // A keystroke leaves most claims' words as they were, the same strings: their excerpts are looked up, not cut
    // again. Words that fit an excerpt are only respaced, which costs less than the look-up (a table's figures).
    const words = claim.kind === "quote" ? (claim.inner ?? claim.text) : claim.text;
    const what =
      cache && words.length > MAX_EXCERPT ? cache.excerpts.remember(words, () => excerpt(claim)) : excerpt(claim);
    const { message, reason } = explain(code, claim, what, attribution);
    const severity = settings.severities[code];
    const { start, end } = claim;
    // Two literals, not a spread between properties: what follows a spread is added the slow way, once a claim.
    findings.push(
      attribution
        ? { code, severity, start, end, claim, attribution, fixes: [], message, reason }
        : { code, severity, start, end, claim, fixes: [], message, reason },
    );
  }
  for (const m of malformed) {
    findings.push({
      code: "malformed-directive",
      severity: "warning",
      start: m.start,
      end: m.end,
      fixes: [],
      message: m.problem,
      reason: "A suppression comment Says Who cannot read silences nothing.",
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return { facts, verdicts, findings, silenced };
}

/** What fixes need of the options: the publication for articles that name none, and the verb policy. */
const settingsOf = (options: Partial<CheckOptions>): FixOptions => ({
  publication: options.publication?.trim() || DEFAULT_OPTIONS.publication,
  verbs: options.verbs ?? DEFAULT_OPTIONS.verbs,
});

/**
 * Checks a draft against the policy: every claim with its verdict, and the
 * findings to report, each unattributed claim with its source evidence and
 * fixes in the source article's style (the house style when there is none).
 */
export function checkDraft(
  text: string,
  sources: SourceArticle[] = [],
  options: Partial<CheckSettings> = {},
  cache?: ParagraphCache,
): CheckResult {
  const { facts, verdicts, findings, silenced } = analyzeDraft(text, options, cache);
  const unattributed = findings.filter((f) => f.code === "unattributed-quote" || f.code === "unattributed-number");
  if (unattributed.length === 0 && sources.length === 0) return { verdicts, findings };
  const layout = layoutOf(facts);
  const index = indexSources(sources, { layout, claims: verdicts.map((v) => v.claim) });
  if (cache) index.mentions.follow(text, cache.versions);
  const checks = cache && { known: cache.fixChecks, options: JSON.stringify(options) };
  const reader = new FidelityReader(text, facts, verdicts, index, {
    ...DEFAULT_OPTIONS,
    ...options,
    severities: { ...DEFAULT_OPTIONS.severities, ...options.severities },
  });
  const fixOptions = settingsOf(options);
  const advise = (f: Finding): Advice => {
    const claim = f.claim!;
    const { evidence, fixes } = suggest(layout, claim, index, fixOptions);
    const honest = honestFixes(layout, f, fixes, options, checks);
    // Built up, not spread: spreads of optional parts make and copy objects, once a claim.
    const advice: Advice = { fixes: honest };
    if (honest.length === 0) advice.noFix = claim.unclosed ? NO_FIX_UNCLOSED : NO_FIX;
    if (evidence) advice.evidence = evidence;
    return advice;
  };
  const kept =
    cache &&
    checks &&
    keptChecks(
      { facts, index, options: checks.options, versions: cache.versions, places: cache.placesIn(facts) },
      cache.checks,
      verdicts,
      unattributed,
      reader,
      advise,
    );
  const fidelity = fidelityFindings(reader, verdicts, kept);
  findings.push(...fidelity.filter((f) => !isSuppressed(silenced, f.code, f)));
  findings.sort((a, b) => a.start - b.start);
  unattributed.forEach((f, i) => {
    if (!f.claim) return;
    const advice = kept?.advice(i) ?? advise(f);
    f.fixes = advice.fixes;
    if (advice.noFix) f.noFix = advice.noFix;
    if (advice.evidence) f.evidence = advice.evidence;
  });
  return { verdicts, findings };
}

/** One paragraph's claims as its memo keeps them: which verdicts and unattributed findings (by their places in the check's lists), and where each stands in the paragraph, as the key. */
interface Group {
  verdicts: number[];
  unattributed: number[];
  /** How many verdicts the key holds, then their slots (slotOf), then each unattributed claim's kind and place. */
  key: (string | number)[];
}

/** What the memo kept for a check, paragraph by paragraph: a verdict's fidelity findings, a paragraph's copies, an unattributed claim's advice (by its place among the unattributed). */
interface Kept extends KeptFidelity {
  advice(unattributed: number): Advice | undefined;
}

/**
 * Every paragraph's fidelity findings, copies and advice, taken from the
 * memo when the paragraph and what it asked of the rest of the draft are as
 * they were, and worked out otherwise: one recall a paragraph, however many
 * claims it holds, where a recall a claim cost a list of thousands of
 * figures more than it saved. A claim that runs past its paragraph is left
 * to be worked out afresh.
 */
function keptChecks(
  draft: MemoDraft,
  memo: ParagraphMemo<ParagraphChecks>,
  verdicts: Verdict[],
  unattributed: Finding[],
  reader: FidelityReader,
  advise: (finding: Finding) => Advice,
): Kept {
  const { facts } = draft;
  const { paragraphs } = facts.doc;
  const groups: (Group | undefined)[] = [];
  const groupOf = (p: number) => (groups[p] ??= { verdicts: [], unattributed: [], key: [0] });
  if (reader.reads) {
    verdicts.forEach((verdict, i) => {
      const group = groupOf(verdict.claim.paragraph);
      if (!slotOf(facts, verdict, group.key)) return;
      group.verdicts.push(i);
      group.key[0] = group.verdicts.length;
    });
  }
  unattributed.forEach(({ claim }, i) => {
    const p = claim && paragraphs[claim.paragraph];
    if (!claim || !p || claim.lastParagraph || claim.start < p.start || claim.end > p.end) return;
    const group = groupOf(claim.paragraph);
    group.unattributed.push(i);
    group.key.push(claim.kind, claim.start - p.start, claim.end - p.start);
  });
  const claims: (Finding[] | undefined)[] = [];
  const copies: (Finding[] | undefined)[] = [];
  const advice: (Advice | undefined)[] = [];
  const copying = reader.reads && reader.options.reportCopy;
  const none: Group = { verdicts: [], unattributed: [], key: [0] };
  for (let p = 0; p < (copying ? facts.paragraphSentences.length : groups.length); p++) {
    const group = groups[p] ?? (copying ? none : undefined);
    if (!group) continue;
    const { verdicts: own, unattributed: plain } = group;
    const make = (): ParagraphChecks => ({
      claims: own.map((i) => reader.claim(verdicts[i])),
      copies: copying ? reader.copies(p) : [],
      advice: plain.map((i) => advise(unattributed[i])),
    });
    const move = (checks: ParagraphChecks, by: number): ParagraphChecks => ({
      claims: checks.claims.map((found, j) => movedFindings(found, by, verdicts[own[j]])),
      copies: movedFindings(checks.copies, by),
      advice: by === 0 ? checks.advice : checks.advice.map((a) => movedAdvice(a, by)),
    });
    const checks = memo.recall(draft, p, group.key, make, move);
    own.forEach((i, j) => (claims[i] = checks.claims[j]));
    copies[p] = checks.copies;
    plain.forEach((i, j) => (advice[i] = checks.advice[j]));
  }
  return { claim: (i) => claims[i], copies: (p) => copies[p], advice: (i) => advice[i] };
}

/** Advice kept for a claim, its fixes moved with the claim's paragraph: shared as it is when the paragraph did not move (nothing writes to advice). */
function movedAdvice(advice: Advice, by: number): Advice {
  if (by === 0) return advice;
  // Built up, not spread: advice comes in several shapes, and a spread of many shapes is slow, once a claim after the edit.
  const moved: Advice = { fixes: advice.fixes.map((fix) => movedFix(fix, by)) };
  if (advice.noFix !== undefined) moved.noFix = advice.noFix;
  if (advice.evidence !== undefined) moved.evidence = advice.evidence;
  return moved;
}

const NO_FIX_UNCLOSED =
  "No fix is offered: the quote has no closing mark, so an attribution would land inside it. Close the quote, then attribute it.";
const NO_FIX =
  "No fix is offered: an attribution inserted here would not be read as one (the marks or punctuation around the claim get in the way). Attribute it by hand.";

/** Where an offset lands once the edits are made; an insertion at the offset goes before it. */
function moved(offset: number, edits: readonly TextEdit[]): number {
  return edits.reduce((at, e) => (e.end <= offset ? at + e.newText.length - (e.end - e.start) : at), offset);
}

/**
 * Whether a fix may fail to attribute its claim, and so is checked again: any
 * fix for an unclosed quote or one closed by a mark that does not answer its
 * opening mark (the attribution may land inside it), and a
 * speaker taken from a source article that is written without a capital,
 * starts with no letter or holds stray punctuation (", said on Monday" from
 * a garbled article, "said ines ferreira"), which the checker may not read
 * as a speaker.
 */
function atRisk(claim: Claim, fix: Fix): boolean {
  if (claim.unclosed || (claim.kind === "quote" && !closesAsOpened(claim.text))) return true;
  if (fix.placeholder) return false;
  const words = fix.edits.map((e) => e.newText.replace(LEADING_MARKS, "")).join(" ");
  return !LETTER_START.test(words) || !CAPITAL.test(words) || fix.edits.some((e) => STRAY_MARK.test(e.newText));
}

/** The paragraphs a claim stands in, from the first's start to the last's end (or the claim's, if later). */
function claimParagraphs(layout: DraftLayout, claim: Claim): Span {
  const start = paragraphAround(layout, claim.start).start;
  return { start, end: Math.max(paragraphAround(layout, Math.max(claim.start, claim.end - 1)).end, claim.end) };
}

/** Answers already found to whether a fix resolves its claim, and the options they hold for, as a key. */
interface FixChecks {
  known: BoundedMap<string, boolean>;
  options: string;
}

/**
 * The fixes that attribute their claim: one at risk of not doing so is made
 * to the claim's paragraphs alone and checked again, and dropped if the claim
 * stays unattributed; the preferred mark passes to the first that remains.
 * Only the claim's paragraphs are read again, and only for those fixes, so a
 * check costs about what it did; with a cache, only when they changed.
 */
function honestFixes(
  layout: DraftLayout,
  finding: Finding,
  fixes: Fix[],
  options: Partial<CheckSettings>,
  checks?: FixChecks,
): Fix[] {
  const claim = finding.claim!;
  // Most fixes are not at risk, and a table's claims are thousands: those are kept without a closure a claim.
  const kept = anyAtRisk(claim, fixes)
    ? fixes.filter((fix) => resolves(layout, finding, fix, options, checks))
    : fixes.slice();
  if (kept.length === 0 || kept.some(isPreferred)) return kept;
  return kept.map((fix, i) => ({ ...fix, isPreferred: i === 0 }));
}

const isPreferred = (fix: Fix) => fix.isPreferred;

function anyAtRisk(claim: Claim, fixes: Fix[]): boolean {
  for (const fix of fixes) if (atRisk(claim, fix)) return true;
  return false;
}

/** Whether a fix attributes its claim: one at risk is made to the claim's paragraphs and they are checked again. */
function resolves(
  layout: DraftLayout,
  finding: Finding,
  fix: Fix,
  options: Partial<CheckSettings>,
  checks?: FixChecks,
): boolean {
  const claim = finding.claim!;
  if (!atRisk(claim, fix)) return true;
  const { start: from, end: to } = claimParagraphs(layout, claim);
  if (fix.edits.some((e) => e.start < from || e.end > to)) return true;
  const local = fix.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from }));
  const fixed = [...local]
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), layout.text.slice(from, to));
  const at = moved(claim.start - from, local);
  const recheck = () => !analyzeDraft(fixed, options).findings.some((f) => f.code === finding.code && f.start === at);
  return checks
    ? checks.known.remember(`${checks.options}\u0000${finding.code}\u0000${at}\u0000${fixed}`, recheck)
    : recheck();
}

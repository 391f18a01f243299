import { Cue, findCues } from "./attribution/detect";
import { attributeNumber, attributeQuote, CueIndex } from "./attribution/rules";
import { findNumbers } from "./claims/numbers";
import { isShortQuote } from "./claims/quotes";
import { explain } from "./messages";
import { indexSources, suggest } from "./source";
import { isSuppressed, readDirectives, suppressions } from "./suppress";
import { DraftLanguage } from "./text/mask";
import { segment, Segmented } from "./text/segment";
import { tokenize } from "./text/tokens";
import {
  Attribution, CheckOptions, CheckResult, Claim, DEFAULT_OPTIONS, Finding, SourceArticle, Verdict,
} from "./types";

export interface CheckSettings extends CheckOptions {
  language: DraftLanguage;
}

const DASH_TAG = /^[\s,.]*(?:\u2014|\u2013|--)\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*)/u;

function quoteEnds(doc: Segmented): Set<number> {
  return new Set(doc.quotes.map((q) => q.end));
}

/** An attribution tag right after a quote (`Smith said.`), which keeps the quote and the tag one sentence. */
function isAttributionTag(frame: string, from: number, to: number): boolean {
  const stop = frame.slice(from, to).search(/[.?!]/);
  const end = stop < 0 ? to : from + stop;
  const tokens = tokenize(frame, from, end);
  if (tokens.length === 0 || tokens.filter((t) => t.kind === "word").length > 8) return false;
  return findCues(tokens, frame.slice(from, end), from, { hasQuote: true, quoteEnds: new Set() }).some((c) => c.speech);
}

function indexCues(doc: Segmented): CueIndex {
  const ends = quoteEnds(doc);
  const bySentence: Cue[][] = doc.sentences.map((s) => {
    const tokens = tokenize(doc.frame, s.start, s.end);
    const hasQuote = doc.quotes.some((q) => q.start < s.end && s.start < q.end);
    return findCues(tokens, doc.frame.slice(s.start, s.end), s.start, { hasQuote, quoteEnds: ends });
  });
  const byParagraph: Cue[][] = doc.paragraphs.map(() => []);
  for (const s of doc.sentences) byParagraph[s.paragraph].push(...bySentence[s.index]);
  const dashByParagraph = doc.paragraphs.map((p) => {
    const last = doc.quotes.filter((q) => q.end <= p.end && q.end > p.start).pop();
    if (!last) return undefined;
    const m = DASH_TAG.exec(doc.masked.slice(last.end, p.end));
    if (!m) return undefined;
    const start = last.end + m.index + m[0].length - m[1].length;
    return { start, end: start + m[1].length, cue: "—", source: m[1], speech: true } satisfies Cue;
  });
  return { bySentence, byParagraph, dashByParagraph };
}

function sentenceAt(doc: Segmented, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every claim in the draft with the attribution that covers it, if any. */
function judge(doc: Segmented, cues: CueIndex, settings: CheckSettings): { claim: Claim; attribution?: Attribution }[] {
  const judged: { claim: Claim; attribution?: Attribution }[] = [];
  for (const q of doc.quotes) {
    if (isShortQuote(q)) continue;
    const sentence = sentenceAt(doc, q.start);
    const claim: Claim = {
      kind: "quote", start: q.start, end: q.end, text: doc.text.slice(q.start, q.end), inner: q.inner,
      paragraph: q.paragraph, sentence, ...(q.lastParagraph !== q.paragraph ? { lastParagraph: q.lastParagraph } : {}),
    };
    judged.push({ claim, attribution: attributeQuote(doc, cues, q) });
  }
  for (const s of doc.sentences) {
    const tokens = tokenize(doc.frame, s.start, s.end);
    for (const n of findNumbers(tokens, s.start)) {
      const claim: Claim = {
        kind: "number", start: n.start, end: n.end, text: doc.text.slice(n.start, n.end),
        paragraph: s.paragraph, sentence: s.index, ...(n.value !== undefined ? { value: n.value } : {}),
      };
      judged.push({ claim, attribution: attributeNumber(cues, s.index, s.paragraph, settings.numberScope) });
    }
  }
  return judged.sort((a, b) => a.claim.start - b.claim.start);
}

export interface Analysis {
  doc: Segmented;
  verdicts: Verdict[];
  findings: Finding[];
}

/** Segments, finds claims and decides each one under the policy; no source article involved. */
export function analyzeDraft(text: string, options: Partial<CheckSettings> = {}): Analysis {
  const settings: CheckSettings = { ...DEFAULT_OPTIONS, language: "markdown", ...options, severities: { ...DEFAULT_OPTIONS.severities, ...options.severities } };
  const doc = segment(text, settings.language, isAttributionTag);
  const cues = indexCues(doc);
  const { directives, malformed } = readDirectives(text);
  const silenced = suppressions(text, directives);
  const verdicts: Verdict[] = [];
  const findings: Finding[] = [];
  for (const { claim, attribution } of judge(doc, cues, settings)) {
    const status = !attribution ? "unattributed" : attribution.weak ? "weak" : "attributed";
    verdicts.push({ claim, status, ...(attribution ? { attribution } : {}) });
    if (status === "attributed" || (status === "weak" && !settings.reportWeak)) continue;
    const code = status === "weak" ? "weak-attribution" : claim.kind === "quote" ? "unattributed-quote" : "unattributed-number";
    if (isSuppressed(silenced, code, claim)) continue;
    const { message, reason } = explain(code, claim, attribution);
    findings.push({
      code, severity: settings.severities[code], start: claim.start, end: claim.end, claim,
      ...(attribution ? { attribution } : {}), fixes: [], message, reason,
    });
  }
  for (const m of malformed) {
    findings.push({ code: "malformed-directive", severity: "warning", start: m.start, end: m.end, fixes: [], message: m.problem, reason: "A suppression comment Says Who cannot read silences nothing." });
  }
  findings.sort((a, b) => a.start - b.start);
  return { doc, verdicts, findings };
}

/**
 * Checks a draft against the policy: every claim with its verdict, and the
 * findings to report, each unattributed claim with its source evidence and
 * fixes in the source article's style (the house style when there is none).
 */
export function checkDraft(text: string, sources: SourceArticle[] = [], options: Partial<CheckSettings> = {}): CheckResult {
  const { verdicts, findings } = analyzeDraft(text, options);
  const unattributed = findings.filter((f) => f.claim && (f.code === "unattributed-quote" || f.code === "unattributed-number"));
  if (unattributed.length === 0) return { verdicts, findings };
  const index = indexSources(sources);
  for (const f of unattributed) {
    const { evidence, fixes } = suggest(text, f.claim as Claim, index);
    f.fixes = fixes;
    if (evidence) f.evidence = evidence;
  }
  return { verdicts, findings };
}

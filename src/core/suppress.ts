import { FindingCode, Span } from "./types";

/** The codes a directive may name; a directive naming none silences them all. */
export const SUPPRESSIBLE_CODES: readonly FindingCode[] = [
  "unattributed-quote",
  "unattributed-number",
  "weak-attribution",
  "misquote",
  "misattributed-quote",
  "number-mismatch",
  "uncredited-copy",
];

export type DirectiveKind = "disable-next-line" | "disable" | "enable";

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Empty means every code. */
  codes: FindingCode[];
}

export interface MalformedDirective extends Span {
  problem: string;
}

/** A stretch of the draft where some codes are silenced. */
export interface Suppression extends Span {
  codes: FindingCode[];
  /** The comment that silences it: where a report says a claim was ignored. */
  directive: Span;
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^says-who-(disable-next-line|disable|enable)(?:\s+(.*))?$/;

/**
 * Reads `<!-- says-who-… -->` comments. Anything that starts like a directive
 * but is not one (a misspelt kind, an unknown code) is returned as malformed
 * so the reporter learns it silences nothing.
 */
export function readDirectives(text: string): { directives: Directive[]; malformed: MalformedDirective[] } {
  const directives: Directive[] = [];
  const malformed: MalformedDirective[] = [];
  for (const m of text.matchAll(COMMENT)) {
    const body = m[1].trim();
    if (!/^says-?who/i.test(body)) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const parsed = DIRECTIVE.exec(body);
    if (!parsed) {
      malformed.push({
        ...span,
        problem: `Unknown Says Who directive "${body.split(/\s/)[0]}": use says-who-disable-next-line, says-who-disable or says-who-enable.`,
      });
      continue;
    }
    const kind = parsed[1] as DirectiveKind;
    const names = (parsed[2] ?? "").split(/[\s,]+/).filter((s) => s !== "");
    const unknown = names.filter((n) => !SUPPRESSIBLE_CODES.includes(n as FindingCode));
    if (unknown.length > 0) {
      malformed.push({
        ...span,
        problem: `Unknown code${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} in says-who-${kind}: use ${SUPPRESSIBLE_CODES.join(", ")}.`,
      });
      continue;
    }
    directives.push({ ...span, kind, codes: names as FindingCode[] });
  }
  return { directives, malformed };
}

function nextLine(text: string, from: number): Span {
  let start = text.indexOf("\n", from);
  if (start < 0) return { start: text.length, end: text.length };
  start++;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    if (text.slice(start, stop).trim() !== "") return { start, end: stop };
    if (end < 0) break;
    start = end + 1;
  }
  return { start: text.length, end: text.length };
}

/** Turns directives into silenced stretches: the next non-blank line, or disable … enable. */
export function suppressions(text: string, directives: Directive[]): Suppression[] {
  const out: Suppression[] = [];
  let open: Directive | undefined;
  for (const d of directives) {
    if (d.kind === "disable-next-line") {
      out.push({ ...nextLine(text, d.end), codes: d.codes, directive: spanOf(d) });
    } else if (d.kind === "disable") {
      open ??= d;
    } else if (open) {
      out.push({ start: open.end, end: d.start, codes: open.codes, directive: spanOf(open) });
      open = undefined;
    }
  }
  if (open) out.push({ start: open.end, end: text.length, codes: open.codes, directive: spanOf(open) });
  return out;
}

function spanOf(directive: Directive): Span {
  return { start: directive.start, end: directive.end };
}

export function isSuppressed(list: Suppression[], code: FindingCode, span: Span): boolean {
  return suppressionOf(list, code, span) !== undefined;
}

/** The suppression that silences `code` on a claim at `span`, if any. */
export function suppressionOf(list: Suppression[], code: FindingCode, span: Span): Suppression | undefined {
  // Most drafts silence nothing: no test is made for each of their claims.
  if (list.length === 0) return undefined;
  return list.find(
    (s) => span.start < s.end && s.start <= span.start && (s.codes.length === 0 || s.codes.includes(code)),
  );
}

import { lineStarts, positionAt } from "../core/text/positions";

/** A zero-based line and UTF-16 character, as vscode.Position holds them. */
export interface LineCharacter {
  line: number;
  character: number;
}

/**
 * The line starts of the last few texts asked about: every finding's evidence
 * points into one of the draft's few source articles, and each check asks
 * for all of them again, so each article is scanned once, not once a finding.
 */
const known = new Map<string, number[]>();
const KNOWN_TEXTS = 8;

function startsOf(text: string): number[] {
  let starts = known.get(text);
  if (starts) return starts;
  starts = lineStarts(text);
  known.set(text, starts);
  if (known.size > KNOWN_TEXTS) known.delete(known.keys().next().value as string);
  return starts;
}

/**
 * Where an offset falls in a text that is not open in an editor (a source
 * article read from disk). Lines end at \r\n, \n or \r, as in VS Code.
 */
export function lineCharacterAt(text: string, offset: number): LineCharacter {
  const end = Math.max(0, Math.min(offset, text.length));
  // An offset between \r and \n is the end of its line, as VS Code reads it.
  const between = end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10;
  const { line, column } = positionAt(startsOf(text), between ? end - 1 : end);
  return { line, character: column };
}

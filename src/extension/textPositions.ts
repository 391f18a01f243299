/** A zero-based line and UTF-16 character, as vscode.Position holds them. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** The offset each line starts at. Lines end at \r\n, \n or \r, as in VS Code. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
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
  const starts = startsOf(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= end) lo = mid;
    else hi = mid - 1;
  }
  // An offset between \r and \n is the end of its line, as VS Code reads it.
  const between = end > 0 && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10;
  return { line: lo, character: (between ? end - 1 : end) - starts[lo] };
}

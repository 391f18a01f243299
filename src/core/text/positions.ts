/** A zero-based line and column; columns count UTF-16 code units, as VS Code, SARIF and JavaScript strings do. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * The offset each line of a text starts at. A line ends at "\r\n", "\n" or a
 * lone "\r", the three breaks VS Code recognises, so the CLI, the report and
 * the editor give a draft the same line numbers whatever its line ends.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The line and column of an offset, by binary search over the line starts (a draft can have many findings). */
export function positionAt(starts: readonly number[], offset: number): TextPosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, column: offset - starts[low] };
}

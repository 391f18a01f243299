/** A 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Offsets at which each line starts. A line ends at "\r\n", "\n" or a lone "\r",
 * the three breaks VS Code recognises, so a CRLF draft gets the same line
 * numbers in the CLI as in the editor.
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
export function lineColumnAt(starts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}

/** Maps offsets into one text to line and column, building its line table once. */
export function positionsIn(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  return (offset) => lineColumnAt(starts, offset);
}

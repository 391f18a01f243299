import { lineStarts, positionAt } from "../core/text/positions";

export { lineStarts } from "../core/text/positions";

/** A 1-based line and column; columns count UTF-16 code units, as editors and SARIF do. */
export interface LineColumn {
  line: number;
  column: number;
}

/** The 1-based line and column of an offset, given the text's line starts. */
export function lineColumnAt(starts: readonly number[], offset: number): LineColumn {
  const { line, column } = positionAt(starts, offset);
  return { line: line + 1, column: column + 1 };
}

/** Maps offsets into one text to line and column, building its line table once. */
export function positionsIn(text: string): (offset: number) => LineColumn {
  const starts = lineStarts(text);
  return (offset) => lineColumnAt(starts, offset);
}

/** A zero-based line and UTF-16 character, as vscode.Position holds them. */
export interface LineCharacter {
  line: number;
  character: number;
}

/**
 * Where an offset falls in a text that is not open in an editor (a source
 * article read from disk). Lines end at \r\n, \n or \r, as in VS Code.
 */
export function lineCharacterAt(text: string, offset: number): LineCharacter {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (char !== "\n" && char !== "\r") continue;
    if (char === "\r" && text[i + 1] === "\n") {
      // An offset between \r and \n is the end of its line, as VS Code reads it.
      if (i + 1 >= end) return { line, character: i - lineStart };
      i++;
    }
    line++;
    lineStart = i + 1;
  }
  return { line, character: end - lineStart };
}

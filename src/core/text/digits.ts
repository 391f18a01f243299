/**
 * Whether a text is ASCII digits and nothing else (what `^\d+$` matches),
 * told without a pattern: most figures are, and every figure is read.
 */
export function isDigits(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

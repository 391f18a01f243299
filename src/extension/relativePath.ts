/**
 * The path of `target` relative to the folder `from`, both absolute URI
 * paths ("/home/r/drafts", "/home/r/wire/ap.txt" -> "../wire/ap.txt").
 * Front matter names sources this way, so the draft and its sources can move
 * together.
 */
export function relativePath(from: string, target: string): string {
  const fromParts = from.split("/").filter(Boolean);
  const targetParts = target.split("/").filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < targetParts.length - 1 && fromParts[common] === targetParts[common])
    common++;
  const ups = fromParts.length - common;
  return [...Array<string>(ups).fill(".."), ...targetParts.slice(common)].join("/");
}

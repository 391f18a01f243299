import { frontMatterSpan } from "./frontmatter";

const END_PUNCTUATION = /[.!?\u2026:;,][\s"'\u201D\u2019)\]]*$/;

/**
 * Policy 1.1 (v1.2): in a plain-text draft, a first line with no end
 * punctuation followed by a blank line is the headline, which is not
 * checked. Its span, or undefined when the draft opens with prose.
 */
export function plainHeadline(text: string): { start: number; end: number } | undefined {
  let at = frontMatterSpan(text)?.end ?? 0;
  for (;;) {
    const nl = text.indexOf("\n", at);
    if (nl < 0) return undefined;
    const line = text.slice(at, nl).replace(/\r$/, "");
    if (line.trim() !== "") {
      const next = text.indexOf("\n", nl + 1);
      const following = text.slice(nl + 1, next < 0 ? text.length : next);
      if (following.trim() !== "" || END_PUNCTUATION.test(line.trimEnd())) return undefined;
      return { start: at, end: at + line.length };
    }
    at = nl + 1;
  }
}

import { Document, isMap, isSeq, parseDocument } from "yaml";
import { frontMatterSpan } from "../core/text/frontmatter";
import type { TextEdit } from "../core/types";

/**
 * The edit that makes a Markdown draft's front matter name its source
 * articles (`sources: [wire.txt]`), creating the front matter if there is
 * none. Everything else in the front matter (keys, comments, order) is kept.
 * Returns an error message instead when the front matter is not a YAML map:
 * rewriting it would lose the reporter's text.
 */
export function frontMatterSourcesEdit(text: string, sources: readonly string[]): TextEdit | { error: string } {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const span = frontMatterSpan(text);
  if (!span) {
    const block = `---\nsources: ${flowList(sources)}\n---\n`;
    return { start: 0, end: 0, newText: block.replace(/\n/g, eol) };
  }
  const body = text.slice(span.bodyStart, span.bodyEnd);
  const document = parseDocument(body);
  if (document.errors.length > 0 || !(document.contents === null || isMap(document.contents))) {
    return { error: "The draft's front matter is not a YAML map; fix it, then set the source article again." };
  }
  const list = document.createNode([...sources]);
  list.flow = true;
  document.delete("source");
  document.set("sources", list);
  const newBody = document.toString({ lineWidth: 0 });
  return { start: span.bodyStart, end: span.bodyEnd, newText: newBody.replace(/\r?\n/g, eol) };
}

function flowList(items: readonly string[]): string {
  const document = new Document([...items]);
  if (isSeq(document.contents)) document.contents.flow = true;
  return document.toString({ lineWidth: 0 }).trim();
}

import * as assert from "node:assert/strict";
import { readFrontMatter } from "../../../src/core/text/frontmatter";
import type { TextEdit } from "../../../src/core/types";
import { frontMatterSourcesEdit } from "../../../src/extension/frontMatterSources";

function apply(text: string, edit: TextEdit | { error: string }): string {
  assert.ok(!("error" in edit), "error" in edit ? edit.error : "");
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe("frontMatterSourcesEdit", () => {
  it("creates front matter naming the sources when the draft has none", () => {
    const draft = "# Council backs bike lanes\n\nThe plan will cost $3.4 million.\n";
    const fixed = apply(draft, frontMatterSourcesEdit(draft, ["wire.txt"]));
    assert.equal(
      fixed,
      "---\nsources: [ wire.txt ]\n---\n# Council backs bike lanes\n\nThe plan will cost $3.4 million.\n",
    );
    assert.deepEqual(readFrontMatter(fixed)?.sources, ["wire.txt"]);
  });

  it("replaces the sources and keeps every other key and comment", () => {
    const draft =
      "---\ntitle: Council backs bike lanes # working title\nsources: [old.txt]\nslug: bike-lanes\n---\nBody.\n";
    const fixed = apply(draft, frontMatterSourcesEdit(draft, ["wire.txt", "../releases/city hall.md"]));
    assert.equal(
      fixed,
      "---\ntitle: Council backs bike lanes # working title\nsources: [ wire.txt, ../releases/city hall.md ]\nslug: bike-lanes\n---\nBody.\n",
    );
    assert.deepEqual(readFrontMatter(fixed)?.sources, ["wire.txt", "../releases/city hall.md"]);
  });

  it("turns a singular `source:` key into the `sources:` list", () => {
    const draft = "---\nsource: old.txt\n---\nBody.\n";
    const fixed = apply(draft, frontMatterSourcesEdit(draft, ["wire.txt"]));
    assert.deepEqual(readFrontMatter(fixed)?.data, { sources: ["wire.txt"] });
  });

  it("keeps CRLF line ends", () => {
    const draft = "---\r\ntitle: Flood\r\n---\r\nBody.\r\n";
    assert.equal(
      apply(draft, frontMatterSourcesEdit(draft, ["wire.txt"])),
      "---\r\ntitle: Flood\r\nsources: [ wire.txt ]\r\n---\r\nBody.\r\n",
    );
  });

  it("refuses to rewrite front matter that is not a YAML map", () => {
    const draft = "---\ntitle: [unclosed\n---\nBody.\n";
    const edit = frontMatterSourcesEdit(draft, ["wire.txt"]);
    assert.ok("error" in edit);
    assert.match(edit.error, /not a YAML map/);
  });
});

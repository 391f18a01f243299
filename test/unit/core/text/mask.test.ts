import assert from "node:assert/strict";
import { maskText } from "../../../../src/core/text/mask";

describe("Markdown masking", () => {
  const masked = (text: string) => maskText(text).masked;

  it("keeps the text's length so every offset stays valid", () => {
    const text = "---\ntitle: x\n---\n# Head\n\nSee [the report](https://x.org/a-2025) and `code 12`.\n";
    assert.equal(masked(text).length, text.length);
  });

  it("blanks front matter, headings, code spans and HTML comments", () => {
    const out = masked("---\ntitle: Draft 2\n---\n# Title 12\n\nText `x 5` <!-- note 7 --> end.\n");
    assert.doesNotMatch(out, /Draft|Title|x 5|note/);
    assert.match(out, /Text/);
  });

  it("keeps a link's text and blanks its target", () => {
    const out = masked("According to the [mobility report](https://example.gov/2025.pdf), trips rose.");
    assert.match(out, /mobility report/);
    assert.doesNotMatch(out, /example|2025/);
  });

  it("blanks underscore emphasis and keeps an underscore inside a word", () => {
    assert.equal(
      masked('_"We will rebuild,"_ the mayor said of flood_map_2024.pdf.'),
      ' "We will rebuild,"  the mayor said of flood_map_2024.pdf.',
    );
  });

  it("blanks fenced code blocks", () => {
    assert.doesNotMatch(masked('```\n"A quote that is code, not prose."\n```\n'), /quote/);
  });

  it("marks block-quote and list-item lines", () => {
    const { lines } = maskText("> quoted line\n1. first item\n");
    assert.deepEqual(
      lines.map((l) => l.kind),
      ["blockquote", "list-item", "blank"],
    );
  });

  it("leaves plain text alone apart from front matter", () => {
    assert.equal(maskText("# not a heading in plain text", "plaintext").masked, "# not a heading in plain text");
  });

  it("blanks a raw HTML block up to the blank line after it (v1.2)", () => {
    const out = masked(
      '<figure class="embed">\n<p>"This is a caption with four words," it read.</p>\n</figure>\n\nText after.\n',
    );
    assert.doesNotMatch(out, /caption/);
    assert.match(out, /Text after/);
  });

  it("blanks a script block up to its closing tag, blank lines and all", () => {
    const out = masked('<script>\nvar x = "one two three four";\n\nvar y = 5;\n</script>\nProse.\n');
    assert.doesNotMatch(out, /one two|var y/);
    assert.match(out, /Prose/);
  });

  it("keeps a paragraph that opens with inline HTML", () => {
    assert.match(masked("<b>Storm</b> crews worked all night.\n"), /crews worked/);
  });
});

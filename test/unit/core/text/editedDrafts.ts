import fc from "fast-check";

/** Blocks a draft is made of, among them the ones whose reading runs on over lines and paragraphs. */
const BLOCKS = [
  "The ferry operator cut 14 sailings in March, the harbour office said.",
  "“We cannot run a timetable on a channel this shallow,” said Ines Okafor.",
  "“The first part of a quote that runs on\n\n“and ends a paragraph later,” she said.",
  "“A quote nobody closes, about 30 boats",
  "He called it 'a start' and left.",
  "```\n“not a quote” 42\n```",
  "~~~~\ncode with no end",
  "<div>\nA box with 7 numbers in it.\n</div>",
  '<script>\nvar x = "12";\n\nmore();\n</script>',
  "<!-- an editor's note:\n\n300 complaints -->",
  "<!-- a note left open",
  "Harbour budget\n=====",
  "# A heading with 5 words",
  "- a list item, “quoted”\n- another with 9 figures",
  "> a block quote line\n> “and a quoted one”",
  "    indented code 77",
  "A line with `code 3` and [a link](https://example.org/12) in it.",
];

const TYPED = [
  "a",
  " ",
  "\n",
  "\n\n",
  "\r\n",
  "“",
  "”",
  '"',
  "'",
  "```",
  "\n```\n",
  "~~~",
  "---\n",
  "\n---\n",
  "===",
  "<div>\n",
  "</div>",
  "<script>",
  "</script>",
  "<!--",
  "-->",
  "\n- ",
  "> ",
  "    ",
  "# ",
  "`",
];

/** A draft of such blocks, with or without front matter, with Unix or Windows line ends. */
export const blockDraft = fc
  .record({
    front: fc.boolean(),
    blocks: fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
  })
  .map(({ front, blocks, crlf }) => {
    const text = (front ? "---\ntitle: Harbour\n---\n\n" : "") + blocks.join("\n\n");
    return crlf ? text.replace(/\n/g, "\r\n") : text;
  });

/** An edit: `cut` characters at `at` (modulo the length) replaced by a piece that may open or close any of the blocks. */
export const blockEdit = fc.record({
  at: fc.nat(),
  cut: fc.integer({ min: 0, max: 40 }),
  typed: fc.constantFrom(...TYPED, ""),
});

/** The text after an edit. */
export function applyEdit(text: string, { at, cut, typed }: { at: number; cut: number; typed: string }): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + typed + text.slice(Math.min(text.length, i + cut));
}

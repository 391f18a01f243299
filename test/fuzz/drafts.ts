/**
 * Generated news drafts and source articles for the property tests (bounded,
 * in `npm test`) and the long fuzz run (`npm run fuzz`): every quote style
 * the scanner reads and some it does not, unclosed and mismatched marks,
 * numbers before Markdown links, source articles whose speakers are written
 * in lower case or are no names at all.
 */
import fc from "fast-check";
import { SourceArticle } from "../../src/core/types";

/** Opening and closing marks: straight, curly, German, French (tight and spaced), Swiss, low single, single. */
export const QUOTE_STYLES: readonly [string, string][] = [
  ['"', '"'],
  ["“", "”"],
  ["„", "“"],
  ["«", "»"],
  ["« ", " »"],
  ["‹", "›"],
  ["‚", "‘"],
  ["‘", "’"],
  ["'", "'"],
];

const WORDS =
  "we will not back down now the port stays shut until talks resume crews worked through night to restore power families need answers council vote was never about money budget cuts hurt schools most this plan keeps buses running 🚢 café naïve".split(
    " ",
  );
const SPEAKERS = ["Ines Ferreira", "Carla Nguyen", "Tomas Grabsky", "Ruth Abebe", "Lindqvist"];
const VERBS = ["said", "says", "told reporters", "wrote", "added"];
const FILLERS = [
  "The strike entered its second week on Monday.",
  "Dockworkers gathered outside the gates.",
  "The council meets again in March.",
  "Power returned to most of the valley overnight.",
];
const NUMBERS = [
  "12,000 workers",
  "about 40 percent",
  "$3.4 million",
  "roughly 300 square miles",
  "1,200 homes",
  "7.5 percent",
];

/** A run of words that reads as a quotation's sentence: four to twelve words, capitalised, with a stop. */
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }), fc.constantFrom(".", "!", "?", ""))
  .map(([words, stop]) => {
    const text = words.join(" ");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${stop}`;
  });

/** What a quotation says: one or two sentences. */
export const quotation = fc.array(sentence, { minLength: 1, maxLength: 2 }).map((sentences) =>
  sentences
    .map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))
    .join(" ")
    .replace(/\.$/, ""),
);

const style = fc.constantFrom(...QUOTE_STYLES);

/** How a quotation's marks are written: as a pair, left open, or closed with another style's mark. */
const marks = fc.oneof(
  { weight: 6, arbitrary: style },
  { weight: 1, arbitrary: style.map(([open]): [string, string] => [open, ""]) },
  { weight: 1, arbitrary: fc.tuple(style, style).map(([[open], [, close]]): [string, string] => [open, close]) },
);

/** A draft's paragraph: a bare quote (alone, before or after other words), a number, a number before a link, filler. */
function paragraph(quotes: readonly string[]): fc.Arbitrary<string> {
  const said = quotes.length > 0 ? fc.oneof(fc.constantFrom(...quotes), quotation) : quotation;
  const quoted = fc
    .tuple(said, marks, fc.constantFrom(".", ",", "", "!"))
    .map(([q, [open, close], stop]) =>
      close === ""
        ? `${open}${q}${stop}`
        : stop === "," || stop === "."
          ? `${open}${q}${stop}${close}`
          : `${open}${q}${close}${stop}`,
    );
  const filler = fc.constantFrom(...FILLERS);
  const number = fc.constantFrom(...NUMBERS);
  return fc.oneof(
    quoted,
    fc.tuple(quoted, filler).map(([q, f]) => `${q} ${f}`),
    fc.tuple(filler, quoted).map(([f, q]) => `${f} ${q}`),
    fc.tuple(quoted, marks).map(([q, [open]]) => `${q} ${open}`),
    number.map((n) => `The city hired ${n} for the project.`),
    fc
      .tuple(
        number,
        fc.constantFrom("[the report](https://example.org/report)", "[a filing][1]", "(see [chart](c.png))"),
      )
      .map(([n, link]) => `The plan costs ${n} ${link}.`),
    number.map((n) => `Officials counted ${n} [in the survey](https://example.org/survey) on Monday.`),
    filler,
  );
}

/** A source article: quotations with their speakers in several shapes, or a degenerate text. */
function sourceText(quotes: readonly string[]): fc.Arbitrary<string> {
  const speaker = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SPEAKERS) },
    { weight: 1, arbitrary: fc.constantFrom(...SPEAKERS).map((s) => s.toLowerCase()) },
  );
  const attributed = fc
    .tuple(fc.constantFrom(...quotes), speaker, fc.constantFrom(...VERBS), fc.integer({ min: 0, max: 3 }))
    .map(([q, who, verb, shape]) => {
      switch (shape) {
        case 0:
          return `“${q},” ${who} ${verb}.`;
        case 1:
          return `“${q},” said ${who}.`;
        case 2:
          return `${who.charAt(0).toUpperCase()}${who.slice(1)} said: “${q}.”`;
        default:
          return `${who} ${verb} the plan would cost ${NUMBERS[q.length % NUMBERS.length]}. “${q}.”`;
      }
    });
  const degenerate = fc.constantFrom(",", '"" said', "said said said", "“”", "“We”, said, “will”.", "— said .", "");
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(attributed, { minLength: 1, maxLength: 4 }).map((ps) => ps.join("\n\n")) },
    { weight: 1, arbitrary: degenerate },
  );
}

/** A draft and the source article it was written from, sharing some quotations. */
export const draftWithSources: fc.Arbitrary<{ draft: string; sources: SourceArticle[] }> = fc
  .array(quotation, { minLength: 1, maxLength: 3 })
  .chain((quotes) =>
    fc.record({
      draft: fc.array(paragraph(quotes), { minLength: 1, maxLength: 5 }).map((ps) => `${ps.join("\n\n")}\n`),
      sources: fc.oneof(
        { weight: 3, arbitrary: sourceText(quotes).map((text): SourceArticle[] => [{ id: "wire.txt", text }]) },
        { weight: 1, arbitrary: fc.constant<SourceArticle[]>([]) },
      ),
    }),
  );

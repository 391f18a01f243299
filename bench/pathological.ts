import { draftOf, draftOfSize, ProseStream } from "./prose";

/**
 * Inputs that break checkers with a quadratic path: each is built from the
 * same real prose, shaped the way a bad paste or an odd file would be.
 */
export interface Pathological {
  name: string;
  text: string;
}

const MARKS = ['"', "\u201C", "\u201D", "'", "\u2018", "\u2019"];
const QUOTE_MARKS = /["\u201C\u201D\u2018\u2019]/g;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** 27,000 short lines: prose hard-wrapped at five words a line, a blank line after every third. */
function shortLines(stream: ProseStream): string {
  const all = words(draftOf(stream, 27000 * 5));
  const lines: string[] = [];
  for (let n = 0; lines.length < 27000; n++) {
    lines.push(all.slice(n * 5, n * 5 + 5).join(" "));
    if (n % 3 === 2) lines.push("");
  }
  return lines.slice(0, 27000).join("\n") + "\n";
}

/** One quotation opened at the top and never closed: every paragraph opens with a mark, none closes (the multi-paragraph convention). */
function unclosedQuote(stream: ProseStream): string {
  const paragraphs = draftOf(stream, 30000).replace(QUOTE_MARKS, "").split("\n\n");
  return paragraphs.map((p) => `\u201C${p.trim()}`).join("\n\n") + "\n";
}

/** Ten thousand quote marks of every kind, one every third word, in one 30,000-word paragraph. */
function quoteMarks(stream: ProseStream): string {
  let marks = 0;
  const marked = words(draftOf(stream, 30000).replace(QUOTE_MARKS, "")).map((w, i) => {
    const mark = marks < 10000 && i % 3 === 0 ? MARKS[marks++ % MARKS.length] : "";
    return i % 2 ? w + mark : mark + w;
  });
  return marked.join(" ") + "\n";
}

/** The 100,000-word draft with its paragraph breaks removed. */
function giantParagraph(stream: ProseStream): string {
  return draftOf(stream, 100000).replace(/\n\n/g, " ");
}

/** Counts and totals as a table pasted without its line breaks would leave them: varied, four and five digits. */
function figures(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(1000 + ((i * 7919) % 90000)));
}

/** 8,000 numbers separated by single spaces: to the phone-number rule, one endless run of digit groups. */
function spacedNumbers(): string {
  return `${figures(8000).join(" ")}\n`;
}

/** 8,000 numbers in one sentence, separated by commas: 8,000 claims that share one sentence. */
function commaNumbers(): string {
  return `The tallies from the precincts were ${figures(8000).join(", ")}.\n`;
}

/** A Markdown list of 4,000 figures, one a line: 4,000 paragraphs of one number claim each. */
function figureList(): string {
  return (
    figures(4000)
      .map((n, i) => `- ${(i % 90) + 1}.${i % 10}% of ${n} households in ward ${(i % 40) + 1}`)
      .join("\n") + "\n"
  );
}

export function pathologicalInputs(stream: ProseStream): Pathological[] {
  return [
    { name: "8,000 space-separated numbers", text: spacedNumbers() },
    { name: "8,000 comma-separated numbers, one sentence", text: commaNumbers() },
    { name: "a list of 4,000 figures", text: figureList() },
    { name: "1 MB draft", text: draftOfSize(stream, 1024 * 1024) },
    { name: "27,000 short lines", text: shortLines(stream) },
    { name: "one long unclosed quote (30k words)", text: unclosedQuote(stream) },
    { name: "ten thousand quote marks (one paragraph)", text: quoteMarks(stream) },
    { name: "one giant paragraph (100k words)", text: giantParagraph(stream) },
  ];
}

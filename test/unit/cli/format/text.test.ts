import assert from "node:assert/strict";
import { formatText } from "../../../../src/cli/format/text";
import { findingOn } from "../findings";

const text =
  "The fire destroyed 40 homes.\n\n“Nobody expected the wind to turn so fast that night.”\n\nCritics say the warning came late.\n";
const findings = [
  findingOn(text, "40 homes", { code: "unattributed-number", message: "Number has no attribution: says who?" }),
  findingOn(text, "“Nobody expected the wind to turn so fast that night.”"),
  findingOn(text, "Critics say the warning came late.", {
    code: "weak-attribution",
    severity: "information",
    message: "Weak attribution: who are the critics?",
  }),
];

describe("cli/format/text", () => {
  it("prints the draft's path, then line:column, severity, message and code in aligned columns", () => {
    const out = formatText([{ path: "drafts/fire.md", text, findings }], { color: false });
    assert.equal(
      out,
      [
        "drafts/fire.md",
        "  1:20  warning      Number has no attribution: says who?    unattributed-number",
        "  3:1   warning      Quote has no attribution: who said it?  unattributed-quote",
        "  5:1   information  Weak attribution: who are the critics?  weak-attribution",
        "",
        "✖ 3 problems (1 unattributed quote, 1 unattributed number, 1 weak attribution)",
        "",
      ].join("\n"),
    );
  });

  it("counts problems across drafts and skips drafts without any", () => {
    const out = formatText(
      [
        { path: "a.md", text, findings: findings.slice(0, 2) },
        { path: "clean.md", text: "", findings: [] },
        { path: "b.md", text, findings: findings.slice(1, 2) },
      ],
      { color: false },
    );
    assert.doesNotMatch(out, /clean\.md/);
    assert.match(out, /\n✖ 3 problems \(2 unattributed quotes, 1 unattributed number\)\n$/);
  });

  it("says so when no draft has a problem", () => {
    assert.equal(
      formatText([{ path: "a.md", text, findings: [] }], { color: false }),
      "✔ No problems (1 draft checked)\n",
    );
  });

  it("writes no escape codes without colour and some with it", () => {
    const files = [{ path: "a.md", text, findings }];
    assert.doesNotMatch(formatText(files, { color: false }), /\u001b\[/);
    assert.match(formatText(files, { color: true }), /\u001b\[33mwarning/);
  });
});

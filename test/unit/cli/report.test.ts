import assert from "node:assert/strict";
import { exitStatus, preferredFirst } from "../../../src/cli/report";
import { findingOn } from "./findings";

const text = "Some say the plan will fail. The fire destroyed 40 homes.";

describe("cli/report", () => {
  it("exits 0 when no draft has an unattributed claim, even with weak attribution", () => {
    const weak = findingOn(text, "Some say the plan will fail.", { code: "weak-attribution", severity: "information" });
    assert.equal(
      exitStatus([
        { path: "a.md", text, findings: [weak] },
        { path: "b.md", text, findings: [] },
      ]),
      0,
    );
  });

  it("exits 1 when any draft has an unattributed number or quote", () => {
    const number = findingOn(text, "40 homes", { code: "unattributed-number" });
    assert.equal(
      exitStatus([
        { path: "a.md", text, findings: [] },
        { path: "b.md", text, findings: [number] },
      ]),
      1,
    );
  });

  it("puts the preferred fix first and keeps the others in order", () => {
    const edit = { start: 0, end: 0, newText: "" };
    const fixes = [
      { title: "Attribute to a placeholder", edits: [edit], isPreferred: false },
      { title: "Attribute to the fire chief", edits: [edit], isPreferred: true },
      { title: "Attribute to the city", edits: [edit], isPreferred: false },
    ];
    assert.deepEqual(
      preferredFirst(fixes).map((f) => f.title),
      ["Attribute to the fire chief", "Attribute to a placeholder", "Attribute to the city"],
    );
  });
});

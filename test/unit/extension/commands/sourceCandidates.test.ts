import * as assert from "node:assert/strict";
import { isDraftText, orderCandidates } from "../../../../src/extension/commands/sourceCandidates";

describe("isDraftText", () => {
  it("takes a Markdown file whose front matter names its sources for a draft", () => {
    assert.equal(
      isDraftText("---\ntitle: Council backs bike lanes\nsources: [wire.txt]\n---\n# Council backs bike lanes\n"),
      true,
    );
  });

  it("takes a wire story, or Markdown with front matter but no sources, for a possible source", () => {
    assert.equal(isDraftText("RIVERSIDE, Calif. (AP) — The city council approved bike lanes on Monday.\n"), false);
    assert.equal(isDraftText("---\ntitle: Press release\n---\nThe utility restored power to 40,000 homes.\n"), false);
    assert.equal(isDraftText("The memo said:\nsources: two officials\n"), false);
  });
});

describe("orderCandidates", () => {
  const draft = "/news/council/draft.md";

  it("lists the draft's own folder first, then the rest of the workspace by path, and never the draft", () => {
    assert.deepEqual(
      orderCandidates(draft, [
        "/news/wire/ap-storm.txt",
        "/news/council/wire.txt",
        draft,
        "/news/council/notes/interview.txt",
        "/news/council/agenda.md",
      ]),
      {
        near: ["/news/council/agenda.md", "/news/council/wire.txt"],
        far: ["/news/council/notes/interview.txt", "/news/wire/ap-storm.txt"],
      },
    );
  });
});

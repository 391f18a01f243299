import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { draftsInDirectory, draftsMatching, expandDraftArgument, splitPattern } from "../../../src/cli/expand";

const root = mkdtempSync(join(tmpdir(), "says-who-expand-"));

function file(relative: string, text = "The council met on Monday.\n"): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe("cli/expand", () => {
  const newsroom = join(root, "newsroom");
  before(() => {
    for (const name of [
      "b.md",
      "a.txt",
      "UPPER.MD",
      "sub/c.markdown",
      "sub/deeper/d.md",
      "Kursk drafts/Čeština – návrh.md",
    ])
      file(join("newsroom", name));
    for (const name of [
      "notes.docx",
      "photo.png",
      ".hidden.md",
      ".git/COMMIT_EDITMSG.txt",
      ".vscode/notes.md",
      "node_modules/pkg/README.md",
      "sub/node_modules/x.md",
    ]) {
      file(join("newsroom", name));
    }
    const outside = file(join("outside", "secret.md"));
    symlinkSync(dirname(outside), join(newsroom, "linked-folder"));
    symlinkSync(outside, join(newsroom, "linked.md"));
  });

  describe("draftsInDirectory", () => {
    it("finds the .md, .markdown and .txt files at any depth, in code-unit order, under the directory as given", () => {
      assert.deepEqual(draftsInDirectory(newsroom), [
        join(newsroom, "Kursk drafts/Čeština – návrh.md"),
        join(newsroom, "UPPER.MD"),
        join(newsroom, "a.txt"),
        join(newsroom, "b.md"),
        join(newsroom, "sub/c.markdown"),
        join(newsroom, "sub/deeper/d.md"),
      ]);
    });

    it("skips node_modules, dot-folders, dot-files and symbolic links", () => {
      const found = draftsInDirectory(newsroom).join("\n");
      for (const skipped of ["node_modules", ".git", ".vscode", ".hidden", "linked", "secret"])
        assert.doesNotMatch(found, new RegExp(skipped.replace(".", "\\.")));
    });

    it("refuses a directory that holds no drafts, so a CI job pointed at the wrong folder fails", () => {
      const empty = join(root, "empty");
      mkdirSync(join(empty, "images"), { recursive: true });
      assert.throws(() => draftsInDirectory(empty), {
        name: "InputError",
        message: `directory '${empty}' holds no drafts (*.md, *.markdown, *.txt)`,
      });
    });
  });

  describe("draftsMatching", () => {
    it("expands a pattern to the files it matches, sorted, skipping node_modules and dot-folders", () => {
      assert.deepEqual(draftsMatching(join(newsroom, "**/*.md")), [
        join(newsroom, "Kursk drafts/Čeština – návrh.md"),
        join(newsroom, "b.md"),
        join(newsroom, "sub/deeper/d.md"),
      ]);
    });

    it("takes whatever the pattern names, not only drafts' extensions", () => {
      assert.deepEqual(draftsMatching(join(newsroom, "*.{docx,png}")), [
        join(newsroom, "notes.docx"),
        join(newsroom, "photo.png"),
      ]);
    });

    it("refuses a pattern that matches nothing", () => {
      const pattern = join(newsroom, "*.rtf");
      assert.throws(() => draftsMatching(pattern), {
        name: "InputError",
        message: `no file matches the pattern '${pattern}'`,
      });
    });
  });

  describe("splitPattern", () => {
    const cases: [string, string, string][] = [
      ["drafts/**/*.md", "drafts", "**/*.md"],
      ["*.md", "", "*.md"],
      ["../wires/2024-*.txt", "../wires", "2024-*.txt"],
      ["/srv/news/*/draft.md", "/srv/news", "*/draft.md"],
      ["/*.md", "/", "*.md"],
      ["desk/{kursk,gaza}/*.md", "desk", "{kursk,gaza}/*.md"],
    ];
    for (const [pattern, base, rest] of cases) {
      it(`searches '${pattern}' from '${base}' for '${rest}'`, () =>
        assert.deepEqual(splitPattern(pattern), { base, rest }));
    }
  });

  describe("expandDraftArgument", () => {
    it("keeps an existing file as it is, even when its name looks like a pattern", () => {
      const path = file("final/draft [final] *.md");
      assert.deepEqual(expandDraftArgument(path), [path]);
    });

    it("expands a directory and a pattern", () => {
      assert.equal(expandDraftArgument(newsroom).length, 6);
      assert.deepEqual(expandDraftArgument(join(newsroom, "sub", "*", "*.md")), [join(newsroom, "sub/deeper/d.md")]);
    });

    it("leaves a missing plain path to the reader, which names it", () => {
      assert.deepEqual(expandDraftArgument(join(root, "missing.md")), [join(root, "missing.md")]);
    });

    it("says so when a path is a symbolic link that points back at itself", () => {
      const loop = join(root, "loop.md");
      symlinkSync(loop, loop);
      assert.throws(() => expandDraftArgument(loop), {
        name: "InputError",
        message: /^cannot read draft '.*loop\.md': too many symbolic links/,
      });
    });
  });
});

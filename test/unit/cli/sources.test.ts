import assert from "node:assert/strict";
import { mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { frontMatterSources, isInside, sourceReader, sourcesForDraft, sourcesRoot } from "../../../src/cli/sources";
import { TextFile } from "../../../src/cli/files";
import { scratchFolder } from "./scratch";

const draft = (text: string): TextFile => ({ path: join("drafts", "strike.md"), text });

describe("cli/sources", () => {
  describe("frontMatterSources", () => {
    it("resolves front-matter sources relative to the draft, with the line that names each", () => {
      const text =
        "---\ntitle: Strike\nsources:\n  - wire.txt\n  - ../press/release.txt\n---\nDockworkers walked out.\n";
      assert.deepEqual(frontMatterSources(draft(text)), [
        { name: "wire.txt", path: join("drafts", "wire.txt"), line: 4 },
        { name: "../press/release.txt", path: join("press", "release.txt"), line: 5 },
      ]);
    });

    it("keeps an absolute front-matter path and a URL as they are", () => {
      const text = "---\nsources: [/srv/wires/ap.txt, https://example.org/story]\n---\nDockworkers walked out.\n";
      assert.deepEqual(
        frontMatterSources(draft(text)).map((s) => s.path),
        ["/srv/wires/ap.txt", "https://example.org/story"],
      );
    });

    it("resolves the sources of a draft read from standard input against the working directory", () => {
      const text = "---\nsources: [wires/ap.txt]\n---\nDockworkers walked out.\n";
      assert.deepEqual(frontMatterSources({ path: "<stdin>", text }), [
        { name: "wires/ap.txt", path: join("wires", "ap.txt"), line: 2 },
      ]);
    });

    it("finds no sources in a draft without front matter", () => {
      assert.deepEqual(frontMatterSources(draft("Dockworkers walked out on Monday.\n")), []);
    });
  });

  describe("isInside", () => {
    it("counts a folder and what lies below it as inside, a sibling with a longer name as outside", () => {
      assert.equal(isInside("/news", "/news"), true);
      assert.equal(isInside("/news/desk/wire.txt", "/news"), true);
      assert.equal(isInside("/news2/wire.txt", "/news"), false);
      assert.equal(isInside("/etc/passwd", "/news"), false);
      assert.equal(isInside("/news/..data/wire.txt", "/news"), true);
    });
  });

  describe("sourcesForDraft", () => {
    const { dir, write } = scratchFolder("sources");
    const root = realpathSync(dir);
    const wire = write("desk/wire.txt", "“The port stays shut,” said Ines Ferreira, the union's secretary.\n");
    write("outside/secret.txt", "“The password is swordfish,” said Gene Hackett.\n");
    const deskDraft = (front: string): TextFile => ({
      path: join(dir, "desk", "strike.md"),
      text: `---\n${front}\n---\nDockworkers walked out.\n`,
    });

    it("uses --source files first, then the front matter's, each file once", () => {
      const { articles, warnings } = sourcesForDraft(
        deskDraft("sources: [wire.txt, ./wire.txt]"),
        [wire, join(dir, "desk", ".", "wire.txt")],
        sourceReader(root),
      );
      assert.deepEqual(
        articles.map((a) => a.id),
        [wire],
      );
      assert.deepEqual(warnings, []);
    });

    it("warns with the draft's line about a missing front-matter source, and goes on without it", () => {
      const { articles, warnings } = sourcesForDraft(
        deskDraft("title: Strike\nsources: [nowhere.txt, wire.txt]"),
        [],
        sourceReader(root),
      );
      assert.deepEqual(
        articles.map((a) => a.id),
        [wire],
      );
      assert.deepEqual(warnings, [
        {
          draft: join(dir, "desk", "strike.md"),
          line: 3,
          message: `cannot read source '${join(dir, "desk", "nowhere.txt")}': no such file`,
        },
      ]);
    });

    it("refuses a front-matter source outside the sources root, however the path is written", () => {
      const desk = realpathSync(join(dir, "desk"));
      for (const name of [
        "../outside/secret.txt",
        join(dir, "outside", "secret.txt"),
        `${desk}/../outside/secret.txt`,
      ]) {
        const { articles, warnings } = sourcesForDraft(deskDraft(`sources: [${name}]`), [], sourceReader(desk));
        assert.deepEqual(articles, []);
        assert.match(warnings[0].message, /is outside the sources root '.*desk' \(--sources-root\); it is not read$/);
      }
    });

    it("refuses a link inside the root that leads outside it", () => {
      const desk = realpathSync(join(dir, "desk"));
      symlinkSync(join(dir, "outside", "secret.txt"), join(dir, "desk", "innocent.txt"));
      mkdirSync(join(dir, "desk", "more"));
      symlinkSync(join(dir, "outside"), join(dir, "desk", "more", "wires"));
      for (const name of ["innocent.txt", "more/wires/secret.txt"]) {
        const { articles, warnings } = sourcesForDraft(deskDraft(`sources: [${name}]`), [], sourceReader(desk));
        assert.deepEqual(articles, []);
        assert.match(warnings[0].message, /outside the sources root/);
      }
    });

    it("refuses a URL by name, in front matter with a warning and on the command line with an error", () => {
      const { warnings } = sourcesForDraft(deskDraft("sources: [https://example.org/story]"), [], sourceReader(root));
      assert.equal(
        warnings[0].message,
        "source 'https://example.org/story' is a URL; Says Who reads only local files (save the article as text and name the file)",
      );
      assert.throws(() => sourcesForDraft(deskDraft(""), ["https://example.org/story"], sourceReader(root)), {
        name: "InputError",
        message: /is a URL/,
      });
    });

    it("stops at a --source that cannot be read: the user named it", () => {
      assert.throws(() => sourcesForDraft(deskDraft(""), [join(dir, "gone.txt")], sourceReader(root)), {
        name: "InputError",
        message: `cannot read source '${join(dir, "gone.txt")}': no such file`,
      });
    });
  });

  describe("sourcesRoot", () => {
    it("resolves the root, and refuses one that is not a folder", () => {
      const { dir, write } = scratchFolder("root");
      assert.equal(sourcesRoot(dir), realpathSync(dir));
      assert.throws(() => sourcesRoot(write("file.txt", "")), { message: /is not a folder/ });
      assert.throws(() => sourcesRoot(join(dir, "nowhere")), { message: /cannot use sources root .*: no such file/ });
    });
  });
});

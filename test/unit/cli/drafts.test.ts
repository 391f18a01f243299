import assert from "node:assert/strict";
import { join } from "node:path";
import { readDrafts } from "../../../src/cli/drafts";
import { scratchFolder } from "./scratch";

const { dir: root, write: file } = scratchFolder("drafts");

const utf8 = (text: string) => new TextEncoder().encode(text);
const noStdin = (): Uint8Array => {
  throw new Error("standard input was read but not named");
};

describe("cli/drafts", () => {
  describe("readDrafts", () => {
    const desk = join(root, "desk");
    before(() => {
      file("desk/strike.md", "---\nsources: [wire.txt]\n---\nDockworkers walked out on Monday.\n");
      file("desk/wire.txt", "HALDEN — Dockworkers walked off the job on Monday, the union said.\n");
      file("desk/fire.md", "The fire destroyed 40 homes.\n");
      file("desk/release.txt", "The county said 40 homes were destroyed.\n");
    });

    it("leaves out a file that a draft's front matter names as its source", () => {
      const drafts = readDrafts([desk], [join(desk, "release.txt")], noStdin);
      assert.deepEqual(
        drafts.map((d) => d.path),
        [join(desk, "fire.md"), join(desk, "strike.md")],
      );
    });

    it("leaves out a source article however it is named, so a shell's expansion finds the same drafts as the CLI's", () => {
      const named = ["fire.md", "release.txt", "strike.md", "wire.txt"].map((name) => join(desk, name));
      const drafts = readDrafts(named, [join(desk, "release.txt")], noStdin);
      assert.deepEqual(
        drafts.map((d) => d.path),
        [join(desk, "fire.md"), join(desk, "strike.md")],
      );
    });

    it("checks a file named twice once, where it was first named", () => {
      const fire = join(desk, "fire.md");
      assert.deepEqual(
        readDrafts([fire, desk, `${desk}/./fire.md`], [], noStdin).map((d) => d.path),
        [fire, join(desk, "release.txt"), join(desk, "strike.md")],
      );
    });

    it("refuses a command line whose every file is a source article", () => {
      const wire = join(desk, "wire.txt");
      assert.throws(() => readDrafts([wire], [wire], noStdin), {
        name: "InputError",
        message: `no draft to check: '${wire}' is a source article (named by --source, front matter or .sayswho.json)`,
      });
    });

    it("reads `-` from standard input and names it <stdin>", () => {
      const drafts = readDrafts(["-"], [], () => utf8("\uFEFF“We will rebuild,” the mayor said.\n"));
      assert.deepEqual(drafts, [{ path: "<stdin>", text: "“We will rebuild,” the mayor said.\n" }]);
    });

    it("leaves out a source that a draft on standard input names, relative to the working directory", () => {
      const relative = join("desk-relative", "wire.txt");
      const drafts = readDrafts(["-", relative], [], () =>
        utf8(`---\nsources: [${relative}]\n---\nDockworkers walked out.\n`),
      );
      assert.deepEqual(
        drafts.map((d) => d.path),
        ["<stdin>"],
      );
    });

    it("refuses `-` named twice", () => {
      assert.throws(() => readDrafts(["-", "-"], [], () => utf8("")), {
        message: "standard input ('-') can be named only once",
      });
    });

    it("refuses standard input that is not UTF-8, naming it", () => {
      assert.throws(() => readDrafts(["-"], [], () => Uint8Array.from([0x4b, 0x79, 0xe9, 0x76])), {
        message: "draft '<stdin>' is not valid UTF-8; save it as UTF-8 and try again",
      });
    });

    it("says when standard input cannot be read", () => {
      const closed = () => {
        throw Object.assign(new Error("EAGAIN: resource temporarily unavailable, read"), { code: "EAGAIN" });
      };
      assert.throws(() => readDrafts(["-"], [], closed), {
        name: "InputError",
        message: "cannot read standard input: EAGAIN",
      });
    });

    it("leaves an unreadable source article in the folder to be reported as a source, not as a draft", () => {
      const folder = join(root, "binary-source");
      file("binary-source/draft.md", "---\nsources: [wire.docx.txt]\n---\nThe port closed.\n");
      file("binary-source/wire.docx.txt", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
      assert.deepEqual(
        readDrafts([folder], [], noStdin).map((d) => d.path),
        [join(folder, "draft.md")],
      );
    });

    it("reports the first unreadable draft in the order named", () => {
      const folder = join(root, "mixed");
      file("mixed/a.md", Buffer.from("Le président a déclaré: « Non ».\n", "latin1"));
      file("mixed/b.md", Uint8Array.from([0x00]));
      assert.throws(() => readDrafts([folder], [], noStdin), {
        message: `draft '${join(folder, "a.md")}' is not valid UTF-8; save it as UTF-8 and try again`,
      });
    });
  });
});

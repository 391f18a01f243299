import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText, readTextFile } from "../../../src/cli/files";
import { InputError } from "../../../src/cli/errors";
import { MAX_SOURCE_BYTES } from "../../../src/core/sourceFile";

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("cli/files", () => {
  describe("decodeText", () => {
    it("decodes UTF-8, curly quotes and all", () => {
      assert.equal(decodeText(utf8("“It’s done,” she said."), "draft", "d.md"), "“It’s done,” she said.");
    });

    it("drops a UTF-8 byte order mark so offsets match the editor's", () => {
      assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8("Kursk")), "draft", "d.md"), "Kursk");
    });

    it("reads an empty file as an empty text", () => {
      assert.equal(decodeText(bytes(), "draft", "d.md"), "");
    });

    it("refuses invalid UTF-8 rather than replacing bytes", () => {
      assert.throws(() => decodeText(bytes(0x4b, 0x79, 0xe9, 0x76), "draft", "latin1.md"), {
        name: "InputError",
        message: "draft 'latin1.md' is not valid UTF-8; save it as UTF-8 and try again",
      });
    });

    it("refuses a file with NUL bytes as binary", () => {
      assert.throws(
        () => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x00), "source", "wire.docx"),
        /source 'wire.docx' looks like a binary file/,
      );
    });

    it("names UTF-16 when the file starts with a UTF-16 byte order mark", () => {
      assert.throws(() => decodeText(bytes(0xff, 0xfe, 0x4b, 0x00), "draft", "d.md"), /is UTF-16 encoded/);
    });
  });

  describe("readTextFile", () => {
    const dir = mkdtempSync(join(tmpdir(), "says-who-files-"));

    it("keeps the path as given", () => {
      const path = join(dir, "draft.md");
      writeFileSync(path, "The council met on Monday.\n");
      assert.deepEqual(readTextFile(path, "draft"), { path, text: "The council met on Monday.\n" });
    });

    it("says when the file does not exist", () => {
      assert.throws(
        () => readTextFile(join(dir, "nowhere.txt"), "source"),
        (error: Error) => {
          assert.ok(error instanceof InputError);
          assert.equal(error.message, `cannot read source '${join(dir, "nowhere.txt")}': no such file`);
          return true;
        },
      );
    });

    it("refuses a named pipe without waiting for a writer", () => {
      const fifo = join(dir, "wire.fifo");
      execFileSync("mkfifo", [fifo]);
      assert.throws(() => readTextFile(fifo, "source"), {
        message: `source '${fifo}' is a named pipe, not a file; Says Who reads only files`,
      });
    });

    it("refuses a device such as /dev/zero, which would never end", () => {
      assert.throws(() => readTextFile("/dev/zero", "source"), {
        message: "source '/dev/zero' is a device, not a file; Says Who reads only files",
      });
    });

    it("refuses a source over 2 MB on what it reads, not on what the file claims", () => {
      const big = join(dir, "big.txt");
      writeFileSync(big, "");
      truncateSync(big, 50 * 1024 * 1024);
      assert.throws(() => readTextFile(big, "source"), {
        message: `source '${big}' is over the 2 MB limit; it is not read`,
      });
      const limit = join(dir, "limit.txt");
      writeFileSync(limit, "a".repeat(MAX_SOURCE_BYTES));
      assert.equal(readTextFile(limit, "source").text.length, MAX_SOURCE_BYTES);
    });

    it("reads a draft of any length", () => {
      const long = join(dir, "long.md");
      writeFileSync(long, "The storm cut power to homes. ".repeat(100_000));
      assert.equal(readTextFile(long, "draft").text.length, 3_000_000);
    });

    it("names a symbolic link loop", () => {
      symlinkSync("loop-b", join(dir, "loop-a"));
      symlinkSync("loop-a", join(dir, "loop-b"));
      assert.throws(() => readTextFile(join(dir, "loop-a"), "source"), { message: /too many symbolic links/ });
    });

    it("refuses a link where the resolved path should be the file itself", () => {
      writeFileSync(join(dir, "wire.txt"), "The port stayed shut.");
      symlinkSync("wire.txt", join(dir, "wire-link.txt"));
      assert.throws(() => readTextFile("wire.txt", "source", { open: join(dir, "wire-link.txt"), noFollow: true }), {
        message: /cannot read source 'wire\.txt': (ELOOP|too many symbolic links)/,
      });
    });

    it("says when the path is a directory", () => {
      const folder = join(dir, "wires");
      mkdirSync(folder);
      assert.throws(() => readTextFile(folder, "source"), { message: `source '${folder}' is a directory, not a file` });
    });
  });
});

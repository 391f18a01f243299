import * as assert from "node:assert/strict";
import {
  decodeSource,
  describeSourceProblem,
  isInsideFolders,
  sourceProblem,
} from "../../../src/extension/sourceProblem";
import { MAX_SOURCE_BYTES } from "../../../src/core/sourceFile";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("sourceProblem", () => {
  it("accepts a wire story in UTF-8, curly quotes and accents included", () => {
    assert.equal(sourceProblem(utf8("“We will rebuild,” said Zoë Kovács, the mayor of Pécs.\n")), undefined);
  });

  it("refuses a file with NUL bytes as not text", () => {
    assert.deepEqual(sourceProblem(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), {
      kind: "not-text",
      reason: "it contains NUL bytes, as binary files do",
    });
  });

  it("refuses bytes that are not valid UTF-8 (a Latin-1 file)", () => {
    assert.deepEqual(sourceProblem(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])), {
      kind: "not-text",
      reason: "it is not valid UTF-8",
    });
  });

  it("refuses a UTF-16 file by its byte order mark", () => {
    assert.equal(sourceProblem(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))?.kind, "not-text");
  });

  it("refuses a file over the limit before looking at its bytes", () => {
    assert.deepEqual(sourceProblem(new Uint8Array(11), 10), { kind: "too-large", bytes: 11, limit: 10 });
    assert.equal(sourceProblem(utf8("0123456789"), 10), undefined);
  });

  it("sets the default limit at 2 MB", () => {
    assert.equal(MAX_SOURCE_BYTES, 2 * 1024 * 1024);
    assert.equal(sourceProblem(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61))?.kind, "too-large");
    assert.equal(sourceProblem(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61)), undefined);
  });
});

describe("decodeSource", () => {
  it("gives the text without its UTF-8 byte order mark", () => {
    assert.deepEqual(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("The mayor said so.")])), {
      text: "The mayor said so.",
    });
  });

  it("gives the problem instead of text for a binary file", () => {
    assert.equal("problem" in decodeSource(new Uint8Array([0x00])), true);
  });
});

describe("isInsideFolders", () => {
  const folders = ["/home/ana/news"];

  it("counts a file in a workspace folder or below it as inside", () => {
    assert.equal(isInsideFolders("/home/ana/news/wire.txt", folders), true);
    assert.equal(isInsideFolders("/home/ana/news/2026/kursk/source.txt", folders), true);
  });

  it("counts a sibling folder that shares the name's prefix as outside", () => {
    assert.equal(isInsideFolders("/home/ana/news2/wire.txt", folders), false);
  });

  it("counts files elsewhere, or any file with no folder open, as outside", () => {
    assert.equal(isInsideFolders("/etc/passwd", folders), false);
    assert.equal(isInsideFolders("/home/ana/news/wire.txt", []), false);
  });

  it("counts a path that still holds '..' or '.' as outside: it was not normalized, so its prefix proves nothing", () => {
    assert.equal(isInsideFolders("/home/ana/news/../../../etc/passwd", folders), false);
    assert.equal(isInsideFolders("/home/ana/news/./wire.txt", folders), false);
  });

  it("accepts a folder given with a trailing slash, and several folders", () => {
    assert.equal(isInsideFolders("/srv/wires/ap.txt", ["/home/ana/news/", "/srv/wires"]), true);
  });
});

describe("describeSourceProblem", () => {
  it("says an outside source is not read in an untrusted workspace", () => {
    assert.match(
      describeSourceProblem("../../etc/passwd", { kind: "outside-untrusted" }),
      /^Source article '\.\.\/\.\.\/etc\/passwd' not read: outside the workspace in an untrusted workspace\./,
    );
  });

  it("says a URL is not read, and what to do instead", () => {
    assert.equal(
      describeSourceProblem("https://example.org/strike", { kind: "url" }),
      "Source article 'https://example.org/strike' is a URL; Says Who reads only files, so it is not used. Save the article as text and name the file.",
    );
  });

  it("says a named pipe or a device is not a regular file", () => {
    assert.match(describeSourceProblem("wire.fifo", { kind: "not-a-file" }), /is not a regular file/);
  });

  it("says a binary source is not text and not used", () => {
    assert.equal(
      describeSourceProblem("scan.pdf", { kind: "not-text", reason: "it contains NUL bytes, as binary files do" }),
      "Source article 'scan.pdf' is not text (it contains NUL bytes, as binary files do), so it is not used.",
    );
  });

  it("gives a huge source's size and the limit in megabytes", () => {
    assert.equal(
      describeSourceProblem("dump.log", { kind: "too-large", bytes: 5 * 1024 * 1024, limit: MAX_SOURCE_BYTES }),
      "Source article 'dump.log' is 5 MB, over the 2 MB limit for a source article, so it is not used.",
    );
  });

  it("rounds a size just over the limit up, so it never reads as equal to it", () => {
    assert.match(
      describeSourceProblem("dump.log", { kind: "too-large", bytes: MAX_SOURCE_BYTES + 1, limit: MAX_SOURCE_BYTES }),
      /is 2\.1 MB, over the 2 MB limit/,
    );
  });
});

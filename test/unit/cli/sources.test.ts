import assert from "node:assert/strict";
import { join } from "node:path";
import { frontMatterSources, sourcesForDraft } from "../../../src/cli/sources";
import { TextFile } from "../../../src/cli/files";
import { InputError } from "../../../src/cli/errors";

const draft = (text: string): TextFile => ({ path: join("drafts", "strike.md"), text });

function fakeReader(files: Record<string, string>) {
  const reads: string[] = [];
  const read = (path: string): TextFile => {
    reads.push(path);
    if (!(path in files)) throw new InputError(`cannot read source '${path}': no such file`);
    return { path, text: files[path] };
  };
  return { read, reads };
}

describe("cli/sources", () => {
  it("resolves front-matter sources relative to the draft", () => {
    const text = "---\nsources: [wire.txt, ../press/release.txt]\n---\nDockworkers walked out.\n";
    assert.deepEqual(frontMatterSources(draft(text)), [join("drafts", "wire.txt"), join("press", "release.txt")]);
  });

  it("keeps an absolute front-matter path as it is", () => {
    const text = "---\nsources: [/srv/wires/ap.txt]\n---\nDockworkers walked out.\n";
    assert.deepEqual(frontMatterSources(draft(text)), ["/srv/wires/ap.txt"]);
  });

  it("resolves the sources of a draft read from standard input against the working directory", () => {
    const text = "---\nsources: [wires/ap.txt]\n---\nDockworkers walked out.\n";
    assert.deepEqual(frontMatterSources({ path: "<stdin>", text }), [join("wires", "ap.txt")]);
  });

  it("finds no sources in a draft without front matter", () => {
    assert.deepEqual(frontMatterSources(draft("Dockworkers walked out on Monday.\n")), []);
  });

  it("uses --source files first, then the front matter's, each file once", () => {
    const { read, reads } = fakeReader({
      "wire.txt": "Wire copy.",
      [join("drafts", "wire.txt")]: "Drafts' wire copy.",
    });
    const text = "---\nsources: [wire.txt]\n---\nDockworkers walked out.\n";
    const articles = sourcesForDraft(draft(text), ["wire.txt", "./wire.txt"], read);
    assert.deepEqual(articles, [
      { id: "wire.txt", text: "Wire copy." },
      { id: join("drafts", "wire.txt"), text: "Drafts' wire copy." },
    ]);
    assert.deepEqual(reads, ["wire.txt", join("drafts", "wire.txt")]);
  });

  it("names the draft whose front matter points at a missing source", () => {
    const { read } = fakeReader({});
    const text = "---\nsources: [nowhere.txt]\n---\nThe council met.\n";
    assert.throws(() => sourcesForDraft(draft(text), [], read), {
      message: `cannot read source '${join("drafts", "nowhere.txt")}': no such file (named in the front matter of '${join("drafts", "strike.md")}')`,
    });
  });
});

import assert from "node:assert/strict";
import { join } from "node:path";
import { configFinder, parseConfig } from "../../../src/cli/config";
import { scratchFolder } from "./scratch";

describe("cli/config", () => {
  it("reads a config file's options", () => {
    assert.deepEqual(parseConfig('{ "numberScope": "paragraph", "reportWeak": false }', "c.json").options, {
      numberScope: "paragraph",
      reportWeak: false,
    });
  });

  it("names the file in the message of a config it cannot use", () => {
    assert.throws(() => parseConfig('{ "numberscope": "paragraph" }', "c.json"), {
      name: "InputError",
      message: /^config 'c.json': unknown key "numberscope"/,
    });
  });

  it("finds the .sayswho.json nearest a draft's folder, and its sources beside it", () => {
    const { dir: desk, write } = scratchFolder("desk-config");
    write(".sayswho.json", '{ "publication": "The Harbour Gazette" }');
    write(join("metro", ".sayswho.json"), '{ "numberScope": "paragraph", "sources": ["wire.txt"] }');
    const find = configFinder(desk);
    assert.deepEqual(find(join("metro", "tuesday", "draft.md"))?.options, { numberScope: "paragraph" });
    assert.deepEqual(find(join("metro", "tuesday", "draft.md"))?.sources, [join(desk, "metro", "wire.txt")]);
    assert.deepEqual(find("draft.md")?.options, { publication: "The Harbour Gazette" });
  });
});

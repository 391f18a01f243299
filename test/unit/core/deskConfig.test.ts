import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { ConfigError, deskConfigSchema, overlay, parseDeskConfig } from "../../../src/core/deskConfig";

describe("deskConfig", () => {
  it("reads the publication, number scope, severities, verb policy and sources of a desk", () => {
    const config = parseDeskConfig(
      JSON.stringify({
        $schema: "./node_modules/says-who/schemas/sayswho.schema.json",
        publication: " The Harbour Gazette ",
        numberScope: "paragraph",
        reportWeak: false,
        verbs: "source",
        severities: { "unattributed-number": "error" },
        sources: ["wire/port-strike.txt", " "],
      }),
    );
    assert.deepEqual(config, {
      options: {
        publication: "The Harbour Gazette",
        numberScope: "paragraph",
        reportWeak: false,
        verbs: "source",
        severities: { "unattributed-number": "error" },
      },
      sources: ["wire/port-strike.txt"],
    });
  });

  it("reads the uncredited-copy switch and its word threshold", () => {
    assert.deepEqual(parseDeskConfig('{ "reportCopy": false, "copyWords": 12 }').options, {
      reportCopy: false,
      copyWords: 12,
    });
  });

  it("leaves every option it does not name to the settings or the defaults", () => {
    assert.deepEqual(parseDeskConfig("{}"), { options: {} });
  });

  it("lays a file's severities over the settings' code by code", () => {
    const merged = overlay(
      {
        numberScope: "sentence",
        severities: {
          "unattributed-quote": "warning",
          "unattributed-number": "warning",
          "weak-attribution": "hint",
        } as never,
      },
      { severities: { "unattributed-number": "error" } as never },
    );
    assert.deepEqual(merged.severities, {
      "unattributed-quote": "warning",
      "unattributed-number": "error",
      "weak-attribution": "hint",
    });
  });

  const rejects: [string, string, RegExp][] = [
    ["text that is not JSON", "{ numberScope: paragraph }", /^not valid JSON: /],
    ["a JSON array", '["paragraph"]', /^must hold a JSON object$/],
    ["a misspelt key", '{ "numberscope": "paragraph" }', /unknown key "numberscope" \(expected "numberScope", /],
    ["an unknown number scope", '{ "numberScope": "article" }', /"numberScope" must be one of "sentence", "paragraph"/],
    ["a reportWeak that is not a boolean", '{ "reportWeak": "yes" }', /"reportWeak" must be true or false/],
    ["a copy threshold below three words", '{ "copyWords": 2 }', /"copyWords" must be a whole number from 3 to 100/],
    ["a reportCopy that is not a boolean", '{ "reportCopy": 1 }', /"reportCopy" must be true or false/],
    ["an unknown verb policy", '{ "verbs": "loaded" }', /"verbs" must be one of "neutral", "source"/],
    ["a publication that is not text", '{ "publication": 7 }', /"publication" must be a string/],
    ["sources that are not a list of paths", '{ "sources": "wire.txt" }', /"sources" must be a list of paths/],
    ["severities that are not an object", '{ "severities": "error" }', /"severities" must be an object/],
    [
      "a severity for an unknown code",
      '{ "severities": { "unsourced-quote": "error" } }',
      /unknown code "unsourced-quote"/,
    ],
    [
      "an unknown severity",
      '{ "severities": { "unattributed-quote": "fatal" } }',
      /severity of "unattributed-quote" must be one of "error", "warning", "information", "hint"/,
    ],
  ];
  for (const [what, text, message] of rejects) {
    it(`rejects ${what} with a message that names the problem`, () => {
      assert.throws(
        () => parseDeskConfig(text),
        (error: Error) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }

  describe("its JSON schema", () => {
    const validate = new Ajv({ strict: false }).compile(deskConfigSchema());

    it("is the file package.json contributes to the editor for .sayswho.json", () => {
      const root = path.join(__dirname, "../../../..");
      const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
      const [validation] = manifest.contributes.jsonValidation;
      assert.deepEqual(validation.fileMatch, [".sayswho.json"]);
      assert.deepEqual(
        JSON.parse(fs.readFileSync(path.join(root, validation.url), "utf8")),
        JSON.parse(JSON.stringify(deskConfigSchema())),
        "regenerate it: npm run manifest",
      );
    });

    it("accepts what the reader accepts and refuses what it refuses", () => {
      for (const [, text] of rejects.slice(2)) {
        assert.equal(validate(JSON.parse(text)), false, text);
      }
      const good = {
        publication: "The Harbour Gazette",
        verbs: "neutral",
        severities: { "weak-attribution": "hint" },
        sources: ["a.txt"],
      };
      assert.equal(validate(good), true);
      assert.doesNotThrow(() => parseDeskConfig(JSON.stringify(good)));
    });
  });
});

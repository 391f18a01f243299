import assert from "node:assert/strict";
import { parseConfig } from "../../../src/cli/config";

describe("cli/config", () => {
  it("reads the number scope, weak-attribution switch and severities", () => {
    const options = parseConfig(
      '{ "numberScope": "paragraph", "reportWeak": false, "severities": { "unattributed-number": "error" } }',
      "c.json",
    );
    assert.deepEqual(options, {
      numberScope: "paragraph",
      reportWeak: false,
      severities: {
        "unattributed-quote": "warning",
        "unattributed-number": "error",
        "weak-attribution": "information",
        misquote: "warning",
        "misattributed-quote": "warning",
        "number-mismatch": "warning",
        "uncredited-copy": "information",
      },
    });
  });

  it("reads the uncredited-copy switch and its word threshold", () => {
    assert.deepEqual(parseConfig('{ "reportCopy": false, "copyWords": 12 }', "c.json"), {
      reportCopy: false,
      copyWords: 12,
    });
  });

  it("leaves unnamed options to the defaults", () => {
    assert.deepEqual(parseConfig("{}", "c.json"), {});
  });

  const rejects: [string, string, RegExp][] = [
    ["text that is not JSON", "{ numberScope: paragraph }", /^config 'c.json' is not valid JSON: /],
    ["a JSON array", '["paragraph"]', /^config 'c.json' must hold a JSON object$/],
    [
      "a misspelt key",
      '{ "numberscope": "paragraph" }',
      /unknown key "numberscope" \(expected "numberScope", "reportWeak", "severities", "reportCopy", "copyWords"\)/,
    ],
    ["an unknown number scope", '{ "numberScope": "article" }', /"numberScope" must be one of "sentence", "paragraph"/],
    ["a reportWeak that is not a boolean", '{ "reportWeak": "yes" }', /"reportWeak" must be true or false/],
    ["a copy threshold below three words", '{ "copyWords": 2 }', /"copyWords" must be a whole number from 3 to 100/],
    ["a reportCopy that is not a boolean", '{ "reportCopy": 1 }', /"reportCopy" must be true or false/],
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
      assert.throws(() => parseConfig(text, "c.json"), { name: "InputError", message });
    });
  }
});

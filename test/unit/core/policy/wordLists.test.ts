import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "../../../../..");
const SRC = path.join(ROOT, "src");
const POLICY = path.join(SRC, "core", "policy");

/** The fewest lower-case words that make a literal a word list rather than a handful of spellings. */
const LIST_LENGTH = 5;
const WORD = /^\p{Ll}+(?:['\u2019.]\p{Ll}*)?$/u;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === POLICY ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** The text of a string literal or of a `+` chain of them, else undefined. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = literalText(node.left);
    const right = literalText(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The lower-case words a node lists: an array literal's string elements, or `"a b c".split(" ")`. */
function listedWords(node: ts.Node): string[] {
  if (ts.isArrayLiteralExpression(node)) {
    return node.elements.flatMap((e) => {
      const text = ts.isSpreadElement(e) ? undefined : literalText(e);
      return text !== undefined && WORD.test(text) ? [text] : [];
    });
  }
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === "split" &&
    node.arguments.length === 1 &&
    literalText(node.arguments[0]) === " "
  ) {
    const text = literalText(node.expression.expression);
    return text === undefined ? [] : text.split(" ").filter((w) => WORD.test(w));
  }
  return [];
}

/** Each word list declared in a file, as `path:line: first words…`. */
function wordListsIn(file: string, text = fs.readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const words = listedWords(node);
    if (words.length >= LIST_LENGTH) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${path.relative(ROOT, file)}:${line}: ${words.slice(0, 4).join(" ")} …`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the policy as data (issue 12)", () => {
  it("declares every word list in src/core/policy, so each reader uses the one list of its concept", () => {
    assert.deepEqual(
      sourceFiles(SRC).flatMap((file) => wordListsIn(file)),
      [],
    );
  });

  it("recognises a word list in either spelling: an array of words or a split string", () => {
    const text =
      'const A = new Set(["he", "she", "they", "it", "we"]);\n' +
      'const B = new Set(("the a an " + "this that").split(" "));\n' +
      'const C = ["Jan", "Feb", "Mar", "Apr", "May"];\n' +
      'const D = new Set(["is", "was"]);\n';
    assert.deepEqual(
      wordListsIn(path.join(SRC, "core", "probe.ts"), text).map((found) => found.replace(/:.*$/, "")),
      [path.join("src", "core", "probe.ts"), path.join("src", "core", "probe.ts")],
    );
  });
});

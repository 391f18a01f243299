import { readFileSync } from "node:fs";
import nodeModule from "node:module";
import { TOOL } from "./about";
import { Output } from "./check-command";
import { EXIT_USAGE, oneLine, run } from "./program";

// Node 22.1+ keeps what it compiles on disk, so the next run does not compile
// compromise (dist/compromise.js, loaded when a source article is read) again.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function stdoutOutput(): Output {
  const { stdout } = process;
  return {
    write: (text) => void stdout.write(text),
    // hasColors() honours NO_COLOR, FORCE_COLOR and TERM=dumb.
    color: stdout.isTTY === true && stdout.hasColors(),
    cwd: process.cwd(),
  };
}

// A reader piping the report into `head` closes stdout early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") return;
  process.stderr.write(`${TOOL.name}: cannot write the report: ${oneLine(error.message)}\n`);
  process.exitCode = EXIT_USAGE;
});

process.exitCode = run(process.argv.slice(2), {
  out: stdoutOutput(),
  err: (text) => void process.stderr.write(text),
  readStdin: () => readFileSync(0),
});

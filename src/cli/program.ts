import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { accepts, CHECK_OPTIONS, expected } from "../core/options";
import { TOOL } from "./about";
import { CheckCommandOptions, FORMATS, Output, runCheck } from "./check-command";
import { InputError } from "./errors";
import { runStyle, STYLE_FORMATS, StyleFormat } from "./style-command";

/** Exit statuses the README documents; CI scripts depend on them. */
export const EXIT_USAGE = 2;

/** What one run of the command line reads and writes: the process's streams, or a test's. */
export interface Streams {
  /** Where reports, help and the version go. */
  out: Output;
  /** Where the one-line error of a failed run goes. */
  err(text: string): void;
  /** The bytes of standard input, for a DRAFT argument `-`. */
  readStdin(): Uint8Array;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `--copy-words`: checked by the same rule as the config file's `copyWords`, so neither lets through what the other refuses. */
function copyWords(value: string): number {
  const words = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!accepts(CHECK_OPTIONS.copyWords, words))
    throw new InvalidArgumentError(`It must be ${expected(CHECK_OPTIONS.copyWords)}.`);
  return words;
}

/** A message as one line: a path may hold a newline, and a CI log shows each error on a line of its own. */
export function oneLine(message: string): string {
  return message.trim().replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** Commander puts its suggestion ("Did you mean --format?") on a line of its own. */
const joinLines = (message: string): string => message.trim().replace(/\s*\n\s*/g, " ");

function program(io: Streams, writeErr: (text: string) => void, done: (status: number) => void): Command {
  const cli = new Command()
    .name(TOOL.name)
    .description("Flags every direct quote and number in a news draft that has no attribution.")
    .version(TOOL.version)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => io.out.write(text),
      writeErr,
      outputError: (message, write) => write(`${TOOL.name}: ${oneLine(joinLines(message))}\n`),
    });

  cli
    .command("check")
    .description("check drafts for unattributed quotes and numbers")
    .argument(
      "<draft...>",
      "drafts to check (Markdown or plain text, UTF-8): files, directories, quoted glob patterns, or - for standard input",
    )
    .option("-s, --source <file>", "a source article the drafts are written from (repeatable)", collect, [])
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .option("-c, --config <file>", "a JSON file of check options (numberScope, reportWeak, severities)")
    .option(
      "-r, --sources-root <dir>",
      "the folder the sources named in drafts' front matter must lie in (default: the current directory)",
    )
    .option(
      "-p, --publication <name>",
      "the publication of the source articles, named by fixes for numbers they state in their own voice",
    )
    .option(
      "-w, --copy-words <n>",
      "how many consecutive words of a source article make a run of uncredited copy (default: 10)",
      copyWords,
    )
    .action((drafts: string[], options: CheckCommandOptions) =>
      done(
        runCheck(
          drafts,
          options,
          io.out,
          () => io.readStdin(),
          (line) => io.err(`${TOOL.name}: ${oneLine(line)}\n`),
        ),
      ),
    );

  cli
    .command("style")
    .description("show the attribution style learned from source articles, as the quick fixes write it")
    .argument("<source...>", "source articles (UTF-8 text)")
    .addOption(new Option("-f, --format <format>", "output format").choices(STYLE_FORMATS).default("text"))
    .action((sources: string[], options: { format: StyleFormat }) => done(runStyle(sources, options, io.out)));

  return cli;
}

/**
 * Runs the command line on `args` (the words after `says-who`) and returns the
 * exit status: 0 clean, 1 unattributed claims, 2 a usage error or unreadable
 * input, reported as one line through `io.err`, never a stack trace.
 */
export function run(args: readonly string[], io: Streams): number {
  const fail = (message: string): number => {
    io.err(`${TOOL.name}: ${oneLine(message)}\n`);
    return EXIT_USAGE;
  };
  let status = 0;
  let commanderErr = "";
  try {
    program(
      io,
      (text) => (commanderErr += text),
      (s) => (status = s),
    ).parse([...args], { from: "user" });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Without a command commander prints the whole help as its error; one line says more in a CI log.
      if (error.code === "commander.help" && error.exitCode !== 0)
        return fail("error: missing command (try 'says-who check DRAFT...' or 'says-who --help')");
      io.err(commanderErr);
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof InputError) return fail(`error: ${error.message}`);
    return fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

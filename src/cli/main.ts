import { Command, CommanderError, Option } from "commander";
import { TOOL } from "./about";
import { CheckCommandOptions, FORMATS, Output, runCheck } from "./check-command";
import { InputError } from "./errors";
import { runStyle, STYLE_FORMATS, StyleFormat } from "./style-command";

/** Exit statuses the README documents; CI scripts depend on them. */
const EXIT_USAGE = 2;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function stdoutOutput(): Output {
  const { stdout } = process;
  return {
    write: (text) => void stdout.write(text),
    // hasColors() honours NO_COLOR, FORCE_COLOR and TERM=dumb.
    color: stdout.isTTY === true && stdout.hasColors(),
    cwd: process.cwd(),
  };
}

function program(): Command {
  const cli = new Command()
    .name(TOOL.name)
    .description("Flags every direct quote and number in a news draft that has no attribution.")
    .version(TOOL.version)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ outputError: (message, write) => write(`${TOOL.name}: ${message}`) });

  cli
    .command("check")
    .description("check drafts for unattributed quotes and numbers")
    .argument("<draft...>", "drafts to check (Markdown or plain text, UTF-8)")
    .option("-s, --source <file>", "a source article the drafts are written from (repeatable)", collect, [])
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("text"))
    .option("-c, --config <file>", "a JSON file of check options (numberScope, reportWeak, severities)")
    .action((drafts: string[], options: CheckCommandOptions) => {
      process.exitCode = runCheck(drafts, options, stdoutOutput());
    });

  cli
    .command("style")
    .description("show the attribution style learned from source articles, as the quick fixes write it")
    .argument("<source...>", "source articles (UTF-8 text)")
    .addOption(new Option("-f, --format <format>", "output format").choices(STYLE_FORMATS).default("text"))
    .action((sources: string[], options: { format: StyleFormat }) => {
      process.exitCode = runStyle(sources, options, stdoutOutput());
    });

  return cli;
}

function fail(message: string): void {
  process.stderr.write(`${TOOL.name}: ${message}\n`);
  process.exitCode = EXIT_USAGE;
}

function main(argv: string[]): void {
  // A reader piping the report into `head` closes stdout early; that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  try {
    program().parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (or the help and version it was asked for).
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
    } else if (error instanceof InputError) {
      fail(`error: ${error.message}`);
    } else {
      fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

main(process.argv);

import { describeStyle, learnStyle } from "../core/source";
import { StyleProfile } from "../core/types";
import { Output } from "./check-command";
import { readTextFile } from "./files";
import { refuseUrl } from "./sources";

export const STYLE_FORMATS = ["text", "json"] as const;
export type StyleFormat = (typeof STYLE_FORMATS)[number];

/** The `says-who style --format json` output, version 1. */
export interface StyleReport {
  version: 1;
  sources: string[];
  style: StyleProfile;
}

/** `says-who style`: prints the attribution style the quick fixes would write, learned from the source articles. */
export function runStyle(paths: readonly string[], options: { format: StyleFormat }, out: Output): number {
  const files = paths.map((path) => {
    refuseUrl(path);
    return readTextFile(path, "source");
  });
  const style = learnStyle(files.map((file) => ({ id: file.path, text: file.text })));
  if (options.format === "json") {
    const report: StyleReport = { version: 1, sources: files.map((file) => file.path), style };
    out.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    out.write(`${describeStyle(style)}\n`);
  }
  return 0;
}

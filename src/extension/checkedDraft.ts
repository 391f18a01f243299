import type * as vscode from "vscode";
import type { DraftLanguage } from "../core/text/mask";
import type { CheckResult } from "../core/types";
import type { DraftSources } from "./sourceArticles";

/** The engine's verdict on one version of a draft; never used for any other version. */
export interface CheckedDraft {
  uri: vscode.Uri;
  version: number;
  text: string;
  /** The language the draft was checked in, which decides how it is cut into paragraphs. */
  language: DraftLanguage;
  result: CheckResult;
  sources: DraftSources;
  /**
   * The source articles were still being read (off the host's thread) when
   * the draft was checked: its findings have no evidence, source fixes or
   * fidelity findings yet; a check when the reading is done brings them.
   */
  readingSources?: true;
}

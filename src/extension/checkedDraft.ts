import type * as vscode from "vscode";
import type { CheckResult } from "../core/types";
import type { DraftSources } from "./sourceArticles";

/** The engine's verdict on one version of a draft; never used for any other version. */
export interface CheckedDraft {
  uri: vscode.Uri;
  version: number;
  text: string;
  result: CheckResult;
  sources: DraftSources;
}

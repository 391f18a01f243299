import type { Unchecked } from "./draftChecker";

export interface StatusBarLabel {
  text: string;
  tooltip: string;
}

/** What the status bar says for a draft: its count of unattributed claims, or why it has none. */
export function statusBarLabel(state: number | Unchecked | undefined): StatusBarLabel | undefined {
  switch (state) {
    case undefined:
    case "disabled":
      return undefined;
    case "too-large":
      return {
        text: "$(circle-slash) Says Who",
        tooltip: "This draft is longer than saysWho.maxDraftSize, so it is not checked as you type. Run 'Says Who: Check Attribution in Current Draft' to check it.",
      };
    case "failed":
      return { text: "$(error) Says Who", tooltip: "Says Who could not check this draft; see the Says Who output." };
    case 0:
      return { text: "$(pass) Says Who", tooltip: "Every quote and number in this draft is attributed." };
    default:
      return {
        text: `$(quote) ${state} unattributed`,
        tooltip: `${state} ${state === 1 ? "claim needs" : "claims need"} attribution in this draft. Click to open the Problems panel.`,
      };
  }
}

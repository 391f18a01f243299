import type { Unchecked } from "./draftChecker";

export interface StatusBarLabel {
  text: string;
  tooltip: string;
}

/**
 * What the status bar says for a draft: its count of unattributed claims, or
 * why it has none; `notices` (sources not used, findings not shown) follow in
 * the tooltip, and mark the text with a warning sign.
 */
export function statusBarLabel(
  state: number | Unchecked | undefined,
  notices: readonly string[] = [],
): StatusBarLabel | undefined {
  const label = baseLabel(state);
  if (!label || notices.length === 0 || typeof state !== "number") return label;
  return { text: `${label.text} $(warning)`, tooltip: [label.tooltip, ...notices].join("\n\n") };
}

function baseLabel(state: number | Unchecked | undefined): StatusBarLabel | undefined {
  switch (state) {
    case undefined:
    case "disabled":
      return undefined;
    case "too-large":
      return {
        text: "$(circle-slash) Says Who",
        tooltip:
          "This draft is longer than saysWho.maxDraftSize, so it is not checked as you type. Run 'Says Who: Check Attribution in Current Draft' to check it.",
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

/**
 * The core, loaded on first use. Its NLP model (compromise) costs 200–300 ms
 * to load, which activation must not pay: the first check does.
 */
type CheckModule = typeof import("../core/check");

let checkModule: Promise<CheckModule> | undefined;

export function loadEngine(): Promise<CheckModule> {
  checkModule ??= import("../core/check");
  return checkModule;
}

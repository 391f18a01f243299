import { version } from "../../package.json";

/** The tool as reports name it: `--version`, and the SARIF driver. */
export const TOOL = { name: "says-who", version } as const;

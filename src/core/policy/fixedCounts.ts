/**
 * Fixed counts that are part of what a thing is called (policy 1.2, v1.2):
 * the sets a count names rather than counts (`the fifty states`, `the seven
 * continents`, `the Group of 20`), as count and noun: `the two states` counts. From the policy's examples and the
 * counted sets of civics, geography and scripture that news copy names.
 */
export const FIXED_SETS: ReadonlySet<string> = new Set([
  "fifty states",
  "50 states",
  "seven continents",
  "seven seas",
  "five oceans",
  "five boroughs",
  "thirteen colonies",
  "13 colonies",
  "ten commandments",
  "twelve apostles",
  "twelve disciples",
  "seven wonders",
  "seven deadly",
  "seven emirates",
  "four horsemen",
  "three wise",
]);

/** Bodies named by their membership: `the Group of 20`, `the Gang of Eight`. */
export const GROUP_NAMES = /^(?:group|gang|club|council|committee)$/;

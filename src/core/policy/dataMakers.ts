/**
 * Participles that say who made a body of data (policy 2: `figures released
 * by X`, `data compiled by the institute`): with `by` and a report noun
 * before them, the agent is the data's source. From the policy's examples
 * and the verbs statistical releases use for their makers.
 */
export const DATA_MAKING_PARTICIPLES: ReadonlySet<string> = new Set(
  "released published compiled provided issued gathered collected produced conducted commissioned".split(" "),
);

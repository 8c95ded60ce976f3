import type { Formatter } from "./types.js";

/** The contract's JSON: one object per post. Extra fields are additions, never renames. */
export const formatJson: Formatter = (results) => JSON.stringify(results, null, 2) + "\n";

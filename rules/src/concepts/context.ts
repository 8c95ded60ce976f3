/** `@Jane.Doe` and `jane.doe` are the same author. */
export const handle = (name: string): string => name.trim().replace(/^@/, "").toLowerCase();

/** `@Jane.Doe` and `jane.doe` are the same author. */
export const handle = (name: string): string => name.trim().replace(/^@/, "").toLowerCase();

/** The organization's name and aliases as configured ("Northwind Traders", "Northwind", "@northwind"). */
export const organizationNames = (config: { organization: { name?: string | undefined; aliases: readonly (string | undefined)[] } }): string[] =>
  [config.organization.name, ...config.organization.aliases].filter((n): n is string => typeof n === "string");

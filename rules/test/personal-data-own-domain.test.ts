// Without organization.domains, the organization's own addresses are recognised by its name.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";
import { inferDomainLabels } from "../src/personal-data.js";

const config = { organization: { name: "Northwind Traders", aliases: ["Northwind", "@northwind"] } };

async function findings(text: string, account = "personal") {
  const linter = createLinter({ packs: [pack], config });
  return findingsOf(await linter.lint({ text, meta: { lang: "en", account } }), "personal-data", ["messageId"]);
}

describe("personal-data: the organization's own addresses", () => {
  it("guesses the domain labels from the name and aliases", () => {
    expect(inferDomainLabels(["Northwind Traders", "Northwind", "@northwind"])).toEqual(["northwindtraders", "northwind-traders", "northwind"]);
  });

  it("lets the brand account give its own addresses, and anyone its support address", async () => {
    expect(await findings("Questions about your order? Mail support@northwind.com and we'll help. #Northwind", "official")).toEqual([]);
    expect(await findings("Write to jobs@northwindtraders.nl if you want to join us! #Northwind", "official")).toEqual([]);
    expect(await findings("Their support desk is great: support@northwind.com (I work at Northwind)")).toEqual([]);
  });

  it("still flags a person's address on a personal account, and other domains", async () => {
    expect(await findings("Ask Jan, his address is jan.devries@northwind.com")).toEqual(["email"]);
    expect(await findings("Questions? Mail support@contoso.com", "official")).toEqual(["email"]);
  });
});

import { ACCOUNTS, type Language, type Linter } from "@postlint/core";

const SAMPLES: Record<Language, string> = {
  en: "Warming up before the first post. Thanks to the team! #hello @someone https://example.com",
  nl: "Even opwarmen voor het eerste bericht. Dank aan het team! #hallo @iemand https://example.com",
  da: "Lige en opvarmning før det første opslag. Tak til holdet! #hej @nogen https://example.com",
};

/**
 * Rules set up and compile their matchers lazily, per language, on their first post. Linting one
 * post per language and account type here moves that work to start-up, off the first requests.
 */
export async function warmUp(linter: Linter): Promise<void> {
  for (const [lang, text] of Object.entries(SAMPLES) as [Language, string][]) {
    for (const account of ACCOUNTS) await linter.lint({ text, meta: { lang, account, platform: "x" } });
  }
}

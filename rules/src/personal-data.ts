import { definePolicyRule } from "@postlint/core";
import { docsUrl } from "./docs-url.js";

// Placeholder: not implemented yet. Replace with the real rule.
export default definePolicyRule({
  id: "personal-data",
  meta: {
    description: "TODO",
    policy: [],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    docsUrl: docsUrl("personal-data"),
  },
  messages: { en: {} },
  check() {},
});

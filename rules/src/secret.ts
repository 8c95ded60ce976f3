import { definePolicyRule } from "@postlint/core";
import { docsUrl } from "./docs-url.js";

// Placeholder: not implemented yet. Replace with the real rule.
export default definePolicyRule({
  id: "secret",
  meta: {
    description: "TODO",
    policy: [],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    docsUrl: docsUrl("secret"),
  },
  messages: { en: {} },
  check() {},
});

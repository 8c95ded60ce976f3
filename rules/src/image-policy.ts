import { definePolicyRule } from "@postlint/core";
import { docsUrl } from "./docs-url.js";

// Placeholder: not implemented yet. Replace with the real rule.
export default definePolicyRule({
  id: "image-policy",
  meta: {
    description: "TODO",
    policy: [],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    docsUrl: docsUrl("image-policy"),
  },
  messages: { en: {} },
  check() {},
});

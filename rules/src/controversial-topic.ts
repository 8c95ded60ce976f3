import { definePolicyRule } from "@postlint/core";
import { docsUrl } from "./docs-url.js";

// Placeholder: not implemented yet. Replace with the real rule.
export default definePolicyRule({
  id: "controversial-topic",
  meta: {
    description: "TODO",
    policy: [],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    docsUrl: docsUrl("controversial-topic"),
  },
  messages: { en: {} },
  check() {},
});

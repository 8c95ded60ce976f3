import type { Formatter } from "./types.js";
import { relativePath } from "./paths.js";

/** SARIF 2.1.0, with the pack's rules as `tool.driver.rules` so code-scanning UIs can explain them. */
export const formatSarif: Formatter = (results, context) => {
  const ruleIndex = new Map(context.rules.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((result) =>
    result.messages.map((m) => ({
      ...(m.ruleId && ruleIndex.has(m.ruleId) ? { ruleId: m.ruleId, ruleIndex: ruleIndex.get(m.ruleId) } : m.ruleId ? { ruleId: m.ruleId } : {}),
      level: m.severity === "error" ? "error" : "warning",
      message: { text: m.policy ? `${m.message} (${m.policy})` : m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(relativePath(result.filePath, context.cwd)), ...(result.filePath.startsWith("<") ? {} : { uriBaseId: "%SRCROOT%" }) },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
      ...(m.fatal ? { kind: "fail", properties: { fatal: true } } : {}),
    })),
  );
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "postlint",
            informationUri: "https://www.npmjs.com/package/@postlint/cli",
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            rules: context.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.meta.description },
              fullDescription: { text: `${r.meta.description} Policy clauses: ${r.meta.policy.join(", ") || "none"}.` },
              ...(r.meta.docsUrl ? { helpUri: r.meta.docsUrl } : {}),
              defaultConfiguration: { level: r.meta.defaultSeverity === "error" ? "error" : r.meta.defaultSeverity === "off" ? "none" : "warning" },
              properties: { policy: [...r.meta.policy], languages: [...r.meta.languages] },
            })),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `file://${context.cwd.replace(/\/?$/, "/")}` } },
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

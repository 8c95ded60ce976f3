import type { SecretLintCoreConfig } from "@secretlint/types";

export interface TokenHit {
  start: number;
  end: number;
  /** Which kind of credential, for the message ("GitHub", "Slack"). */
  kind: string;
}

/**
 * secretlint's recommended preset, used as a library. It is loaded on first use only, and only for
 * posts where `mayHoldToken` sees something token-shaped: most posts never pay for it. Its profiler
 * records a performance mark per rule and file and never clears them (a leak in long runs, e.g. the
 * server), so it is switched off.
 */
export const mayHoldToken = (text: string): boolean => /[A-Za-z0-9_+/=-]{20,}|-----BEGIN|:\/\/[^\s/@:]+:[^\s/@]+@/.test(text) && /\d/.test(text);

type Lint = (content: string) => Promise<TokenHit[]>;
let loaded: Promise<Lint> | undefined;

export function secretlint(): Promise<Lint> {
  return (loaded ??= load());
}

const NAMES: Record<string, string> = {
  "1password": "1Password",
  aws: "AWS",
  basicauth: "password-in-URL",
  "database-connection-string": "database",
  gcp: "Google Cloud",
  github: "GitHub",
  gitlab: "GitLab",
  huggingface: "Hugging Face",
  npm: "npm",
  openai: "OpenAI",
  privatekey: "private-key",
  sendgrid: "SendGrid",
};

async function load(): Promise<Lint> {
  const [{ lintSource }, { creator }, { secretLintProfiler }] = await Promise.all([
    import("@secretlint/core"),
    import("@secretlint/secretlint-rule-preset-recommend"),
    import("@secretlint/profiler"),
  ]);
  secretLintProfiler.mark = () => undefined;
  const config: SecretLintCoreConfig = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: creator }] };
  return async (content) => {
    const result = await lintSource({
      source: { content, filePath: "post.md", ext: ".md", contentType: "text" },
      options: { config, noPhysicFilePath: true, maskSecrets: true },
    });
    return result.messages.map((m) => {
      const id = m.ruleId.replace(/^@secretlint\/secretlint-rule-/, "");
      return { start: m.range[0], end: m.range[1], kind: NAMES[id] ?? id.charAt(0).toUpperCase() + id.slice(1) };
    });
  };
}

// Builds the unpacked extension into dist/ (or dist-test/ with --test): bundles the service
// worker (engine + default pack, no code splitting: MV3 service workers cannot import() chunks),
// built for the "worker" export condition (no DOM there), the content script, the popup and the options page, and writes manifest.json.
// --test adds http://127.0.0.1/* to the content script's matches and to the granted host
// permissions (the options page fetches the config from a test server there), and lets a fixture
// page name its platform (<meta name="postlint-test-platform">); the release build has none of it.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const test = process.argv.includes("--test");
const out = path.join(root, test ? "dist-test" : "dist");
const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

export const COMPOSERS = [
  "https://www.linkedin.com/*",
  "https://x.com/*",
  "https://twitter.com/*",
  "https://www.facebook.com/*",
  "https://www.instagram.com/*",
  "https://www.threads.net/*",
  "https://www.threads.com/*",
  "https://bsky.app/*",
  "https://mastodon.social/*",
  "https://*.mastodon.social/*",
  "https://fosstodon.org/*",
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = {
  bundle: true,
  minify: !test,
  target: ["chrome116"],
  legalComments: "none",
  logLevel: "warning",
  define: { __POSTLINT_TEST__: JSON.stringify(test), "process.env.NODE_ENV": '"production"' },
  outdir: out,
  // Only basename of node:path is used in the bundled pack (secretlint's preset).
  alias: { "node:path": path.join(root, "src/shims/path.ts"), path: path.join(root, "src/shims/path.ts") },
};
await build({ ...common, entryPoints: { background: "src/background.ts" }, format: "esm", platform: "browser", absWorkingDir: root, conditions: ["worker"] });
await build({ ...common, entryPoints: { content: "src/content.ts" }, format: "iife", absWorkingDir: root });
await build({ ...common, entryPoints: { popup: "src/popup.ts", options: "src/options.ts" }, format: "esm", absWorkingDir: root });
for (const file of ["popup.html", "options.html"]) copyFileSync(path.join(root, "src", file), path.join(out, file));

const manifest = {
  manifest_version: 3,
  name: "postlint",
  version,
  description: "Checks your drafts against your organization's social-media policy, in the compose box. Offline: no post leaves the browser.",
  minimum_chrome_version: "116",
  permissions: ["storage"],
  // Asked for in the options page, for the one origin of the organization's `postlint serve`
  // (https, or a server on this machine). The test build has 127.0.0.1 granted: no prompt to click.
  optional_host_permissions: ["https://*/*", "http://127.0.0.1/*", "http://localhost/*"],
  ...(test ? { host_permissions: ["http://127.0.0.1/*"] } : {}),
  background: { service_worker: "background.js", type: "module" },
  action: { default_title: "postlint", default_popup: "popup.html" },
  options_page: "options.html",
  content_scripts: [{ matches: test ? [...COMPOSERS, "http://127.0.0.1/*"] : COMPOSERS, js: ["content.js"], run_at: "document_idle", all_frames: false }],
  content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
};
writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`postlint extension: ${path.relative(process.cwd(), out)}${test ? " (test build)" : ""}`);

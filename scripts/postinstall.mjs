// The root `postinstall` builds the monorepo after `pnpm install`. npm runs it too, when the
// pre-commit framework installs this repository for its hook: that install needs no build (the
// hook runs the published @postlint/cli) and has no pnpm workspace to build, so skip it there. The
// user agent alone is not enough: npm reads an inherited npm_config_user_agent as its own.
// Not `prepare`: pre-commit also runs `npm pack` here and takes its stdout as the tarball's name,
// and npm prints a banner for every script it runs.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const byPnpm = (process.env.npm_config_user_agent ?? "").startsWith("pnpm/") && existsSync("node_modules/.pnpm");
if (byPnpm) execSync("pnpm build", { stdio: "inherit" });
else console.log("postlint: not installed by pnpm, skipping the monorepo build");

// `prepare` builds the monorepo after `pnpm install`. npm also runs it, when the pre-commit
// framework installs and packs this repository for its hook: that install needs no build (the hook
// runs the published @postlint/cli), and npm has no pnpm workspace to build, so skip it there.
import { execSync } from "node:child_process";

if ((process.env.npm_config_user_agent ?? "").startsWith("pnpm/")) execSync("pnpm build", { stdio: "inherit" });
else console.log("postlint: not installed by pnpm, skipping the monorepo build");

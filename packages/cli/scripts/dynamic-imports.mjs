// The CommonJS bundle's `import()` calls made calls of a function its loader passes in.
//
// On Node 20 a script compiled from V8's code cache has lost the callback that `import()` needs
// (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, whatever `importModuleDynamically` says), so
// bin/code-cache.js hands the bundle `__postlintImport`, which imports from the bin's module.
import { readFileSync, writeFileSync } from "node:fs";
import { tokenizer } from "acorn";

/** `file` with each `import(` written `__postlintImport(`. */
export function loaderImports(file) {
  const code = readFileSync(file, "utf8");
  const tokens = [...tokenizer(code, { ecmaVersion: "latest", sourceType: "script" })];
  let out = "";
  let at = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    if (token.type.keyword !== "import" || tokens[i + 1].type.label !== "(") continue;
    out += `${code.slice(at, token.start)}__postlintImport`;
    at = token.end;
  }
  writeFileSync(file, out + code.slice(at));
}

import { lint } from "@postlint/core";
import { readFileSync } from "node:fs";
import YAML from "yaml";
const config = YAML.parse(readFileSync("/work/wt/sec-core/fixtures/example/.postlintrc.yaml","utf8"));
const text = process.argv[2].replace(/\\n/g,"\n");
const r = await lint(text, { config, meta: { lang: "en" } });
for (const m of r.messages) console.log(m.ruleId, m.line+":"+m.column, JSON.stringify(m.text), m.fatal?m.message:"");

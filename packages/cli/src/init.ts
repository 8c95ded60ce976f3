import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";

const STARTER_CONFIG = `# postlint configuration: see https://github.com/postlint/postlint#configuration
# Every key is optional. Uncomment and edit what applies to your organization.

# organization:
#   name: Northwind Traders
#   aliases: ["Northwind", "@northwind", "#northwind"]   # how people refer to it
#   competitors: ["Contoso"]
#   domains: ["northwind.example"]                       # its own e-mail addresses are not personal data

# products:
#   - name: Aurora Pro
#     aliases: ["Project Kestrel"]    # internal codenames count as mentions too
#     launch: 2027-03-01              # before this date the product is unreleased

# spokespeople: ["jane.doe", "@northwind_ceo"]   # authors allowed to speak for the organization
# disclaimers: ["Opinions are mine alone"]       # accepted besides the built-in phrases

# brand:                                # checked on official accounts only
#   hashtags:
#     required: ["#Northwind"]          # official posts must carry one of these
#   banned: ["cheap", "guaranteed"]     # words the brand never uses
#   substitutions: { cheap: affordable } # what --fix writes instead

# confidential:
#   terms: ["Project Hydra", "Q3 forecast"]

# personalData:
#   allow: ["press@northwind.example"]  # public contacts that may appear in posts

# financialDisclosure:
#   insiders: ["jane.doe", "@northwind_cfo"]  # authors who know results before they are published

# defaultLanguage: en   # for posts too short to detect: en, nl or da
# lang: auto            # force one language for every post
# platform: linkedin    # default platform when a post does not say
# account: personal     # default account type: personal or official

# rules:                # error | warn | off, or [level, { options }]
#   workplace-conflict: error
#   controversial-topic: [warn, { topics: [politics, religion] }]
#   platform-limits: [warn, { limits: { linkedin: { maxLength: 1300 } } }]

# plugins: []           # extra rule packs by package name or path

# gate:                 # postlint serve: which findings block or send a post to review
#   block: error        # error | warn | never
#   review: warn

# server:
#   tokens: []          # bearer tokens for the API (or set POSTLINT_API_TOKEN)
#   retention:
#     text: 30d         # the review queue forgets post text after this (keeps decisions)
#   webhooks:
#     allowHosts: []    # hosts review-queue callbacks may go to, e.g. ["scheduler.example.com"]
`;

/** Writes a starter `.postlintrc.yaml`; refuses to overwrite an existing one. */
export function writeStarterConfig(cwd: string): { file: string; created: boolean } {
  const file = path.join(cwd, ".postlintrc.yaml");
  if (existsSync(file)) return { file, created: false };
  writeFileSync(file, STARTER_CONFIG);
  return { file, created: true };
}

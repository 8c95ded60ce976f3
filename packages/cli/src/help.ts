export const HELP = `postlint: check social-media posts against your organization's policy

Usage: postlint [options] [file|folder|glob|-] ...
       postlint serve [--port 8787] [--host 127.0.0.1] [--config FILE]   (HTTP API and draft checker;
                                                                       see postlint serve --help)
       postlint lsp                                                     (Language Server on stdio; docs/integrations.md)
       postlint token create --role writer|reviewer|admin --name NAME    (review-queue tokens)
       postlint import-csv FILE                     (a scheduler's CSV as NDJSON for --ndjson)
       postlint test [DIR]          run the policy examples in DIR (default policy-tests/)
       postlint handbook [--lang en|nl|da] [--format md|html] [-o FILE]   the employee handbook
       postlint docs [-o DIR]       the organization's custom rules as Markdown

Posts are .md, .markdown or .txt files, or text on stdin. Folders are searched for posts.
Each post may start with YAML front matter (platform, account, author, lang, date).

Post:
  --platform NAME          x, linkedin, instagram, facebook, threads, bluesky, mastodon, tiktok
  --account TYPE           personal (default) or official
  --author NAME            who will publish it (checked against "spokespeople")
  --lang LANG              en, nl, da or auto (default: detect)
  --date YYYY-MM-DD        publication date (default: today); used for launch dates
                           A post's own front matter wins over these flags.

Input:
  -                        read one post from stdin (also when stdin is piped and no files given)
  --stdin-filename NAME    name to use for the stdin post in output and config search
  --ignore-pattern GLOB    skip matching files (repeatable); .postlintignore is read too
  --no-ignore              do not read .postlintignore
  --max-file-size SIZE     refuse posts larger than this (default 1mb)
  --lint-timeout TIME      each post's time budget (default 10s; 500ms, 30s or off): a post
                           still being checked then gets a fatal result, the others are linted

Config:
  -c, --config FILE        use this config instead of searching for .postlintrc.* upward
  --print-config FILE      print the config that applies to FILE (with "sources": which file
                           of an extends chain set each key) and exit
  --init                   write a starter .postlintrc.yaml with every key explained
  --list-rules             list the rules with their levels and languages

Output:
  -f, --format NAME        stylish (default), json, sarif, github, gitlab or junit
  -o, --output-file FILE   write the report to FILE instead of stdout
  --quiet                  report errors only
  --max-warnings N         exit 1 when there are more than N warnings
  --no-color, --color      force colours off or on (NO_COLOR is respected)
  --report-unused-disable  report postlint-disable comments that suppress nothing
  --no-inline-config       ignore postlint-disable comments and front-matter postlint.disable

Many posts:
  --cache                  skip posts whose content, config and postlint version are unchanged
  --cache-location FILE    where the cache lives (default .postlintcache; implies --cache)
  --no-images              do not read the images posts refer to (text in them, metadata, QR codes)
  --concurrency N          worker threads: a number (at most 4 per core; more is clamped),
                           auto (default: half the cores for 200+ posts) or off
  --ndjson                 read posts as NDJSON ({"id", "text", ...post fields} per line, checked
                           as the HTTP API checks them) from stdin or one file; write one JSON
                           result per line, in order

Fixing:
  --fix                    apply safe fixes (masking data, brand spellings) to the files
  --fix-dry-run            compute fixes without writing; with --format json, see "output"

  -h, --help               show this help
  -v, --version            print the version

Exit codes: 0 no errors · 1 at least one error (or too many warnings) · 2 usage, config or input error

Examples:
  postlint posts/                           lint every post under posts/
  postlint "content/**/*.md" --format json  JSON for tooling
  echo "Sneak peek of Aurora Pro!" | postlint --lang en -
  postlint --platform x --account official draft.md
  postlint --format sarif posts/ > postlint.sarif
  postlint --ndjson export.ndjson > results.ndjson   audit a scheduler export
  git diff --cached --name-only | xargs postlint   (see docs/integrations.md for hooks)
`;

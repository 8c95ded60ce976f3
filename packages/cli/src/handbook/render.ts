import type { Handbook } from "./model.js";

const HOW_FM = "---\nplatform: linkedin\naccount: personal\nlang: {lang}\n---\n";

export function renderMarkdown(h: Handbook): string {
  const ui = h.ui;
  const out = [`# ${h.title}`, "", h.intro, "", `## ${ui.contents}`, ""];
  for (const s of h.sections) out.push(`- [${s.id} ${s.title}](#${anchor(s)})`);
  out.push(`- [${ui.howTitle}](#how-to-check)`, "");
  for (const s of h.sections) {
    out.push(`<a id="${anchor(s)}"></a>`, "", `## ${s.id} ${s.title}`, "");
    if (s.text) out.push(s.text, "");
    if (s.link) out.push(`${ui.more}: <${s.link}>`, "");
    out.push(`**${ui.checks}**`, "");
    for (const r of s.rules) out.push(`- ${r.checks} (\`${r.id}\`, ${r.level})`);
    out.push("");
    const instead = [...new Set(s.rules.map((r) => r.instead).filter(Boolean))];
    if (instead.length) out.push(`**${ui.instead}:** ${instead.join(" ")}`, "");
    for (const [label, list, mark] of [[ui.flagged, s.flagged, "✗"], [ui.fine, s.fine, "✓"]] as const) {
      if (!list.length) continue;
      out.push(`**${label}:**`, "");
      for (const e of list) out.push(`> ${mark} ${e.text.replace(/\n/g, "\n> ")}`, "");
    }
  }
  if (h.fine.length) {
    out.push(`## ${ui.fineTitle}`, "", ui.fineIntro ?? "", "");
    for (const e of h.fine) out.push(`> ✓ ${e.text.replace(/\n/g, "\n> ")}`, "");
  }
  out.push(`<a id="how-to-check"></a>`, "", `## ${ui.howTitle}`, "", ui.how1 ?? "", "", "```sh", "npx postlint draft.md", "```", "", ui.how2 ?? "", "", "```markdown", HOW_FM.replace("{lang}", h.lang), "```", "", ui.how3 ?? "", "", "---", "", `_${h.footer}_`, "");
  return out.join("\n");
}

function anchor(s: { id: string }): string {
  return `clause-${s.id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
const safeUrl = (u: string) => (/^(https?:|mailto:)/i.test(u) ? u : "#");

export function renderHtml(h: Handbook): string {
  const ui = h.ui;
  const body: string[] = [`<header><h1>${esc(h.title)}</h1><p class="intro">${esc(h.intro)}</p></header>`, `<nav><h2>${esc(ui.contents ?? "")}</h2><ol>`];
  for (const s of h.sections) body.push(`<li><a href="#${anchor(s)}"><span class="cid">${esc(s.id)}</span> ${esc(s.title)}</a></li>`);
  body.push(`<li><a href="#how-to-check">${esc(ui.howTitle ?? "")}</a></li></ol></nav>`);
  for (const s of h.sections) {
    body.push(`<section id="${anchor(s)}"><h2><span class="cid">${esc(s.id)}</span> ${esc(s.title)}</h2>`);
    if (s.text) body.push(`<p class="clause">${esc(s.text)}</p>`);
    if (s.link) body.push(`<p class="link">${esc(ui.more ?? "")}: <a href="${esc(safeUrl(s.link))}">${esc(s.link)}</a></p>`);
    body.push(`<h3>${esc(ui.checks ?? "")}</h3><ul class="rules">`);
    for (const r of s.rules) body.push(`<li>${esc(r.checks)} <span class="meta"><code>${esc(r.id)}</code> · ${esc(r.level)}</span></li>`);
    body.push("</ul>");
    const instead = [...new Set(s.rules.map((r) => r.instead).filter(Boolean))] as string[];
    if (instead.length) body.push(`<div class="instead"><strong>${esc(ui.instead ?? "")}:</strong> ${esc(instead.join(" "))}</div>`);
    if (s.flagged.length || s.fine.length) {
      body.push('<div class="examples">');
      for (const [label, list, cls] of [[ui.flagged, s.flagged, "bad"], [ui.fine, s.fine, "good"]] as const) {
        if (!list.length) continue;
        body.push(`<div class="col"><h4 class="${cls}">${cls === "bad" ? "✗" : "✓"} ${esc(label ?? "")}</h4>`);
        for (const e of list) body.push(`<blockquote class="${cls}">${esc(e.text).replace(/\n/g, "<br>")}</blockquote>`);
        body.push("</div>");
      }
      body.push("</div>");
    }
    body.push("</section>");
  }
  if (h.fine.length) {
    body.push(`<section><h2>${esc(ui.fineTitle ?? "")}</h2><p>${esc(ui.fineIntro ?? "")}</p><div class="examples"><div class="col">`);
    for (const e of h.fine) body.push(`<blockquote class="good">${esc(e.text).replace(/\n/g, "<br>")}</blockquote>`);
    body.push("</div></div></section>");
  }
  body.push(
    `<section id="how-to-check" class="how"><h2>${esc(ui.howTitle ?? "")}</h2><p>${esc(ui.how1 ?? "")}</p><pre><code>npx postlint draft.md</code></pre><p>${esc(ui.how2 ?? "")}</p><pre><code>${esc(HOW_FM.replace("{lang}", h.lang))}</code></pre><p>${esc(ui.how3 ?? "")}</p></section>`,
    `<footer>${esc(h.footer)}</footer>`,
  );
  return `<!doctype html>
<html lang="${h.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(h.title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}

const CSS = `
:root { --ink: #1d2330; --muted: #5b6474; --line: #dfe3ea; --accent: #2453a6; --bad: #b3261e; --bad-bg: #fdf0ef; --good: #1e7a3c; --good-bg: #eef8f1; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f6f7f9; }
main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 2rem 3rem; background: #fff; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
h2 { font-size: 1.35rem; margin: 0 0 .5rem; }
h3 { font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 1rem 0 .35rem; }
h4 { font-size: .9rem; margin: .25rem 0 .35rem; }
.intro { color: var(--muted); font-size: 1.05rem; }
nav { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1.25rem; margin: 1.5rem 0 2rem; }
nav h2 { font-size: 1rem; }
nav ol { margin: 0; padding-left: 1.25rem; columns: 2; column-gap: 2rem; }
nav a { color: var(--accent); text-decoration: none; }
section { border-top: 1px solid var(--line); padding: 1.5rem 0 .5rem; }
.cid { display: inline-block; min-width: 2.5rem; color: var(--accent); font-variant-numeric: tabular-nums; }
.clause { font-size: 1.05rem; }
.link { font-size: .9rem; color: var(--muted); }
.rules { padding-left: 1.2rem; margin: 0; }
.rules li { margin: .2rem 0; }
.meta { color: var(--muted); font-size: .82rem; white-space: nowrap; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f0f2f5; padding: .05em .3em; border-radius: 3px; }
.instead { margin: .9rem 0; padding: .6rem .9rem; border-left: 4px solid var(--accent); background: #f2f6fd; }
.examples { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; margin: .75rem 0; }
.bad { color: var(--bad); }
.good { color: var(--good); }
blockquote { margin: 0 0 .5rem; padding: .55rem .8rem; border-radius: 6px; color: var(--ink); font-size: .93rem; }
blockquote.bad { color: var(--ink); background: var(--bad-bg); border-left: 4px solid var(--bad); }
blockquote.good { color: var(--ink); background: var(--good-bg); border-left: 4px solid var(--good); }
pre { background: #f0f2f5; padding: .6rem .9rem; border-radius: 6px; overflow-x: auto; }
pre code { background: none; padding: 0; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { break-after: page; }
  nav ol { columns: 1; }
  section { break-inside: auto; }
  h2, h3, h4 { break-after: avoid; }
  blockquote, .instead, .rules li { break-inside: avoid; }
  a { color: inherit; }
  .link a::after { content: ""; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

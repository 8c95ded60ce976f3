import { lint } from "@postlint/core";
const cases = {
  dash2000: "- ".repeat(2000) + "\n",
  quote3500: ">".repeat(3500) + " x\n",
  quote19000: ">".repeat(19000) + " x\n",
  indentList: Array.from({length: 1500}, (_, i) => " ".repeat(i*2) + "- x").join("\n") + "\n",
  brackets: "[".repeat(20000) + "x" + "]".repeat(20000) + "\n",
  emph: "*".repeat(20000) + "x" + "*".repeat(20000) + "\n",
  bomb: "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\nhello world\n",
  ordered: "1. ".repeat(2000) + "\n",
  mixed: "> - ".repeat(1000) + "x\n",
};
for (const [name, text] of Object.entries(cases)) {
  const t = Date.now();
  try { const r = await lint(text, { meta: { lang: "en" } }); console.log(name, Date.now()-t, "ms", r.messages.filter(m=>m.fatal).map(m=>m.message).join("|").slice(0,200)); }
  catch (e) { console.log(name, Date.now()-t, "ms THROWS", String(e).slice(0,150)); }
}

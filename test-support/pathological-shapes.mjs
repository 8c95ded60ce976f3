// Inputs shaped to make a parser or a regular expression backtrack: each repeats a short unit to
// n characters. Shared by the benchmark (which grows n and prints the time ratio; linear is 8× for
// 10k → 80k) and the test that runs every rule of the default pack on each shape.
// Issue #9 §5 found the first four; the others are the usual suspects for Markdown and the rules'
// patterns (numbers, e-mail addresses, URLs, mentions, tables, entities), and long posts of short
// sentences on one line.

/** Name → unit; a shape of n characters is the unit repeated (and cut) to n. */
export const PATHOLOGICAL_UNITS = {
  digits: "1",
  "1. repeated": "1.",
  "*a repeated": "*a",
  "_a repeated": "_a",
  "[ repeated": "[",
  "[a]( repeated": "[a](",
  "](  repeated": "](",
  "one long word (consonants)": "x",
  "one long word (vowels)": "a",
  "backslashes": "\\",
  "< repeated": "<",
  "backticks": "`",
  "!! repeated": "!",
  "@a repeated": "@a",
  "#a repeated": "#a",
  "a@b. repeated": "a@b.",
  "http:// repeated": "http://",
  "$1, repeated": "$1,",
  "1,0 repeated": "1,0",
  "|a repeated (table cells)": "|a",
  "&amp repeated": "&amp",
  "<!-- repeated": "<!--",
  "a- repeated": "a-",
  "capital words": "A ",
  "short lines": "a\n",
  "+1 repeated": "+1 ",
  // Thousands of sentences on one line: a check that reads a sentence's whole line, or compares
  // every hit with every other, grows with the square of the post (issue 15: 6–8 s and ~8 s).
  "sentences on one line": "Proud of the team. ",
  "quoted reported speech on one line": 'Staff say managers "treat us like dirt". ',
};

/** The shape `name` at n characters. */
export function pathologicalShape(name, n) {
  const unit = PATHOLOGICAL_UNITS[name];
  if (unit === undefined) throw new Error(`no pathological shape ${name}`);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

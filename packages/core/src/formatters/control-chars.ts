/**
 * Control characters a post or file name can carry into a terminal or CI log: C0 (but tab), DEL,
 * C1, and the bidi controls. `\e[1A\e[2K` erases the line above; U+202E shows text reversed.
 */
const CONTROL = /[\p{Cc}\p{Bidi_Control}]/gu;

/** Shows control characters as `\x1b` / `\u202e`, so a human format prints them instead of obeying them. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => (ch === "\t" ? ch : visible(ch)));
}

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

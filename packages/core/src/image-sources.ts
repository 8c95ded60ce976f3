import type { ImageContent, ImageSource, LintMessage, Range } from "./types.js";

/**
 * Where the post refers to each image: its Markdown image `![…](name)`, else its entry in the front
 * matter (`images: [name]`), else the start of the body (an image attached through the API).
 */
export function anchorImages(text: string, bodyStart: number, images: readonly ImageContent[]): ImageSource[] {
  return images.map((image) => ({ ...image, range: anchorOf(text, bodyStart, image.name) }));
}

function anchorOf(text: string, bodyStart: number, name: string): Range {
  if (name) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const markdown = new RegExp(`!\\[(?:[^\\][\\n]|\\[[^\\][\\n]*\\])*\\]\\(\\s*<?${escaped}>?(?:\\s+["'(][^)\\n]*)?\\)`, "g");
    markdown.lastIndex = bodyStart;
    const m = markdown.exec(text);
    if (m) return [m.index, m.index + m[0].length];
    const inFront = text.slice(0, bodyStart).indexOf(name);
    if (inFront !== -1) return [inFront, inFront + name.length];
    const inBody = text.indexOf(name, bodyStart);
    if (inBody !== -1) return [inBody, inBody + name.length];
  }
  const lineEnd = text.indexOf("\n", bodyStart);
  return [bodyStart, lineEnd === -1 ? text.length : lineEnd];
}

/**
 * The text an image's findings are linted from. A leading `---` would read as front matter, so
 * it gets a space; nothing else changes, as findings are moved to the image's reference anyway.
 */
export function imageText(source: ImageSource): string | undefined {
  const text = source.text?.replace(/\r\n?/g, "\n").trim();
  if (!text) return undefined;
  return text.startsWith("---") ? ` ${text}` : text;
}

/**
 * Moves findings in an image's text to the image's reference in the post. Fixes edit the post, not
 * the image, so they are dropped; the same finding twice (a word repeated on a whiteboard) is kept once.
 */
export function toImageMessages(source: ImageSource, messages: readonly LintMessage[], at: { line: number; column: number; endLine: number; endColumn: number }): LintMessage[] {
  const seen = new Set<string>();
  const out: LintMessage[] = [];
  for (const m of messages) {
    if (m.ruleId === "suppression") continue;
    const key = `${m.ruleId ?? ""}\0${m.messageId ?? ""}\0${m.text ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { fix: _fix, suggestions: _suggestions, ...rest } = m;
    out.push({ ...rest, ...at, source: { image: source.name } });
  }
  return out;
}

/** The image sources whose reference lies in `[start, end)`, with ranges moved by `-shift` (a section of a huge post). */
export function sourcesIn(sources: readonly ImageSource[], start: number, end: number, shift: number, first: boolean): ImageSource[] {
  return sources
    .filter((s) => (s.range[0] >= start && s.range[0] < end) || (first && s.range[0] < start))
    .map((s) => (shift && s.range[0] >= start ? { ...s, range: [s.range[0] - shift, s.range[1] - shift] as const } : s));
}

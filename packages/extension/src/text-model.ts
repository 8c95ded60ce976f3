// The text of a compose box and the way back from offsets to the page: a textarea's value, or the
// text nodes of a contenteditable editor (block elements and <br> are line breaks).
interface Segment {
  node: Text;
  start: number;
  end: number;
}

export interface EditorText {
  text: string;
  segments: Segment[];
}

const BLOCK = /^(DIV|P|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL)$/;

export function readEditable(root: HTMLElement): EditorText {
  let text = "";
  const segments: Segment[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        // Editors keep typed spaces as no-break spaces so the browser does not collapse them; the
        // published post has plain spaces (same length, so offsets still match the DOM).
        const value = (child as Text).data.replace(/\u00a0/g, " ");
        segments.push({ node: child as Text, start: text.length, end: text.length + value.length });
        text += value;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const el = child as HTMLElement;
        if (el.tagName === "BR") {
          text += "\n";
          continue;
        }
        const block = BLOCK.test(el.tagName);
        if (block && text.length > 0 && !text.endsWith("\n")) text += "\n";
        walk(el);
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** A DOM range over [start, end) of the editor's text, or undefined when the text has changed. */
export function domRange(model: EditorText, start: number, end: number): Range | undefined {
  const at = (offset: number, preferEnd: boolean) => {
    const seg = model.segments.find((s) => (preferEnd ? s.start < offset && offset <= s.end : s.start <= offset && offset < s.end)) ?? model.segments.find((s) => s.start <= offset && offset <= s.end);
    return seg && { node: seg.node, offset: offset - seg.start };
  };
  const a = at(start, false);
  const b = at(end, true);
  if (!a || !b) return undefined;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const MIRRORED = [
  "boxSizing", "width", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth",
  "fontFamily", "fontSize", "fontWeight", "fontStyle", "letterSpacing", "lineHeight", "textTransform", "wordSpacing", "textIndent", "tabSize", "direction",
] as const;

/** The client rects of [start, end) in a textarea, measured on an invisible copy laid out alike. */
export function textareaRects(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, scratch: HTMLElement): DOMRect[] {
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = document.createElement("div");
  for (const key of MIRRORED) mirror.style[key] = style[key];
  Object.assign(mirror.style, {
    position: "fixed", left: `${box.left}px`, top: `${box.top}px`, height: `${box.height}px`, overflow: "hidden", visibility: "hidden",
    whiteSpace: el instanceof HTMLTextAreaElement ? "pre-wrap" : "pre", overflowWrap: "break-word", borderStyle: "solid", borderColor: "transparent",
  });
  const value = el.value;
  mirror.append(document.createTextNode(value.slice(0, start)));
  const mark = document.createElement("span");
  mark.textContent = value.slice(start, end);
  mirror.append(mark, document.createTextNode(value.slice(end) + "\u200b"));
  scratch.append(mirror);
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const rects = [...mark.getClientRects()].filter((r) => r.bottom > box.top && r.top < box.bottom);
  mirror.remove();
  return rects;
}

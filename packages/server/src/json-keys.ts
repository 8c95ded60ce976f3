/**
 * Duplicate keys in a JSON body. JSON.parse keeps the last of `{"text": "a", "text": "b"}`, while
 * a proxy, a validator or an audit log in front of the server may read the first: the two would
 * then disagree about what was checked. The API refuses such bodies instead of picking one.
 */
export interface DuplicateKey {
  key: string;
  /** Where the object holding it sits, e.g. `posts[2]`; empty for the top level. */
  at: string;
}

interface Frame {
  /** Keys seen in this object; undefined for an array. */
  keys: Set<string> | undefined;
  /** The key or index this container sits under in its parent. */
  label: string;
  /** The next array index, or the key waiting for its value. */
  index: number;
  pendingKey: string | undefined;
}

/** One linear pass; assumes nothing about validity (JSON.parse judges that afterwards). */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const frame = stack.at(-1);
      if (expectKey && frame?.keys) {
        const key = decodeKey(text.slice(i, end + 1));
        if (frame.keys.has(key)) return { key, at: pathOf(stack) };
        frame.keys.add(key);
        frame.pendingKey = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack.at(-1);
      const label = parent === undefined ? "" : parent.keys ? (parent.pendingKey ?? "") : String(parent.index);
      stack.push({ keys: c === 0x7b ? new Set() : undefined, label, index: 0, pendingKey: undefined });
      expectKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const frame = stack.at(-1);
      if (frame?.keys) expectKey = true;
      else if (frame) frame.index++;
    }
  }
  return undefined;
}

/** The index of the closing quote of the string that opens at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i++;
    else if (c === 0x22) return i;
  }
  return text.length - 1;
}

/** `"\u0074ext"` and `"text"` are the same key. */
function decodeKey(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal;
  }
}

function pathOf(stack: Frame[]): string {
  let path = "";
  for (let i = 1; i < stack.length; i++) {
    const { label } = stack[i] as Frame;
    if (stack[i - 1]?.keys) path += path ? `.${label}` : label;
    else path += `[${label}]`;
  }
  return path;
}

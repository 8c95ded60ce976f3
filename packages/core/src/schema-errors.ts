import type { z } from "zod";
import { closest } from "./suggest.js";

/** Turns a zod issue into `key` + a sentence a person can act on (never raw validator dumps). */
export function describeIssue(issue: z.core.$ZodIssue, basePath: (string | number)[] = []): { key: string; message: string } {
  const path = [...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const key = formatPath(path);
  switch (issue.code) {
    case "invalid_value": {
      const options = issue.values.map((v) => JSON.stringify(v));
      return { key, message: `expected ${orList(options)}, got ${show(issue.input)}` };
    }
    case "invalid_type":
      return { key, message: `expected ${article(issue.expected)}, got ${typeName(issue.input)}` };
    case "unrecognized_keys": {
      const unknownKey = issue.keys[0] ?? "";
      return {
        key: formatPath([...path, unknownKey]),
        message: `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`,
      };
    }
    case "invalid_union":
      return { key, message: issue.message && !issue.message.startsWith("Invalid") ? issue.message : `unexpected value ${show(issue.input)}` };
    case "too_small":
      return { key, message: `expected at least ${String(issue.minimum)} ${issue.origin === "string" ? "characters" : "items"}` };
    case "too_big":
      return { key, message: `expected at most ${String(issue.maximum)} ${issue.origin === "string" ? "characters" : "items"}` };
    default:
      return { key, message: issue.message };
  }
}

/** Adds `did you mean "x"?` for an unknown key among known ones. */
export function withSuggestion(message: string, given: string, known: readonly string[]): string {
  const near = closest(given, known);
  return near ? `${message}; did you mean "${near}"?` : message;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), "");
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

function article(type: string): string {
  const names: Record<string, string> = { array: "a list", object: "a mapping of keys to values", string: "a string", number: "a number", boolean: "true or false" };
  return names[type] ?? type;
}

function typeName(input: unknown): string {
  if (input === undefined) return "nothing";
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping";
  return `${typeof input} ${show(input)}`;
}

function show(input: unknown): string {
  return typeof input === "string" ? `"${input}"` : JSON.stringify(input) ?? String(input);
}

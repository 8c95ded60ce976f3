/** What the page needs before its first request, inlined into its HTML by the server. */
export interface PageData {
  /** Platform id → its length limit and how it counts (the `platform-limits` rule's table). */
  platforms: Record<string, { name: string; maxLength: number; counter: "x-weighted" | "characters" | "graphemes" | "mastodon" }>;
  maxTextLength: number;
}

import { editDistance, normalizeWord, patternWords, type Post, type ResolvedConfig } from "@postlint/core";

export interface Misspelling {
  start: number;
  end: number;
  /** How the brand writes it. */
  name: string;
}

interface Name {
  written: string;
  /** Lower-case, without spaces and hyphens: "northwind", "aurorapro". */
  squashed: string;
  words: number;
}

const squash = (s: string): string => normalizeWord(s).replace(/[\s\-‐–_.']/g, "");

/**
 * Organization and product names written another way: other capitals ("NorthWind"), spacing or
 * hyphens ("North Wind", "Aurora-Pro") or a small typo ("Nortwind"). Hashtags and handles are
 * left alone (they have their own conventions), and so are words in capitals (shouting is
 * reported on its own).
 */
export function compileNames(config: Pick<ResolvedConfig, "organization" | "products">): (post: Post) => Misspelling[] {
  const raw = [config.organization.name, ...config.organization.aliases, ...config.products.flatMap((p) => [p.name, ...p.aliases])];
  const names: Name[] = [...new Set(raw.filter((n): n is string => Boolean(n) && !/^[#@]/.test(n ?? "")))].map((written) => ({
    written,
    squashed: squash(written),
    words: patternWords(written).length,
  }));
  const exact = new Set(names.map((n) => n.written));
  const allowed = (length: number): number => (length >= 12 ? 2 : length >= 5 ? 1 : 0);
  /** "Northwind", "Northwind's", Danish and Dutch "Northwinds": the name itself. */
  const isName = (written: string): boolean => exact.has(written) || exact.has(written.replace(/(['’]s|s['’]?)$/u, ""));
  return (post) => {
    const out: Misspelling[] = [];
    const tokens = post.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      if (!first || first.prefix) continue;
      const spanText = (span: number): string | undefined => {
        const last = tokens[i + span - 1];
        return last && last.sentence === first.sentence ? post.text.slice(first.start, last.end) : undefined;
      };
      const correct = names.map((n) => n.words).find((w) => isName(spanText(w) ?? ""));
      if (correct !== undefined) {
        i += correct - 1;
        continue;
      }
      let best: { end: number; last: number; name: string; distance: number } | undefined;
      for (const name of names) {
        // One word more or fewer than the name catches "North Wind" and "AuroraPro"; a typo
        // ("Nortwind") only counts with the name's own number of words.
        for (let span = Math.max(1, name.words - 1); span <= name.words + 1; span++) {
          const written = spanText(span);
          if (written === undefined) break;
          if (written === written.toUpperCase() || /[\n,;:!?()]/.test(written)) continue;
          const distance = editDistance(squash(written), name.squashed);
          const typo = span === name.words && distance <= allowed(name.squashed.length) && squash(written)[0] === name.squashed[0];
          if (distance !== 0 && !typo) continue;
          if (!best || distance < best.distance) best = { end: first.start + written.length, last: i + span - 1, name: name.written, distance };
        }
      }
      if (best) {
        out.push({ start: first.start, end: best.end, name: best.name });
        i = best.last;
      }
    }
    return out;
  };
}

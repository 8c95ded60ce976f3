import { compilePhrases, type PhraseMatcher } from "./phrases.js";
import { loadStemmer } from "./stemmers.js";
import type { Language, MessageTemplates, Post, Report } from "./types.js";

/**
 * Per-rule vocabularies, as Vale's: `rules: { profanity: [warn, { accept: [Hellerup], reject: [...] }] }`.
 * `accept` words are never flagged by that rule; `reject` words always are. Any rule takes them,
 * so the engine strips them from the options before the rule's own schema sees them.
 */
export interface Vocabulary {
  accept: string[];
  reject: string[];
}

export const VOCABULARY_KEYS = ["accept", "reject"] as const;

/** Splits `accept`/`reject` off a rule's raw options. Throws a message when they are not lists of words. */
export function splitVocabulary(raw: Record<string, unknown>): { options: Record<string, unknown>; vocabulary?: Vocabulary; error?: { key: string; message: string } } {
  if (!("accept" in raw) && !("reject" in raw)) return { options: raw };
  const { accept, reject, ...options } = raw;
  for (const [key, value] of [["accept", accept], ["reject", reject]] as const) {
    if (value !== undefined && (!Array.isArray(value) || value.some((v) => typeof v !== "string" || !/[\p{L}\p{N}]/u.test(v)))) {
      return { options, error: { key, message: "expected a list of words or phrases" } };
    }
  }
  return { options, vocabulary: { accept: (accept as string[] | undefined) ?? [], reject: (reject as string[] | undefined) ?? [] } };
}

export const REJECT_MESSAGES: Record<Language, MessageTemplates> = {
  en: { rejected: "“{text}” is on your organization's reject list for this rule. Rephrase or remove it." },
  nl: { rejected: "“{text}” staat op de afwijslijst van je organisatie voor deze regel. Formuleer het anders of haal het weg." },
  da: { rejected: "“{text}” står på din organisations afvisningsliste for denne regel. Omformulér eller fjern det." },
};

export interface CompiledVocabulary {
  /** Drops reports inside an accepted phrase and adds one per rejected phrase. */
  apply(post: Post, reports: Report[]): Promise<Report[]>;
}

export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const cache = new Map<string, Promise<PhraseMatcher<null>>>();
  const matcher = (list: string[], kind: string, language: Language): Promise<PhraseMatcher<null>> => {
    const key = `${kind}:${language}`;
    let m = cache.get(key);
    if (!m) {
      m = loadStemmer(language).then((stemmer) => compilePhrases(list.map((phrase) => ({ phrase, data: null })), { stemmer, possessive: true, literal: true }));
      cache.set(key, m);
    }
    return m;
  };
  return {
    async apply(post, reports) {
      let out = reports;
      if (vocabulary.accept.length) {
        const accepted = (await matcher(vocabulary.accept, "accept", post.language)).find(post, { all: true });
        if (accepted.length) out = out.filter((r) => !accepted.some((a) => a.start <= r.range[0] && r.range[1] <= a.end));
      }
      if (vocabulary.reject.length) {
        for (const hit of (await matcher(vocabulary.reject, "reject", post.language)).find(post)) {
          if (!out.some((r) => r.range[0] < hit.end && hit.start < r.range[1])) out = [...out, { messageId: "rejected", range: [hit.start, hit.end] }];
        }
      }
      return out;
    },
  };
}

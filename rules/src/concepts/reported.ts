import { isQuoted, type Language, type Post } from "@postlint/core";
import { conceptMatcher } from "./lexicon.js";
import { perPost } from "./per-post.js";

/** Verbs that report someone's words: "staff say managers "…"", "kaldte dem for "utøj"". */
const REPORTING: Record<Language, ReadonlySet<string>> = {
  en: new Set(["say", "says", "said", "saying", "call", "calls", "called", "calling", "tell", "tells", "told", "claim", "claims", "claimed", "write", "writes", "wrote", "shout", "shouted", "yell", "yelled", "ask", "asked", "quote", "quoted", "describe", "described"]),
  nl: new Set(["zegt", "zeggen", "zei", "zeiden", "noemt", "noemen", "noemde", "noemden", "riep", "riepen", "schreef", "schreven", "schrijft", "vroeg", "vroegen", "beweert", "beweren", "beweerde", "vertelt", "vertelde", "omschrijft", "omschreef"]),
  da: new Set(["siger", "sagde", "kalder", "kaldte", "skriver", "skrev", "råber", "råbte", "spurgte", "spørger", "påstår", "påstod", "fortæller", "fortalte", "beskriver", "beskrev"]),
};

const QUOTE_MARK = /["“”„«»‘’]/u;
const MAX_REPORT_WORDS = 80;

/**
 * The writer in the sentence, outside the quote: "my boss called me "useless"" is the writer's own
 * grievance, told through a quote. "Our story today: staff say …" is a newsroom's voice, so "our"
 * is not the writer here.
 */
const WRITER: Record<Language, ReadonlySet<string>> = {
  en: new Set(["i", "i'm", "i've", "i'd", "me", "my", "we", "we're", "we've", "us", "myself"]),
  nl: new Set(["ik", "mij", "me", "mijn", "m'n", "mn", "wij", "we", "ons", "mezelf"]),
  da: new Set(["jeg", "mig", "min", "mit", "mine", "vi", "os"]),
};

/**
 * Sentences that report someone else's words in quotes: a reporting verb outside the quote, a quote
 * with words in it, and the writer nowhere outside it ("Staff at a Cabot Circus restaurant say
 * managers "treat us like dirt"", "En fyr i toget kaldte de hjemløse for "utøj""). The words in the
 * quote are not the writer's, so a model that weighs words must not weigh them as the writer's.
 * A sentence that rolls its eyes outside the quote is the writer's own complaint told through
 * one: "Same lady rang SIX times to ask if her parcel is "still coming"", "they changed the hitch
 * again … and call the last one "travel"".
 */
export const reportedSentences = perPost(async (post: Post): Promise<ReadonlySet<number>> => {
  const out = new Set<number>();
  if (!QUOTE_MARK.test(post.text)) return out;
  const reporting = REPORTING[post.language];
  const writer = WRITER[post.language];
  const exasperated = new Set<number>();
  for (const h of (await conceptMatcher(post.language, ["exasperation", "sarcasm", "irony", "venting", "grievance", "cheating"])).find(post)) {
    const sentence = post.tokens[h.first]?.sentence ?? -1;
    if (!quotedInSentence(post, sentence, h.start, h.end)) exasperated.add(sentence);
  }
  post.sentences.forEach((sentence, index) => {
    // A report is a sentence, not a page: a long one, or one with no quotation mark, is not
    // checked word by word.
    if (sentence.tokens[1] - sentence.tokens[0] > MAX_REPORT_WORDS || !QUOTE_MARK.test(post.text.slice(sentence.start, sentence.end))) return;
    let quote = false;
    let verb = false;
    for (let i = sentence.tokens[0]; i < sentence.tokens[1]; i++) {
      const token = post.tokens[i];
      if (!token) continue;
      if (quotedInSentence(post, index, token.start, token.end)) {
        quote ||= /\p{L}/u.test(token.norm);
        continue;
      }
      // "SIX times": shouting a count is the writer's exasperation.
      if (writer.has(token.norm) || /^\p{Lu}{3,}$/u.test(post.text.slice(token.start, token.end))) return;
      verb ||= reporting.has(token.norm);
    }
    if (quote && verb && !exasperated.has(index)) out.add(index);
  });
  return out;
});

/**
 * Inside quotation marks within its own sentence: the check reads the sentence, not the whole line,
 * so a post of thousands of sentences on one line costs no more than its sentences.
 */
export function quotedInSentence(post: Pick<Post, "text" | "sentences">, sentence: number, start: number, end: number): boolean {
  const s = post.sentences[sentence];
  if (!s) return false;
  return isQuoted(post.text.slice(s.start, s.end), start - s.start, end - s.start);
}

/**
 * The word alone in straight single quotes ("used to call people 'spastic'", "why 'retard' is
 * never a joke"): mentioned, not used. Only the whole word wrapped, so an apostrophe ("'cause",
 * "dogs'") never opens a quote.
 */
function inSingleQuotes(text: string, start: number, end: number): boolean {
  return text[start - 1] === "'" && text[end] === "'" && !/[\p{L}\d]/u.test(text[start - 2] ?? " ") && !/[\p{L}\d]/u.test(text[end + 1] ?? " ");
}

/** Named as a word: "the history of the word chav", "het woord tokkie", "ordet spasser". */
const NAMED_AS_A_WORD = /(?:\bthe\s+(?:word|term|slur)|\b(?:het\s+woord|de\s+term|het\s+scheldwoord)|(?:^|[^\p{L}])(?:ordet|begrebet|udtrykket|skældsordet))\s*$/iu;

/**
 * A word mentioned rather than used: quoted ("called my colleague a “spastic”", "'terrorist'") or
 * named as a word ("the word chav"). Someone else said it, or it is being discussed.
 */
export function mentionedNotUsed(text: string, start: number, end: number): boolean {
  return isQuoted(text, start, end) || inSingleQuotes(text, start, end) || NAMED_AS_A_WORD.test(text.slice(Math.max(0, start - 24), start));
}

import type { CueEvidence, Post } from "@postlint/core";
import { tokenAt } from "../concepts/index.js";

/**
 * Rockets, charts, money, eyes, winks, shushes, a handshake (a deal) and champagne: hype or a wink
 * next to results (not 🔥, which is any enthusiasm). A toast alone says nothing; it is evidence
 * only for a cue about results.
 */
const HYPE = /[🚀📈📉💰💸🤑👀😉😏🤫🤐🌕💎🤝🥂🍾]/gu;

/** 🔥 is any enthusiasm: evidence of its own (`fire`), for cues that are already about results ("figures are in … 🔥"). */
const FIRE = /🔥/gu;

export function hypeEvidence(post: Pick<Post, "text" | "tokens" | "bodyStart">): CueEvidence[] {
  const out: CueEvidence[] = [];
  const body = post.text.slice(post.bodyStart);
  for (const [re, kind] of [[HYPE, "hype"], [FIRE, "fire"]] as const) {
    for (const m of body.matchAll(re)) {
      const index = tokenAt(post.tokens, post.bodyStart + m.index);
      if (index !== -1) out.push({ kind, index });
    }
  }
  return out;
}

/** Everyday acronyms that are written in capitals but are not stock tickers (an ETF or an ISA is a fund or an account, not one company's share). */
const NOT_TICKERS = new Set(["API", "AWS", "BSN", "CEO", "CFO", "COO", "CPR", "CTO", "DM", "ETA", "EU", "FAQ", "FOMO", "FYI", "GDPR", "HODL", "HQ", "HR", "IMHO", "IMO", "IBAN", "IMG", "IT", "KPI", "LOL", "MT", "NDA", "OMG", "PDF", "PIN", "POS", "PR", "PSA", "Q1", "Q2", "Q3", "Q4", "ROI", "TGIF", "UK", "USA", "UX", "WTF", "YOLO", "AI", "ASAP", "BBC", "BBQ", "DIY", "DJ", "DR", "IRL", "LA", "MP", "NHS", "NOS", "NRK", "NYC", "OK", "PM", "RIP", "TV", "VIP", "VAT", "BTW", "MVP", "NL", "DK", "ETF", "ETFS", "ISA", "SIPP", "IPO", "GDP", "ECB", "FED", "ATM", "SMS", "GPS", "USB", "PC", "CV", "ID", "FAQS", "DVLA", "HMRC", "AEX", "OMX"]);

/**
 * Stock tickers: `$NWND`, configured tickers, and capitalised 2–5 letter words in a post that is
 * not written in capitals (where every word would look like one). Only the first two are also
 * `symbol`: a capitalised word may be emphasis ("the numbers were WILD").
 */
export function tickerEvidence(post: Pick<Post, "tokens">, tickers: ReadonlySet<string>): CueEvidence[] {
  const words = post.tokens.filter((t) => /\p{L}/u.test(t.text));
  const shouting = words.filter((t) => t.text === t.text.toUpperCase()).length > words.length / 3;
  const out: CueEvidence[] = [];
  post.tokens.forEach((t, index) => {
    const configured = tickers.has(t.norm);
    const shaped = /^[A-Z]{2,5}$/.test(t.text) && !NOT_TICKERS.has(t.text) && !shouting;
    if (t.prefix === "$" || configured || shaped) out.push({ kind: "stock", index }, { kind: "ticker", index });
    if (t.prefix === "$" || configured) out.push({ kind: "symbol", index });
  });
  return out;
}

/**
 * "We at the Truro Food Bank", "Wij van voetbalclub De Zwaluwen", "Vi i Nakskov Roklub": the writer's
 * "we" is another organization, named with capitals, so a record or a figure in that sentence is its
 * news (`elsewhere`), not the employer's, even when the employer is thanked in the next one.
 */
const WE_AT: Record<Post["language"], RegExp> = {
  en: /\b(?:[Ww]e|[Uu]s)(?: here)? (?:at|from) (?:the )?(\p{Lu}[\p{L}'’-]*(?: (?:of |for |and )?\p{Lu}[\p{L}'’-]*)*)/gu,
  nl: /\b(?:[Ww]ij|[Ww]e) (?:van|bij) (?:de |het )?(\p{Lu}[\p{L}'’-]*(?: (?:van |voor |en )?\p{Lu}[\p{L}'’-]*)*)/gu,
  da: /\b[Vv]i (?:i|hos|fra|på) (?:\p{L}+ )?(\p{Lu}[\p{L}'’-]*(?: (?:for |og )?\p{Lu}[\p{L}'’-]*)*)/gu,
};

/** One capitalised word is often a place ("we at the Hull depot"): a lone name must say it is a club, a charity or a school. */
const ORGANIZATION_WORD = /(?:bank|club|trust|fc|school|foundation|charity|society|association|stichting|vereniging|klub|forening|fond|skole|roklub|bold\p{L}*)$/iu;
/** A site of the employer's after the name: "we at the Hull depot", "wij van het Zwolle-filiaal". */
const SITE_AFTER = /^\s*(?:depot|store|shop|warehouse|branch|site|office|team|hub|plant|winkel|magazijn|filiaal|vestiging|kantoor|afdeling|lager|lageret|butik|butikken|afdelingen|kontor)\b/iu;

export function otherOrganizationEvidence(post: Pick<Post, "text" | "tokens" | "bodyStart" | "language">, organizationNames: readonly string[]): CueEvidence[] {
  const out: CueEvidence[] = [];
  const own = organizationNames.map((n) => n.toLowerCase());
  const body = post.text.slice(post.bodyStart);
  for (const m of body.matchAll(WE_AT[post.language])) {
    const written = m[1] ?? "";
    const name = written.toLowerCase();
    if (!written.includes(" ") && !ORGANIZATION_WORD.test(written)) continue;
    if (SITE_AFTER.test(body.slice(m.index + m[0].length))) continue;
    if (own.some((o) => name.includes(o) || o.includes(name))) continue;
    const index = tokenAt(post.tokens, post.bodyStart + m.index);
    if (index !== -1) out.push({ kind: "elsewhere", index });
  }
  return out;
}

/** "We" buying a company written by its name: "vi køber Vestsjællands Fragt", "we're acquiring Harbour Logistics". */
const WE_BUY: Record<Post["language"], RegExp> = {
  en: /\b[Ww]e(?:'re| are|’re)? (?:buying|acquiring|taking over|about to buy|about to acquire|going to buy|gonna buy) (\p{Lu}[\p{L}'’&-]*(?: (?:of |and |& )?\p{Lu}[\p{L}'’&-]*)*)/gu,
  // Dutch puts the verb last after "dat": "dat we Janssen Transport kopen".
  nl: /\b(?:[Ww]ij|[Ww]e) (?:(?:kopen|nemen|gaan kopen|gaan overnemen) (\p{Lu}[\p{L}'’&-]*(?: (?:van |en |& )?\p{Lu}[\p{L}'’&-]*)*)|(\p{Lu}[\p{L}'’&-]*(?: (?:van |en |& )?\p{Lu}[\p{L}'’&-]*)*) (?:kopen|overnemen|gaan kopen|gaan overnemen)\b)/gu,
  da: /\b[Vv]i (?:køber|opkøber|overtager|skal købe|skal overtage) (\p{Lu}[\p{L}'’&-]*(?: (?:og |& )?\p{Lu}[\p{L}'’&-]*)*)/gu,
};

/**
 * A company the writer's employer is buying, named with capitals ("vi køber Vestsjællands Fragt 🤯
 * det er ikke offentligt endnu"): the deal's other party, as a configured competitor would be. A
 * lone capitalised word must not be a weekday, a month or the own organization.
 */
export function boughtCompanyEvidence(post: Pick<Post, "text" | "tokens" | "bodyStart" | "language">, organizationNames: readonly string[]): CueEvidence[] {
  const out: CueEvidence[] = [];
  const own = organizationNames.map((n) => n.toLowerCase());
  const body = post.text.slice(post.bodyStart);
  for (const m of body.matchAll(WE_BUY[post.language])) {
    const written = m[1] ?? m[2] ?? "";
    const name = written.toLowerCase();
    if (written === "" || NOT_A_NAME.test(written) || own.some((o) => name.includes(o) || o.includes(name))) continue;
    const index = tokenAt(post.tokens, post.bodyStart + m.index + m[0].indexOf(written));
    if (index !== -1) out.push({ kind: "company", index });
  }
  return out;
}

/** Capitalised words that name no company: days, months, holidays, "I". */
const NOT_A_NAME = /^(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Kerst|Pasen|Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag|Jul|Påske)$/u;

import { compoundKind, compoundTerms } from "./compounds.js";
import type { LexiconEntry } from "./lexicon.js";
import { isPatternWord, type Below, type NodeSource, type RootSource } from "./lazy-root.js";
import { firstWordOf, secondWordOf, type PhraseEntry, type PhraseOptions } from "./phrases.js";

// One index of first words for a pack's lexicons of a language, shared by every matcher compiled
// from them. A one-file run compiles some fifty matchers from one language's lexicons (52,000
// phrases, 23,000 distinct, in the Dutch bench post's run), and reading every phrase's first word
// into each matcher's root was the largest part of a run spent in postlint's own code. With the
// index, a matcher's root adds the phrases of a first word only when a post's word looks it up
// (lazy-root.ts), and compiling a matcher costs one step per entry, not per phrase.

type EachPhrase = (entry: PhraseEntry<LexiconEntry>, more: boolean) => void;
type Stemmer = NonNullable<PhraseOptions["stemmer"]>;

/**
 * A phrase as a number: its entry's place in the set times `PER_ENTRY`, plus twice its place in the
 * entry, plus 1 when more words follow its first. 2¹⁸ holds an entry of up to 43,690 terms
 * (each with two compound forms at most; the pack's largest, its word classes expanded, has
 * 13,608), and keys stay small integers for matchers of up to 4,096 entries.
 */
const PER_ENTRY = 1 << 18;

/** The set an entry was indexed in, its place there, and the tags it had then. */
interface Member {
  set: LexiconSet;
  index: number;
  tags: readonly string[];
}

/** By the entry's `terms` array (see `indexLexicons`). */
const members = new WeakMap<readonly string[], Member>();

const entryPhrases = new WeakMap<LexiconEntry, { terms: readonly string[]; tags: readonly string[]; phrases: PhraseEntry<LexiconEntry>[] }>();

/**
 * An entry's phrases (its terms and their compound forms), made once per entry and shared by every
 * matcher that compiles it: a pack's matchers overlap (a Dutch one-file run compiles 52,000
 * phrases of 23,000 distinct), and the copies were that many objects for the scavenger to move.
 * Matchers only read them. Made again if the entry's terms or tags were replaced.
 */
export function phraseEntriesOf(entry: LexiconEntry): PhraseEntry<LexiconEntry>[] {
  const known = entryPhrases.get(entry);
  if (known !== undefined && known.terms === entry.terms && known.tags === entry.tags) return known.phrases;
  const phrases = compoundTerms(entry).map((phrase) => ({ phrase, data: entry }));
  entryPhrases.set(entry, { terms: entry.terms, tags: entry.tags, phrases });
  return phrases;
}

/**
 * The first words of a set's phrases, as a pack's build writes them (rules/scripts/compile-lexicons.mjs)
 * so a run need not read every phrase of a language: `firstWordTable` makes it. A word's phrases
 * are groups, in the set's order: an entry's place in the set, how many of its phrases start with
 * the word, and for each its place among the entry's phrases (`phraseEntriesOf`) times 2, plus 1
 * when more words follow the first.
 */
export interface FirstWordTable {
  /** `TABLE_FORMAT` when made: a table of another format is not read. */
  format: string;
  /** The distinct first words that are not patterns (see `isPatternWord`). */
  words: string[];
  /** Word `i`'s groups are `groups[offsets[i] .. offsets[i + 1])`; the pattern words' phrases come last. */
  offsets: number[];
  groups: number[];
  /** Per entry: how many of its phrases have a word. */
  sizes: number[];
  /** The entries with a phrase ending in `?`. */
  asks: number[];
  /**
   * The phrases of the first words that start at least `SECOND_MIN` phrases ("de", "ik", "het",
   * "the", "our": up to thousands each) by their second word, so a matcher's child of such a word
   * grows by word too (lazy-root.ts): `of[i]` is word `i`'s, and `words` the second words.
   */
  seconds: { words: string[]; of: Record<string, SecondWordTable> };
}

/**
 * A first word's phrases by their second word, grouped as `FirstWordTable.groups` are, but each
 * phrase's place in its entry times 2 plus 1 when more words follow its second. Slot `i` of
 * `offsets` is the second word `words[i]` (a place in `FirstWordTable.seconds.words`); after them
 * come the phrases whose second word is a pattern, then those of one word.
 */
interface SecondWordTable {
  words: number[];
  offsets: number[];
  groups: number[];
}

/** Phrases a first word starts for the table to list them by second word (see `FirstWordTable.seconds`). */
const SECOND_MIN = 64;

/**
 * Names what a table's words are: bump it when a phrase's first word (phrases.ts, `wordAt`) or an
 * entry's phrases (compounds.ts) change, so a pack built before is indexed at run time instead.
 * A table is trusted to be of the entries it is given with (a pack writes both in one module).
 */
const TABLE_FORMAT = "first-words/2";

/** The table of `entries` (a pack's lexicons of one language, in one list), see `FirstWordTable`. */
export function firstWordTable(entries: readonly LexiconEntry[]): FirstWordTable {
  const byWord = new Map<string, number[]>();
  const patterns: number[] = [];
  const sizes: number[] = [];
  const asks: number[] = [];
  entries.forEach((entry, e) => {
    const phrases = phraseEntriesOf(entry);
    let size = 0;
    phrases.forEach(({ phrase }, at) => {
      if (phrase.endsWith("?") && asks[asks.length - 1] !== e) asks.push(e);
      const first = firstWordOf(phrase);
      if (first === undefined) return;
      size++;
      const list = isPatternWord(first.word) ? patterns : (byWord.get(first.word) ?? byWord.set(first.word, []).get(first.word));
      list?.push(e, at * 2 + (first.more ? 1 : 0));
    });
    sizes.push(size);
  });
  const offsets: number[] = [];
  const groups: number[] = [];
  for (const list of [...byWord.values(), patterns]) {
    offsets.push(groups.length);
    pushGroups(groups, list);
  }
  offsets.push(groups.length);
  const words = [...byWord.keys()];
  return { format: TABLE_FORMAT, words, offsets, groups, sizes, asks, seconds: secondWords(entries, words, offsets, groups) };
}

/** Pairs of entry and place as groups: [entry, count, place, place, …] (see `FirstWordTable.groups`). */
function pushGroups(groups: number[], pairs: readonly number[]): void {
  for (let i = 0; i < pairs.length; ) {
    const e = pairs[i] as number;
    const start = groups.length;
    groups.push(e, 0);
    for (; i < pairs.length && pairs[i] === e; i += 2) groups.push(pairs[i + 1] as number);
    groups[start + 1] = groups.length - start - 2;
  }
}

/** The table's `seconds` (see `FirstWordTable`). */
function secondWords(entries: readonly LexiconEntry[], words: readonly string[], offsets: readonly number[], groups: readonly number[]): FirstWordTable["seconds"] {
  const seconds: string[] = [];
  const places = new Map<string, number>();
  const of: Record<string, SecondWordTable> = {};
  words.forEach((_, w) => {
    const start = offsets[w] as number;
    const end = offsets[w + 1] as number;
    if (end - start - 2 < SECOND_MIN) return;
    let count = 0;
    for (let g = start; g < end; g += 2 + (groups[g + 1] as number)) count += groups[g + 1] as number;
    if (count < SECOND_MIN) return;
    // Pairs of entry and place, by second word; then the pattern words' and the phrases of one word.
    const bySecond = new Map<string, number[]>();
    const patterns: number[] = [];
    const ends: number[] = [];
    for (let g = start; g < end; g += 2 + (groups[g + 1] as number)) {
      const e = groups[g] as number;
      const phrases = phraseEntriesOf(entries[e] as LexiconEntry);
      for (let k = g + 2; k < g + 2 + (groups[g + 1] as number); k++) {
        const at = groups[k] as number;
        if ((at & 1) === 0) {
          ends.push(e, at);
          continue;
        }
        const next = secondWordOf((phrases[at >> 1] as PhraseEntry<LexiconEntry>).phrase);
        if (next === undefined) continue;
        const pair = [e, (at & ~1) + (next.more ? 1 : 0)];
        if (isPatternWord(next.word)) patterns.push(...pair);
        else (bySecond.get(next.word) ?? bySecond.set(next.word, []).get(next.word))?.push(...pair);
      }
    }
    const table: SecondWordTable = { words: [], offsets: [], groups: [] };
    for (const [word, pairs] of bySecond) {
      let place = places.get(word);
      if (place === undefined) places.set(word, (place = seconds.push(word) - 1));
      table.words.push(place);
      table.offsets.push(table.groups.length);
      pushGroups(table.groups, pairs);
    }
    for (const pairs of [patterns, ends]) {
      table.offsets.push(table.groups.length);
      pushGroups(table.groups, pairs);
    }
    table.offsets.push(table.groups.length);
    of[w] = table;
  });
  return { words: seconds, of };
}

/**
 * Words with their phrases' groups (a set's first words, or a common first word's second words),
 * found by a map; what a source needs of them is made on first use.
 */
class WordGroups {
  /** Word → its place in `words`. */
  readonly byWord = new Map<string, number>();
  /** Per stemmer: stem → the places of the words it stems (those `step` stems: letters, at least `minLength`). */
  private readonly stems = new Map<Stemmer, Map<string, number[]>>();
  private letters: Map<number, number[]> | undefined;

  constructor(
    readonly words: readonly string[],
    /** Word `i`'s groups are `groups[offsets[i] .. offsets[i + 1])`; other slots may follow the words'. */
    readonly offsets: readonly number[],
    readonly groups: readonly number[],
  ) {
    words.forEach((word, i) => this.byWord.set(word, i));
  }

  /** The places of the words of letters only (`/^\p{L}+$/u`), by length. */
  lettersByLength(): Map<number, number[]> {
    if (this.letters) return this.letters;
    const map = new Map<number, number[]>();
    this.words.forEach((word, i) => {
      if (!/^\p{L}+$/u.test(word)) return;
      const list = map.get(word.length);
      if (list) list.push(i);
      else map.set(word.length, [i]);
    });
    return (this.letters = map);
  }

  stemsOf(stem: Stemmer): Map<string, number[]> {
    let map = this.stems.get(stem);
    if (map) return map;
    map = byStem(this.words.map((word, i): [string, number] => [word, i]), stem);
    this.stems.set(stem, map);
    return map;
  }
}

/** A set's table, with its words found by a map. */
interface FirstWords {
  table: FirstWordTable;
  first: WordGroups;
  /** Per entry: whether a phrase ends in `?`. */
  asks: Uint8Array;
}

class LexiconSet {
  private words: FirstWords | undefined;
  /** By first word's place: its second words (see `FirstWordTable.seconds`), made on first use. */
  private readonly seconds = new Map<number, WordGroups | undefined>();

  constructor(
    readonly entries: readonly LexiconEntry[],
    private readonly read: (() => FirstWordTable) | undefined,
  ) {}

  first(): FirstWords {
    if (this.words) return this.words;
    let table = this.read?.();
    if (table?.format !== TABLE_FORMAT || table.sizes.length !== this.entries.length) table = firstWordTable(this.entries);
    const asks = new Uint8Array(this.entries.length);
    for (const e of table.asks) asks[e] = 1;
    return (this.words = { table, first: new WordGroups(table.words, table.offsets, table.groups), asks });
  }

  /** The second words of the first word at `w`, when the table lists them. */
  second(w: number): WordGroups | undefined {
    if (this.seconds.has(w)) return this.seconds.get(w);
    const { seconds } = this.first().table;
    const table = seconds.of[w];
    const groups = table && new WordGroups(table.words.map((i) => seconds.words[i] as string), table.offsets, table.groups);
    this.seconds.set(w, groups);
    return groups;
  }
}

/**
 * Indexes `entries` (a pack's lexicons of one language, in one list) for the matchers compiled from
 * any of them: `compileLexicon` then finds each first word's phrases in the index, read from
 * `table` when the pack made one for these entries (`firstWordTable`), else made on first use. An
 * entry is known by its `terms` array, so a rule's copy of an entry (`{ ...entry, … }`) that keeps
 * the terms and tags is indexed too. A matcher's other entries (other terms, or of no set) are
 * indexed for that matcher alone when it is compiled.
 */
export function indexLexicons(entries: readonly LexiconEntry[], table?: () => FirstWordTable): void {
  const set = new LexiconSet(entries, table);
  entries.forEach((entry, index) => {
    // Terms listed twice, or with more phrases than a reference holds, stay out of every set.
    if (members.has(entry.terms) || entry.terms.length * 6 >= PER_ENTRY) members.set(entry.terms, { set: NO_SET, index: -1, tags: [] });
    else members.set(entry.terms, { set, index, tags: entry.tags });
  });
}

const NO_SET = new LexiconSet([], undefined);

/**
 * A root source (phrases.ts) for a matcher of `entries`, when one of them is indexed in a set as
 * it is now; `undefined` otherwise. The matcher's entries outside that set are indexed here.
 */
export function indexedSource(entries: readonly LexiconEntry[]): RootSource<LexiconEntry> | undefined {
  const set = entries.map((entry) => indexedIn(entry)?.set).find((found) => found !== undefined);
  if (set === undefined) return undefined;
  // The matcher's place of each of the set's entries (-1: not in the matcher).
  const place = new Int32Array(set.entries.length).fill(-1);
  const others: number[] = [];
  let ordered = true;
  let last = -1;
  for (let i = 0; i < entries.length; i++) {
    const member = indexedIn(entries[i] as LexiconEntry);
    if (member === undefined || member.set !== set || place[member.index] !== -1) {
      others.push(i);
      continue;
    }
    place[member.index] = i;
    if (member.index < last) ordered = false;
    last = member.index;
  }
  return new IndexedSource(set, entries, place, ordered && others.length === 0, new OtherWords(entries, others));
}

/**
 * Where an entry was indexed, if its phrases are those it was indexed with: the same terms, and
 * tags that make the same compound forms (compounds.ts). Rules copy entries with other tags
 * (attitude's slurs are all tagged insults).
 */
function indexedIn(entry: LexiconEntry): Member | undefined {
  const member = members.get(entry.terms);
  if (member === undefined || member.set === NO_SET) return undefined;
  return member.tags === entry.tags || compoundKind(member.tags) === compoundKind(entry.tags) ? member : undefined;
}

/**
 * The first words of a matcher's entries outside its set, by word: each phrase as the matcher's
 * key (its place in the matcher times `PER_ENTRY`, plus twice its place in the entry, plus 1 when
 * more words follow), in the matcher's order.
 */
class OtherWords {
  readonly byWord = new Map<string, number[]>();
  readonly patterns: number[] = [];
  size = 0;
  asks = false;
  private readonly stems = new Map<Stemmer, Map<string, string[]>>();

  constructor(entries: readonly LexiconEntry[], places: readonly number[]) {
    for (const p of places) {
      phraseEntriesOf(entries[p] as LexiconEntry).forEach(({ phrase }, at) => {
        if (phrase.endsWith("?")) this.asks = true;
        const first = firstWordOf(phrase);
        if (first === undefined) return;
        this.size++;
        const key = p * PER_ENTRY + at * 2 + (first.more ? 1 : 0);
        if (isPatternWord(first.word)) this.patterns.push(key);
        else {
          const list = this.byWord.get(first.word);
          if (list) list.push(key);
          else this.byWord.set(first.word, [key]);
        }
      });
    }
  }

  /** The words `stemmer` stems to `stem` (those `step` stems: letters, at least `minLength`). */
  stemmedTo(stem: string, stemmer: Stemmer): string[] {
    let map = this.stems.get(stemmer);
    if (map === undefined) {
      map = byStem([...this.byWord.keys()].map((word): [string, string] => [word, word]), stemmer);
      this.stems.set(stemmer, map);
    }
    return map.get(stem) ?? [];
  }
}

class IndexedSource implements RootSource<LexiconEntry> {
  private counted: { size: number; asks: boolean } | undefined;
  /** The phrases of the matcher's entries, by place, as they are first read. */
  private readonly phrases: PhraseEntry<LexiconEntry>[][] = [];

  constructor(
    private readonly set: LexiconSet,
    private readonly entries: readonly LexiconEntry[],
    private readonly place: Int32Array,
    /** Whether the matcher lists its entries in the set's order, all of them there (then a word's phrases are in its order). */
    private readonly ordered: boolean,
    private readonly others: OtherWords,
  ) {}

  all(): PhraseEntry<LexiconEntry>[] {
    return this.entries.flatMap(phraseEntriesOf);
  }

  knows(word: string): boolean {
    return this.set.first().first.byWord.has(word) || this.others.byWord.has(word);
  }

  startingWith(word: string, each: EachPhrase): boolean {
    const first = this.set.first().first;
    const i = first.byWord.get(word);
    const others = this.others.byWord.get(word);
    if (i === undefined && others === undefined) return false;
    this.select(i === undefined ? [] : [[first, i]], others ?? [], each);
    return true;
  }

  stemmedTo(stem: string, stemmer: Stemmer, each: EachPhrase): boolean {
    const first = this.set.first().first;
    const words = first.stemsOf(stemmer).get(stem);
    const others = this.others.stemmedTo(stem, stemmer);
    if (words === undefined && others.length === 0) return false;
    this.select(
      (words ?? []).map((w) => [first, w]),
      others.flatMap((word) => this.others.byWord.get(word) ?? []),
      each,
    );
    return true;
  }

  /**
   * A common first word's child by second word, from the table's `seconds`, when none of the
   * matcher's entries outside the set start with the word; `null` when none of its entries do.
   */
  below(word: string): Below<LexiconEntry> | null | undefined {
    const w = this.set.first().first.byWord.get(word);
    if (w === undefined || this.others.byWord.has(word)) return undefined;
    return this.belowWords([w]);
  }

  /** The same for the child of the first words stemmed to `stem` (`stemmedTo`), when the table lists the second words of each. */
  belowStem(stem: string, stemmer: Stemmer): Below<LexiconEntry> | null | undefined {
    const words = this.set.first().first.stemsOf(stemmer).get(stem);
    if (words === undefined || this.others.stemmedTo(stem, stemmer).length > 0) return undefined;
    return this.belowWords(words);
  }

  private belowWords(words: readonly number[]): Below<LexiconEntry> | null | undefined {
    const seconds: WordGroups[] = [];
    for (const w of words) {
      const second = this.set.second(w);
      if (second === undefined) return undefined;
      seconds.push(second);
    }
    const { offsets, groups } = this.set.first().first;
    let any = false;
    for (const w of words) {
      for (let g = offsets[w] as number, end = offsets[w + 1] as number; g < end && !any; g += 2 + (groups[g + 1] as number)) any = (this.place[groups[g] as number] as number) >= 0;
    }
    if (!any) return null;
    const patterns: PhraseEntry<LexiconEntry>[] = [];
    const ends: PhraseEntry<LexiconEntry>[] = [];
    this.select(
      seconds.map((second) => [second, second.words.length]),
      [],
      (entry) => patterns.push(entry),
    );
    this.select(
      seconds.map((second) => [second, second.words.length + 1]),
      [],
      (entry) => ends.push(entry),
    );
    return { ends, patterns, source: new SecondWords(this, seconds) };
  }

  patterns(): PhraseEntry<LexiconEntry>[] {
    const out: PhraseEntry<LexiconEntry>[] = [];
    const { first } = this.set.first();
    this.select([[first, first.words.length]], this.others.patterns, (entry) => out.push(entry));
    return out;
  }

  lettersOfLength(length: number): string[] {
    return this.letters([this.set.first().first], length, this.others);
  }

  /**
   * The words of `length` letters of `indexes` that phrases of the matcher go on with (and of its
   * `others`), in the order of their first phrase in the matcher.
   */
  letters(indexes: readonly WordGroups[], length: number, others: OtherWords | undefined): string[] {
    // Each word's first phrase in the matcher: the first of a group is its entry's first.
    const firsts = new Map<string, number>();
    for (const index of indexes) {
      const { offsets, groups } = index;
      for (const w of index.lettersByLength().get(length) ?? []) {
        let first = Infinity;
        for (let g = offsets[w] as number, end = offsets[w + 1] as number; g < end; g += 2 + (groups[g + 1] as number)) {
          const place = this.place[groups[g] as number] as number;
          if (place >= 0) first = Math.min(first, place * PER_ENTRY + (groups[g + 2] as number));
        }
        const word = index.words[w] as string;
        if (first !== Infinity) firsts.set(word, Math.min(firsts.get(word) ?? Infinity, first));
      }
    }
    for (const [word, keys] of others?.byWord ?? []) {
      if (word.length !== length || !/^\p{L}+$/u.test(word)) continue;
      firsts.set(word, Math.min(firsts.get(word) ?? Infinity, keys[0] as number));
    }
    return [...firsts].sort((a, b) => a[1] - b[1]).map(([word]) => word);
  }

  get size(): number {
    return this.count().size;
  }

  get asks(): boolean {
    return this.count().asks;
  }

  private count(): { size: number; asks: boolean } {
    if (this.counted) return this.counted;
    const { table, asks } = this.set.first();
    let size = this.others.size;
    let ask = this.others.asks;
    this.place.forEach((place, e) => {
      if (place < 0) return;
      size += table.sizes[e] as number;
      ask ||= asks[e] === 1;
    });
    return (this.counted = { size, asks: ask });
  }

  /**
   * Calls `each` for the matcher's phrases of the `slots` of indexes (a word's place, or the slot
   * after the words: the root's pattern words, a second word's patterns and ends) and its other
   * entries' phrases `others` (their keys, see `OtherWords`), in the matcher's order: its entries'
   * order, then each entry's own.
   */
  select(slots: readonly (readonly [WordGroups, number])[], others: readonly number[], each: EachPhrase): void {
    const keys: number[] = [...others];
    for (const [{ offsets, groups }, w] of slots) {
      for (let g = offsets[w] as number, end = offsets[w + 1] as number; g < end; g += 2 + (groups[g + 1] as number)) {
        const place = this.place[groups[g] as number] as number;
        if (place < 0) continue;
        for (let k = g + 2, last = k + (groups[g + 1] as number); k < last; k++) keys.push(place * PER_ENTRY + (groups[k] as number));
      }
    }
    // A word's groups are in the set's order, and so in the matcher's when it lists its entries so.
    if (slots.length > 1 || !this.ordered) keys.sort((a, b) => a - b);
    for (const key of keys) {
      const place = Math.floor(key / PER_ENTRY);
      const phrases = (this.phrases[place] ??= phraseEntriesOf(this.entries[place] as LexiconEntry));
      const at = key % PER_ENTRY;
      each(phrases[at >> 1] as PhraseEntry<LexiconEntry>, (at & 1) === 1);
    }
  }
}

/** The phrases of a matcher's child of common first words, by their second word (see `IndexedSource.below`). */
class SecondWords implements NodeSource<LexiconEntry> {
  constructor(
    private readonly source: IndexedSource,
    private readonly indexes: readonly WordGroups[],
  ) {}

  knows(word: string): boolean {
    return this.indexes.some((index) => index.byWord.has(word));
  }

  startingWith(word: string, each: EachPhrase): boolean {
    const slots: [WordGroups, number][] = [];
    for (const index of this.indexes) {
      const i = index.byWord.get(word);
      if (i !== undefined) slots.push([index, i]);
    }
    if (slots.length === 0) return false;
    this.source.select(slots, [], each);
    return true;
  }

  stemmedTo(stem: string, stemmer: Stemmer, each: EachPhrase): boolean {
    const slots: [WordGroups, number][] = [];
    for (const index of this.indexes) for (const i of index.stemsOf(stemmer).get(stem) ?? []) slots.push([index, i]);
    if (slots.length === 0) return false;
    this.source.select(slots, [], each);
    return true;
  }

  lettersOfLength(length: number): string[] {
    return this.source.letters(this.indexes, length, undefined);
  }

  words(): Iterable<string> {
    return this.indexes.length === 1 ? (this.indexes[0] as WordGroups).words : new Set(this.indexes.flatMap((index) => index.words));
  }
}

/** Values grouped by their word's stem, for the words `step` stems (letters only, at least `minLength`). */
function byStem<T>(pairs: readonly (readonly [string, T])[], stem: Stemmer): Map<string, T[]> {
  const map = new Map<string, T[]>();
  const min = stem.minLength ?? 0;
  for (const [word, value] of pairs) {
    if (word.length < min || !/^\p{L}+$/u.test(word)) continue;
    const key = stem(word);
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

import type { PhraseEntry, PhraseOptions, TrieNode } from "./phrases.js";

// The root of a lexicon matcher's trie (phrases.ts), grown one first word at a time from an index
// (lexicon-index.ts) instead of from every phrase at once. It takes the trie's `node` and `place`
// from phrases.ts as arguments, since phrases.ts imports this module.

/**
 * Where a matcher's root finds the phrases that start with a word, instead of reading every phrase
 * when it is built (a lexicon's matchers, see lexicon-index.ts). Every list is in the matcher's
 * order of phrases, so the root grows the same children, ends and order as from `all()`.
 */
export interface RootSource<T> {
  /** Every phrase, for a matcher built whole (`literal`, `vowelDropped`). */
  all(): PhraseEntry<T>[];
  /** Whether a phrase starts with `word` (then the root remembers it was looked up). */
  knows(word: string): boolean;
  /** Calls `each` for the phrases whose first word is `word`, with whether more words follow it; returns `knows(word)`. */
  startingWith(word: string, each: EachPhrase<T>): boolean;
  /** The same for the phrases whose first word is stemmed (see `kindOf`) to `stem` by `stemmer`; returns whether any phrase of the source is. */
  stemmedTo(stem: string, stemmer: Stemmer, each: EachPhrase<T>): boolean;
  /** The phrases whose first word is a pattern (`*`, `...`, `lorte*`, `*baas`). */
  patterns(): PhraseEntry<T>[];
  /** The first words of `length` letters (`/^\p{L}+$/u`), in the order of their first phrase. */
  lettersOfLength(length: number): string[];
  /** How many phrases have a word (a matcher's `size`). */
  readonly size: number;
  /** Whether a phrase ends in `?` (see `compilePhrases`). */
  readonly asks: boolean;
}

type Stemmer = NonNullable<PhraseOptions["stemmer"]>;
type EachPhrase<T> = (entry: PhraseEntry<T>, more: boolean) => void;
/** phrases.ts's `place`: a phrase ends in `child`, or waits there for its word at `at`. */
type Place = <T>(child: TrieNode<T>, entry: PhraseEntry<T>, more: boolean, at: number, literal: boolean) => void;

/**
 * A root's children by word, added on the first look-up of each word by `fill`. Only the words
 * the source knows are remembered as looked up (those this matcher lacks too), so a server's
 * vocabulary does not grow the set. `size` is at least 1 while a look-up may find a child,
 * as the search only looks up a node's stems when it has some.
 */
class LazyChildren<T> extends Map<string, TrieNode<T>> {
  private readonly tried = new Set<string>();
  constructor(
    private readonly fill: (children: LazyChildren<T>, key: string) => boolean,
    private readonly maybe: boolean,
  ) {
    super();
  }

  override get(key: string): TrieNode<T> | undefined {
    const child = super.get(key);
    if (child !== undefined || this.tried.has(key)) return child;
    this.tried.add(key);
    if (!this.fill(this, key)) this.tried.delete(key);
    return super.get(key);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  override get size(): number {
    return this.maybe ? Math.max(super.size, 1) : super.size;
  }
}

/** A lazy root's first words of a length with their children (see `ofLength`), found when first asked. */
class WordsByLength<T> extends Map<number, [string, TrieNode<T>][]> {
  constructor(private readonly make: (length: number) => [string, TrieNode<T>][]) {
    super();
  }

  override get(length: number): [string, TrieNode<T>][] {
    let list = super.get(length);
    if (list === undefined) super.set(length, (list = this.make(length)));
    return list;
  }
}

/**
 * A root whose word children are added when a search looks their word up (the caller adds the
 * pattern children, `*`, `...`, `lorte*`, `*baas`, as `grow` adds any). Each look-up adds every
 * phrase of that child at once, in the source's order, as `grow` does: the same node as in the
 * whole trie. The root's `words` stay empty: `byLength` finds them by length instead, which is
 * all a search asks of them (phrases.ts tests `byLength` as well as `words` for masked words).
 */
export function lazyRoot<T>(source: RootSource<T>, stem: PhraseOptions["stemmer"], node: <U>() => TrieNode<U>, place: Place): TrieNode<T> {
  const root = node<T>();
  const fill = (children: LazyChildren<T>, key: string) => {
    let child: TrieNode<T> | undefined;
    return (entry: PhraseEntry<T>, more: boolean): void => {
      if (child === undefined) children.set(key, (child = node()));
      place(child, entry, more, 1, false);
    };
  };
  // A word the source knows but `step` would stem (or a pattern's) is never in `exact`; most words
  // looked up are unknown, so the source is asked first.
  root.exact = new LazyChildren<T>((children, word) => source.knows(word) && (kindOf(word, stem) !== "exact" || source.startingWith(word, fill(children, word))), false);
  if (stem !== undefined) root.stems = new LazyChildren<T>((children, key) => source.stemmedTo(key, stem, fill(children, key)), true);
  // A masked word (`f*ck`) is compared with the first words of its length (`ofLength`), each
  // with its child as `step` made it: the stemmed child for a word `step` stems.
  root.byLength = new WordsByLength<T>((length) =>
    source.lettersOfLength(length).map((word) => [word, (isStemmed(word, true, stem) && stem !== undefined ? root.stems.get(stem(word)) : root.exact.get(word)) as TrieNode<T>]),
  );
  return root;
}

/** Whether `step` puts a word in a node's `stems` (a pattern word is neither there nor in `exact`). */
export const isStemmed = (word: string, letters: boolean, stem: PhraseOptions["stemmer"]): boolean => stem !== undefined && letters && word.length >= (stem.minLength ?? 0);

/** Whether a word is a pattern word (`...`, `*`, `*baas`, `lorte*`): which `step` does not look up by word. */
export const isPatternWord = (word: string): boolean => word === "..." || word === "*" || (word.length > 1 && (word.startsWith("*") || word.endsWith("*")));

/** Where `step` puts a phrase's word in a node: `exact`, `stems` or a pattern's place. */
function kindOf(word: string, stem: PhraseOptions["stemmer"]): "exact" | "stems" | "pattern" {
  if (isPatternWord(word)) return "pattern";
  return isStemmed(word, /^\p{L}+$/u.test(word), stem) ? "stems" : "exact";
}


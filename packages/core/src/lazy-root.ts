import type { PhraseEntry, PhraseOptions, TrieNode } from "./phrases.js";

// The root of a lexicon matcher's trie (phrases.ts), grown one first word at a time from an index
// (lexicon-index.ts) instead of from every phrase at once, and the children of its most common
// first words one second word at a time. It takes the trie's `node` and `place` from phrases.ts as
// arguments, since phrases.ts imports this module.

/**
 * Where a lazy node finds the phrases that go on with a word: a matcher's root those that start
 * with it, a common first word's child those whose second word it is ("word" below: the word at
 * the node's depth). Every list is in the matcher's order of phrases, so the node grows the same
 * children, ends and order as from all the phrases at once.
 */
export interface NodeSource<T> {
  /** Whether a phrase goes on with `word` (then the node remembers it was looked up). */
  knows(word: string): boolean;
  /** Calls `each` for the phrases that go on with `word`, with whether more words follow it; returns `knows(word)`. */
  startingWith(word: string, each: EachPhrase<T>): boolean;
  /** The same for the phrases whose word is stemmed (see `kindOf`) to `stem` by `stemmer`; returns whether any phrase of the source is. */
  stemmedTo(stem: string, stemmer: Stemmer, each: EachPhrase<T>): boolean;
  /** The words of `length` letters (`/^\p{L}+$/u`), in the order of their first phrase. */
  lettersOfLength(length: number): string[];
  /**
   * For a word whose child holds many phrases (a root's "de", "ik", "the"): the phrases that end
   * there, those whose next word is a pattern, and the source of the rest by their next word, so
   * the child grows by word too; `null` when no phrase goes on with the word; `undefined` to read
   * the child's phrases with `startingWith`.
   */
  below?(word: string): Below<T> | null | undefined;
  /** The same for the child of the words stemmed to `stem` (see `stemmedTo`). */
  belowStem?(stem: string, stemmer: Stemmer): Below<T> | null | undefined;
  /**
   * Every word a phrase may go on with (not patterns), when the node should grow whole once it has
   * been looked up `WHOLE_AFTER` times for a word not yet its child (a common first word's child).
   */
  words?(): Iterable<string>;
}

/**
 * Look-ups of words not yet a child after which a lazy node with `NodeSource.words` adds all its
 * children and keeps them in plain maps. A one-file run looks up a few words below "de" or "the";
 * a run of many posts looks up hundreds, and a look-up through a lazy map cost more (2,000 bench
 * posts: about 0.25 s more CPU when the children of common first words stayed lazy).
 */
const WHOLE_AFTER = 32;

/** A child's phrases as `NodeSource.below` gives them. */
export interface Below<T> {
  ends: PhraseEntry<T>[];
  patterns: PhraseEntry<T>[];
  source: NodeSource<T>;
}

/**
 * Where a matcher's root finds the phrases that start with a word, instead of reading every phrase
 * when it is built (a lexicon's matchers, see lexicon-index.ts).
 */
export interface RootSource<T> extends NodeSource<T> {
  /** Every phrase, for a matcher built whole (`literal`, `vowelDropped`). */
  all(): PhraseEntry<T>[];
  /** The phrases whose first word is a pattern (`*`, `...`, `lorte*`, `*baas`). */
  patterns(): PhraseEntry<T>[];
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
  lazyChildren(root, source, 1, stem, node, place);
  return root;
}

/**
 * Makes `n`'s word children grow from `source` on their first look-up; the phrases that go on
 * there wait for their word at `at` (the child's depth). A child of many phrases grows the same
 * way (`NodeSource.below`): its phrases of no more words end there, those whose next word is a
 * pattern wait there for `grow`, as they would in the whole trie.
 */
function lazyChildren<T>(n: TrieNode<T>, source: NodeSource<T>, at: number, stem: PhraseOptions["stemmer"], node: <U>() => TrieNode<U>, place: Place): void {
  const fill = (children: LazyChildren<T>, key: string) => {
    let child: TrieNode<T> | undefined;
    return (entry: PhraseEntry<T>, more: boolean): void => {
      if (child === undefined) children.set(key, (child = node()));
      place(child, entry, more, at, false);
    };
  };
  const grown = (children: LazyChildren<T>, key: string, below: Below<T>): void => {
    const child = node<T>();
    for (const entry of below.ends) place(child, entry, false, at, false);
    if (below.patterns.length > 0) child.pending = { at, literal: false, entries: below.patterns };
    lazyChildren(child, below.source, at + 1, stem, node, place);
    children.set(key, child);
  };
  const exact = (children: LazyChildren<T>, word: string): boolean => {
    const below = source.below?.(word);
    if (below === undefined) return source.startingWith(word, fill(children, word));
    if (below !== null) grown(children, word, below);
    return true;
  };
  const stemmed = (children: LazyChildren<T>, key: string, stemmer: Stemmer): boolean => {
    const below = source.belowStem?.(key, stemmer);
    if (below === undefined) return source.stemmedTo(key, stemmer, fill(children, key));
    if (below !== null) grown(children, key, below);
    return true;
  };
  // A word the source knows but `step` would stem (or a pattern's) is never in `exact`; most words
  // looked up are unknown, so the source is asked first.
  // A node whose source lists its words grows whole after `WHOLE_AFTER` look-ups of new words.
  let looked = 0;
  const counted =
    (fill: (children: LazyChildren<T>, key: string) => boolean) =>
    (children: LazyChildren<T>, key: string): boolean => {
      const known = fill(children, key);
      if (source.words !== undefined && ++looked === WHOLE_AFTER) whole(source.words());
      return known;
    };
  const whole = (words: Iterable<string>): void => {
    const exactChildren = n.exact;
    const stemChildren = n.stems;
    for (const word of words) {
      if (kindOf(word, stem) === "exact") exactChildren.get(word);
      else if (stem !== undefined) stemChildren.get(stem(word));
    }
    n.exact = new Map(exactChildren);
    if (stem !== undefined) n.stems = new Map(stemChildren);
  };
  n.exact = new LazyChildren<T>(
    counted((children, word) => source.knows(word) && (kindOf(word, stem) !== "exact" || exact(children, word))),
    false,
  );
  if (stem !== undefined) n.stems = new LazyChildren<T>(counted((children, key) => stemmed(children, key, stem)), true);
  // A masked word (`f*ck`) is compared with the words of its length (`ofLength`), each with its
  // child as `step` made it: the stemmed child for a word `step` stems.
  n.byLength = new WordsByLength<T>((length) =>
    source.lettersOfLength(length).map((word) => [word, (isStemmed(word, true, stem) && stem !== undefined ? n.stems.get(stem(word)) : n.exact.get(word)) as TrieNode<T>]),
  );
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


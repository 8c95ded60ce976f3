// natural ships no types for the deep module paths we import to avoid its heavy index.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_nl.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/sentiment/English/negations_en.json" {
  const negations: { words: string[] };
  export default negations;
}
declare module "natural/lib/natural/sentiment/Dutch/negations_du.json" {
  const negations: { words: string[] };
  export default negations;
}
declare module "natural/lib/natural/sentiment/Dutch/pattern-sentiment-nl.json" {
  const pattern: Record<string, { polarity: string }>;
  export default pattern;
}

declare module "snowball-stemmers" {
  const factory: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default factory;
}

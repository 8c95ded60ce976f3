// natural ships no types for the deep module paths we import to avoid its heavy index.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer_nl.js" {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/sentiment/SentimentAnalyzer.js" {
  const SentimentAnalyzer: unknown;
  export default SentimentAnalyzer;
}

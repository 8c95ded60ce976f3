// stopword ships no types; these are the three lists learned.ts deep-imports (one file per language).
declare module "stopword/src/stopwords_eng.js" {
  export const eng: string[];
}
declare module "stopword/src/stopwords_nld.js" {
  export const nld: string[];
}
declare module "stopword/src/stopwords_dan.js" {
  export const dan: string[];
}

export { bm25Scores, tfidfCosineScores } from "./baselines";
export {
  buildJobTermProfile,
  coverageSimilarity,
  type JobTerm,
  type JobTermProfile,
  termFrequencies,
  type WeightedSpan,
} from "./similarity";
export { plainTokens, stem, stemTokens, termWeight } from "./tokenize";

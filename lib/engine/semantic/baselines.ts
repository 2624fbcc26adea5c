// Reference rankers the bench compares the engine against: TF-IDF cosine and
// Okapi BM25, both with idf computed from the pool being ranked (as a typical
// keyword-matching ATS does). Not used by the engine's own score.
import { plainTokens } from "./tokenize";

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function documentFrequencies(docs: ReadonlyArray<Map<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** Cosine similarity of smoothed TF-IDF vectors (idf over the resumes plus the job), one score per resume. */
export function tfidfCosineScores(jobText: string, resumeTexts: readonly string[]): number[] {
  const job = counts(plainTokens(jobText));
  const docs = resumeTexts.map((t) => counts(plainTokens(t)));
  const df = documentFrequencies([job, ...docs]);
  const n = docs.length + 1;
  const idf = (t: string) => Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1;
  const vec = (m: Map<string, number>) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, f] of m) {
      const w = f * idf(t);
      v.set(t, w);
      norm += w * w;
    }
    return { v, norm: Math.sqrt(norm) };
  };
  const q = vec(job);
  return docs.map((d) => {
    const r = vec(d);
    if (q.norm === 0 || r.norm === 0) return 0;
    let dot = 0;
    for (const [t, w] of q.v) dot += w * (r.v.get(t) ?? 0);
    return dot / (q.norm * r.norm);
  });
}

/** Okapi BM25 (k1 = 1.2, b = 0.75) of the job text as the query against each resume. */
export function bm25Scores(jobText: string, resumeTexts: readonly string[], k1 = 1.2, b = 0.75): number[] {
  const query = counts(plainTokens(jobText));
  const docs = resumeTexts.map((t) => {
    const toks = plainTokens(t);
    return { tf: counts(toks), len: toks.length };
  });
  const n = docs.length;
  const avgLen = docs.reduce((s, d) => s + d.len, 0) / Math.max(1, n);
  const df = documentFrequencies(docs.map((d) => d.tf));
  return docs.map((d) => {
    let score = 0;
    for (const [t, qf] of query) {
      const f = d.tf.get(t);
      if (f === undefined) continue;
      const dft = df.get(t) ?? 0;
      const idf = Math.log(1 + (n - dft + 0.5) / (dft + 0.5));
      score += qf * idf * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.len) / Math.max(1, avgLen))));
    }
    return score;
  });
}

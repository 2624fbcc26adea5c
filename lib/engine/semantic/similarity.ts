// Offline semantic similarity between a job description and a resume: a
// weighted term-coverage measure over stemmed words, bigrams and taxonomy skill
// ids, with FIXED term weights (see vocabulary.ts). Scores are normalised by the
// job's own vocabulary mass, so they do not depend on the other resumes in the
// pool and mean the same thing across jobs.
import { jobZoneWeights } from "./job-zones";
import { type StemToken, stemTokens, termWeight } from "./tokenize";

/** One weighted query term of a prepared job. */
export interface JobTerm {
  term: string;
  weight: number;
  /** The term's fixed weight alone (without job frequency), for the precision side. */
  base: number;
}

export interface JobTermProfile {
  terms: JobTerm[];
  /** The same terms by name, for iterating from the (usually smaller) resume side. */
  index: Map<string, JobTerm>;
  totalWeight: number;
}

/** Where a span of the resume sits, so skills-list words count less than described work. */
export interface WeightedSpan {
  startOffset: number;
  endOffset: number;
  weight: number;
}

function addTerm(map: Map<string, number>, term: string, value: number): void {
  map.set(term, (map.get(term) ?? 0) + value);
}

/** Characters that end a phrase: no bigram spans a line break or a list separator. */
function breaksPhrase(c: number): boolean {
  // \n , ; | • ·
  return c === 10 || c === 44 || c === 59 || c === 124 || c === 0x2022 || c === 0xb7;
}

/**
 * Term frequencies (unigrams + adjacent bigrams) of tokens[from, to), each occurrence
 * weighted by `weightAt(offset)`. Tokens come from `stemTokens(text)`.
 */
export function termFrequenciesOfTokens(
  text: string,
  tokens: readonly StemToken[],
  from = 0,
  to = tokens.length,
  weightAt: (offset: number) => number = () => 1,
): Map<string, number> {
  const tf = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (tok === undefined) continue;
    const w = weightAt(tok.offset);
    addTerm(tf, tok.term, w);
    const next = i + 1 < to ? tokens[i + 1] : undefined;
    // A bigram only when the words are close (not across a list separator or a line).
    if (next !== undefined && next.offset - tok.end <= 4) {
      let broken = false;
      for (let k = tok.end; k < next.offset; k++) {
        if (breaksPhrase(text.charCodeAt(k))) {
          broken = true;
          break;
        }
      }
      if (!broken) addTerm(tf, `${tok.term} ${next.term}`, w);
    }
  }
  return tf;
}

/** Raw term frequencies (unigrams + adjacent bigrams) of a text, each occurrence weighted by `weightAt(offset)`. */
export function termFrequencies(text: string, weightAt: (offset: number) => number = () => 1): Map<string, number> {
  const tokens = stemTokens(text);
  return termFrequenciesOfTokens(text, tokens, 0, tokens.length, weightAt);
}

/** Index of the first token starting at or after `offset` (tokens sorted by offset). */
export function firstTokenAt(tokens: readonly StemToken[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.offset ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The job's query profile: sublinear term frequency × fixed weight. Skill ids
 * (from the parsed requirements) enter as "skill:<id>" terms so synonyms the
 * taxonomy resolves ("k8s" / "Kubernetes") meet even when the words differ.
 */
export function buildJobTermProfile(jobText: string, skillTerms: ReadonlyArray<{ id: string; weight: number }>): JobTermProfile {
  const tf = termFrequencies(jobText, jobZoneWeights(jobText));
  const terms: JobTerm[] = [];
  for (const [term, f] of tf) {
    // Sublinear in frequency; weighted occurrences below one (boilerplate zones) scale down linearly.
    const w = termWeight(term) * (f >= 1 ? 1 + Math.log(f) : f);
    if (w > 0) terms.push({ term, weight: w, base: termWeight(term) });
  }
  const seen = new Set(terms.map((t) => t.term));
  for (const s of skillTerms) {
    const term = `skill:${s.id}`;
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({ term, weight: termWeight("skill:") * s.weight, base: termWeight("skill:") });
  }
  // Sorted so iteration order (and float summation) is deterministic.
  terms.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  let totalWeight = 0;
  for (const t of terms) totalWeight += t.weight;
  return { terms, index: new Map(terms.map((t) => [t.term, t])), totalWeight };
}

/** Saturation of a resume term frequency: one solid mention ≈ 0.63, three ≈ 0.95. */
function saturate(tf: number): number {
  return 1 - Math.exp(-tf);
}

/** Share (0–1) of the job's weighted vocabulary the resume covers, with saturation per term. */
export function coverageSimilarity(job: JobTermProfile, resumeTf: ReadonlyMap<string, number>): number {
  if (job.totalWeight <= 0) return 0;
  let covered = 0;
  for (const t of job.terms) {
    const f = resumeTf.get(t.term);
    if (f !== undefined && f > 0) covered += t.weight * saturate(f);
  }
  return Math.min(1, covered / job.totalWeight);
}

/** The resume's own weighted vocabulary mass (denominator of `precisionSimilarity`), computed once per resume. */
export function vocabularyMass(resumeTf: ReadonlyMap<string, number>): number {
  let mass = 0;
  for (const [term, f] of resumeTf) if (f > 0) mass += termWeight(term) * saturate(f);
  return mass;
}

/** Share (0–1) of the resume's weighted vocabulary that the job also uses: rewards focused (even terse) resumes. */
export function precisionSimilarity(job: JobTermProfile, resumeTf: ReadonlyMap<string, number>, mass: number): number {
  if (mass <= 0) return 0;
  let shared = 0;
  for (const t of job.terms) {
    const f = resumeTf.get(t.term);
    if (f !== undefined && f > 0) shared += t.base * saturate(f);
  }
  return Math.min(1, shared / mass);
}

/**
 * Recall (`coverageSimilarity`) and precision (`precisionSimilarity`) in one pass
 * over whichever side has fewer terms: the hot path of the experience component.
 */
export function overlapSimilarity(
  job: JobTermProfile,
  resumeTf: ReadonlyMap<string, number>,
  mass: number,
): { recall: number; precision: number } {
  let covered = 0;
  let shared = 0;
  if (resumeTf.size < job.terms.length) {
    for (const [term, f] of resumeTf) {
      if (!(f > 0)) continue;
      const t = job.index.get(term);
      if (t === undefined) continue;
      const sat = saturate(f);
      covered += t.weight * sat;
      shared += t.base * sat;
    }
  } else {
    for (const t of job.terms) {
      const f = resumeTf.get(t.term);
      if (f === undefined || !(f > 0)) continue;
      const sat = saturate(f);
      covered += t.weight * sat;
      shared += t.base * sat;
    }
  }
  return {
    recall: job.totalWeight > 0 ? Math.min(1, covered / job.totalWeight) : 0,
    precision: mass > 0 ? Math.min(1, shared / mass) : 0,
  };
}

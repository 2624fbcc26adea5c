// Tokenisation shared by the semantic component and the bench baselines.
// Deliberately small and dependency-free: lowercase, split on anything that is
// not a letter or digit (keeping "c++", "c#", ".net"-style tokens intact is the
// taxonomy's job, not this one), drop stop words, light suffix stripping.
import { stem } from "./stem";
import { GENERIC_TERMS, STOP_WORDS } from "./vocabulary";

export { stem };

const SPLIT = /[^\p{L}\p{N}]+/u;

/** Lowercased word tokens with stop words and bare numbers removed, no stemming (bench baselines). */
export function plainTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(SPLIT)) {
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push(raw);
  }
  return out;
}

export interface StemToken {
  term: string;
  /** Offset of the token in the source text (for per-section weighting). */
  offset: number;
}

/** Stemmed content tokens with offsets; stop words removed, generic terms kept (they get a low weight). */
export function stemTokens(text: string): StemToken[] {
  const out: StemToken[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  const lower = text.toLowerCase();
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const raw = m[0];
    if (raw.length < 2 || STOP_WORDS.has(raw) || /^\d+$/.test(raw)) continue;
    out.push({ term: stem(raw), offset: m.index });
  }
  return out;
}

/** Fixed term weight ("idf"): 0 for stop words, low for job-posting boilerplate, 1 otherwise. */
export function termWeight(term: string): number {
  if (term.includes(" ")) {
    // Bigram: as specific as its most specific half, boosted because phrases
    // ("machine learn", "account executive") carry the field far better than words.
    const [a = "", b = ""] = term.split(" ");
    return 1.5 * Math.max(termWeight(a), termWeight(b)) * Math.min(1, 0.5 + Math.min(termWeight(a), termWeight(b)));
  }
  if (term.startsWith("skill:")) return 2;
  if (GENERIC_TERMS.has(term)) return 0.2;
  return 1;
}

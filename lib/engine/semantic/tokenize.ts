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
  /** Offsets of the token in the source text (start inclusive, end exclusive). */
  offset: number;
  end: number;
}

// Stemming is the costliest step and vocabularies are small: memoise it (bounded, so memory stays flat).
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function cachedStem(raw: string): string {
  let s = STEM_CACHE.get(raw);
  if (s === undefined) {
    s = stem(raw);
    if (STEM_CACHE.size >= STEM_CACHE_MAX) STEM_CACHE.clear();
    STEM_CACHE.set(raw, s);
  }
  return s;
}

function isAllDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(ch);
}

/** Stemmed content tokens with offsets; stop words removed, generic terms kept (they get a low weight). */
export function stemTokens(text: string): StemToken[] {
  const out: StemToken[] = [];
  const n = text.length;
  let i = 0;
  // Hand-rolled scan (letters and digits, Unicode-aware): the regex equivalent dominated preparation time.
  // Lowercasing per token keeps offsets in the original text (whole-text lowercasing can change length).
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i), text[i] ?? "")) i++;
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i), text[i] ?? "")) i++;
    if (i - start < 2) continue;
    const raw = text.slice(start, i).toLowerCase();
    if (STOP_WORDS.has(raw) || isAllDigits(raw)) continue;
    out.push({ term: cachedStem(raw), offset: start, end: i });
  }
  return out;
}

const WEIGHT_CACHE = new Map<string, number>();
const WEIGHT_CACHE_MAX = 100_000;

/** Fixed term weight ("idf"): 0 for stop words, low for job-posting boilerplate, 1 otherwise. */
export function termWeight(term: string): number {
  const hit = WEIGHT_CACHE.get(term);
  if (hit !== undefined) return hit;
  const w = computeTermWeight(term);
  if (WEIGHT_CACHE.size >= WEIGHT_CACHE_MAX) WEIGHT_CACHE.clear();
  WEIGHT_CACHE.set(term, w);
  return w;
}

function computeTermWeight(term: string): number {
  if (term.startsWith("skill:")) return 2;
  const space = term.indexOf(" ");
  if (space >= 0) {
    // Bigram: as specific as its most specific half, boosted because phrases
    // ("machine learn", "account executive") carry the field far better than words.
    const a = computeTermWeight(term.slice(0, space));
    const b = computeTermWeight(term.slice(space + 1));
    return 1.5 * Math.max(a, b) * Math.min(1, 0.5 + Math.min(a, b));
  }
  if (GENERIC_TERMS.has(term)) return 0.2;
  return 1;
}

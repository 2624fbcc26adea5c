// Whether a short phrase names a role ("Leading Hand HD Fitter", "RN – Theatre", "Locum GP"): after
// grade and qualifier words, it ends with a title of the occupation lexicon (ESCO occupations and
// their alternative titles, plus the project's aliases). Written as a title: capitalised words, no
// article, no sentence; a duty ("Led a team of fitters") or a list of machines is not a role.
import lexicon from "./lexicon.json" with { type: "json" };
import { normaliseTitle } from "./normalise";

const TITLES = new Set<string>(Object.values(lexicon.groups as Record<string, string[]>).flat());

/** Grade and qualifier words that open a title; they say how senior or on what terms, not which job. */
const QUALIFIER_RE =
  /^(?:(?:senior|junior|lead|leading hand|principal|chief|head|deputy|assistant|associate|trainee|apprentice|graduate|locum|relief|acting|interim|casual|temporary|qualified|registered|certified|licensed|first year|second year|third year|fourth year|final year|grade \d+|level \d+|class \d+)\s+)+/;

/** Qualifiers that name a role on their own ("Leading Hand", "Apprentice"). */
const ROLE_ON_ITS_OWN = /(?:^|\s)(?:leading hand|apprentice|trainee|graduate|locum)$/;

/**
 * One-word lexicon titles that, alone, more often name a machine, a thing or a grade than a person
 * ("Excavator", "Grader", "Super"), and letter pairs that are rarely a title outside a heading word.
 */
const NOT_A_ROLE_ALONE = new Set([
  "excavator",
  "grader",
  "mixer",
  "dryer",
  "buffer",
  "tanker",
  "carrier",
  "feeder",
  "anchor",
  "double",
  "extra",
  "general",
  "products",
  "major",
  "marine",
  "medium",
  "prompt",
  "super",
  "glacier",
  "consumer",
  "factor",
  "helm",
  "whip",
  "justice",
  "companion",
  "sensitive",
  "reader",
  "recorder",
  "springer",
  "switcher",
  "closer",
  "staking",
  "moistening",
  "pressing",
  "turnkey",
  "sewer",
  "drawer",
  "pusher",
  "filer",
  "substitute",
  "understudy",
  "extractor",
  "spreader",
  "catcher",
  "cutter",
  "grinder",
  "mover",
  "loaner",
  "host",
  "guide",
  "runner",
  "dealer",
]);

/** Words that join a title's parts ("Head of Nursing", "Health and Safety Officer"); anything else lower-case is prose. */
const JOINERS = new Set(["of", "and", "&", "for", "in", "to", "de", "la"]);
const ARTICLES_RE = /\b(?:a|an|the|my|our|their|was|were|is|are|i|we)\b/i;

/** Longest phrase a title takes, in words. */
const MAX_TITLE_WORDS = 7;

function writtenAsTitle(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (ARTICLES_RE.test(phrase)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || JOINERS.has(w.toLowerCase()));
}

function endsWithTitle(words: readonly string[]): boolean {
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const key = words.slice(words.length - n).join(" ");
    if (n === 1 && (NOT_A_ROLE_ALONE.has(key) || key.length <= 2)) continue;
    if (TITLES.has(key)) return true;
  }
  return false;
}

/** Whether one phrase (no separators) reads as a role title. */
function phraseNamesRole(phrase: string): boolean {
  if (!writtenAsTitle(phrase)) return false;
  const words = normaliseTitle(phrase);
  // Abbreviations the lexicon holds whole ("SRE", "CPA") are titles; letter pairs ("OS", "PA") too often something else.
  if (words.length > 2 && TITLES.has(words) && !NOT_A_ROLE_ALONE.has(words)) return true;
  const rest = `${words} `.replace(QUALIFIER_RE, "").trim();
  if (rest === "") return ROLE_ON_ITS_OWN.test(words);
  return endsWithTitle(rest.split(" "));
}

/**
 * Whether a heading part names a role by the occupation lexicon: one of its phrases (split at
 * dashes, bars, slashes and commas; parentheses dropped) is a title. A list of three or more
 * items is a skills or equipment list, and a labelled line ("Certifications: CPA") a detail, not a role.
 */
export function lexiconNamesRole(text: string): boolean {
  const phrases = text
    .replace(/\([^()]*\)/g, " ")
    .split(/\s*(?:→|->|\/|\||,|;|–|—|\s-\s|·|•)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  // "Certifications: CPA" is a labelled line, not a heading.
  if (phrases.length === 0 || text.split(",").length >= 3 || /^[^:]{1,30}:\s/.test(text)) return false;
  return phrases.some(phraseNamesRole);
}

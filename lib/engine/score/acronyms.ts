// A requirement read from an acronym the posting itself spells out as something else:
// "Clinical Social Work Associates (CSWA)" is not the SolidWorks CSWA certification, so a
// therapist posting neither asks for it nor credits a resume that names it. Only when the
// posting never names the requirement in full and defines the acronym with other words.

const ACRONYM_RE = /^[A-Z][A-Z0-9]{1,6}$/;
const SMALL_WORDS = new Set(["of", "and", "the", "for", "in", "&", "to", "on"]);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/s\b/g, "")
    .trim();
}

/** The acronyms a requirement's names use ("CSWA certification" → CSWA; "Registered Nurse (RN)" → RN). */
function acronymsOf(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) for (const w of n.split(/[\s()/,]+/)) if (ACRONYM_RE.test(w)) out.add(w);
  return [...out];
}

/** The words the posting spells the acronym out with ("Clinical Social Work Associates (CSWA)"), or null. */
export function acronymExpansion(acronym: string, text: string): string | null {
  const re = new RegExp(`((?:[A-Za-z][\\w'’-]*\\s+){1,10})\\(\\s*${escapeRe(acronym)}s?\\s*\\)`, "g");
  for (const m of text.matchAll(re)) {
    const words = (m[1] ?? "").trim().split(/\s+/);
    // Walk back from the parenthesis, matching the acronym's letters to the words' initials.
    let i = acronym.length - 1;
    let start = words.length;
    for (let w = words.length - 1; w >= 0 && i >= 0; w--) {
      const word = words[w] ?? "";
      if (SMALL_WORDS.has(word.toLowerCase())) continue;
      if (word[0]?.toUpperCase() !== acronym[i]) break;
      i--;
      start = w;
    }
    if (i < 0) return words.slice(start).join(" ");
  }
  return null;
}

/**
 * Whether a requirement with these names was read from an acronym the posting defines as
 * something else: no full (non-acronym) name of it is in the posting, and one of its acronyms is
 * spelled out there with words that are not its name.
 */
export function misreadAcronym(names: readonly string[], jobText: string): boolean {
  const full = names.filter((n) => !n.split(/[\s()/,]+/).every((w) => w === "" || ACRONYM_RE.test(w) || /^certification$/i.test(w)));
  const text = normalise(jobText);
  if (full.some((n) => normalise(n).length > 0 && ` ${text} `.includes(` ${normalise(n)} `))) return false;
  const fullNorm = new Set(full.map(normalise));
  return acronymsOf(names).some((a) => {
    const expansion = acronymExpansion(a, jobText);
    return expansion !== null && !fullNorm.has(normalise(expansion));
  });
}

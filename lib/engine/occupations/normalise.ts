// One spelling per title word, shared by the lexicon build and classification.
const EXPAND: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\.?(?=\s|$)/g, "senior"],
  [/\bjr\.?(?=\s|$)/g, "junior"],
  [/\bmech\.?(?=\s|$)/g, "mechanical"],
  [/\bengr\.?(?=\s|$)/g, "engineer"],
  [/\bmgr\.?(?=\s|$)/g, "manager"],
  [/\bgp\b/g, "general practitioner"],
  [/\bmaths\b/g, "mathematics"],
  [/\bmath\b/g, "mathematics"],
  [/\bfront[\s-]+end\b/g, "frontend"],
  [/\bback[\s-]+end\b/g, "backend"],
  [/\bfull[\s-]+stack\b/g, "fullstack"],
  [/\bdev[\s-]?ops\b/g, "devops"],
];

/**
 * Grade words that open a title say how senior, not which occupation: "senior data analyst" is a data
 * analyst (ESCO files that spelling under call-centre analysts), "trainee teacher" a teacher.
 */
const LEADING_GRADE = /^(?:(?:senior|junior|trainee)\s+)+(?=\S+\s+\S)/;

/** Lower-case words separated by single spaces, common abbreviations spelled out, leading grade words dropped. */
export function normaliseTitle(title: string): string {
  let t = title.toLowerCase();
  for (const [re, rep] of EXPAND) t = t.replace(re, rep);
  return t
    .replace(/[^\p{L}\p{N}+#&]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ")
    .replace(LEADING_GRADE, "");
}

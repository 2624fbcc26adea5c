// One spelling per title word, shared by the lexicon build and classification.
const EXPAND: ReadonlyArray<[RegExp, string]> = [
  [/\bsr\.?(?=\s|$)/g, "senior"],
  [/\bjr\.?(?=\s|$)/g, "junior"],
  [/\bmech\.?(?=\s|$)/g, "mechanical"],
  [/\bengr\.?(?=\s|$)/g, "engineer"],
  [/\bmgr\.?(?=\s|$)/g, "manager"],
  [/\bmaths\b/g, "mathematics"],
  [/\bmath\b/g, "mathematics"],
  [/\bfront[\s-]+end\b/g, "frontend"],
  [/\bback[\s-]+end\b/g, "backend"],
  [/\bfull[\s-]+stack\b/g, "fullstack"],
  [/\bdev[\s-]?ops\b/g, "devops"],
];

/** Lower-case words separated by single spaces, common abbreviations spelled out. */
export function normaliseTitle(title: string): string {
  let t = title.toLowerCase();
  for (const [re, rep] of EXPAND) t = t.replace(re, rep);
  return t
    .replace(/[^\p{L}\p{N}+#&]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

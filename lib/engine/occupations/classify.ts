// Occupation of a job or role title: the ISCO-08 unit group of the longest title
// of the lexicon (ESCO occupations and their alternative titles, plus the
// project's aliases for US titles; see SOURCE.md) found in it, preferring the
// words at the end, where English titles put the head noun ("Senior Staff
// Accountant" → staff accountant → 2411).
import lexicon from "./lexicon.json" with { type: "json" };
import { normaliseTitle } from "./normalise";

const GROUP_OF = new Map<string, string>();
for (const [group, titles] of Object.entries(lexicon.groups as Record<string, string[]>)) {
  for (const t of titles) GROUP_OF.set(t, group);
}

/** Words that are part of many titles but name no occupation on their own. */
const NOT_ALONE = new Set([
  "senior",
  "junior",
  "lead",
  "staff",
  "head",
  "principal",
  "chief",
  "associate",
  "assistant",
  "manager",
  "specialist",
  "consultant",
  "officer",
  "intern",
  "trainee",
  "director",
  "analyst",
  "engineer",
  "developer",
  "technician",
  "coordinator",
  "supervisor",
  "ii",
  "iii",
  "i",
]);

const MAX_WORDS = 5;

function classifySegment(words: readonly string[]): string | null {
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    for (let i = words.length - n; i >= 0; i--) {
      const key = words.slice(i, i + n).join(" ");
      if (n === 1 && NOT_ALONE.has(key)) continue;
      const group = GROUP_OF.get(key);
      if (group) return group;
    }
  }
  return null;
}

/** ISCO-08 unit group (4 digits) of a title, or null when the lexicon knows none of it. */
export function occupationOf(title: string | null | undefined): string | null {
  if (!title) return null;
  // Two titles in one ("Staff Accountant → Senior Staff Accountant", "Analyst / Engineer"): the last is the current one.
  const segments = title
    .replace(/\([^)]*\)/g, " ")
    .split(/\s*(?:→|->|\/|\||,|–|—|\s-\s|\bat\b|@)\s*/)
    .map((s) => normaliseTitle(s).split(" ").filter(Boolean))
    .filter((w) => w.length > 0);
  for (const words of segments.reverse()) {
    const g = classifySegment(words);
    if (g) return g;
  }
  return null;
}

/**
 * How transferable years in one occupation are to another, from how much of
 * their ISCO code they share: the same unit group 1; the same minor group
 * (software developers and data scientists, physiotherapists and occupational
 * therapists) 0.55; the same sub-major group (all ICT professionals) 0.45. On the
 * labeled tune jobs a candidate whose best role shares only the minor or sub-major
 * group was graded "adjacent" (1) in 20 of 23 cases, so those years count about half.
 * Sharing only the major group ("professionals": teachers, nurses, engineers,
 * lawyers alike) says little more than sharing nothing: 0.3, else 0.25.
 */
export function occupationAffinity(a: string, b: string): number {
  let shared = 0;
  while (shared < 4 && a[shared] === b[shared]) shared++;
  return [0.25, 0.3, 0.45, 0.55, 1][shared] ?? 0.25;
}

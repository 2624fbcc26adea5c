// Broad occupation families recognised from the head nouns of job titles. Used
// only as a soft signal: a role whose title is in a different family from the
// job's ("Product Designer" for a "Frontend Engineer" opening) counts as less
// relevant experience even when it mentions some of the same tools. Titles
// with no recognised head noun are never penalised.
const FAMILIES: ReadonlyArray<[string, RegExp]> = [
  ["engineering", /\b(engineer|engineering|developer|programmer|architect|swe|sre|devops|coder)\b/i],
  ["design", /\b(designer|ux|ui\/ux|illustrator|art director)\b/i],
  ["science", /\b(scientist|researcher|research|phd|postdoc)\b/i],
  ["analysis", /\b(analyst|analytics)\b/i],
  ["sales", /\b(account executive|account manager|sales|business development|bdr|sdr|ae|closer|account director|customer success)\b/i],
  ["marketing", /\b(marketing|marketer|demand gen(eration)?|growth|brand|content|seo|communications|campaign)\b/i],
  ["recruiting", /\b(recruiter|talent acquisition|sourcer|recruiting|hr|human resources|people partner)\b/i],
  ["nursing", /\b(nurse|rn|lpn|np|nursing|charge nurse)\b/i],
  ["clinical", /\b(physician|doctor|therapist|pharmacist|technician|technologist|medical assistant|paramedic|clinician)\b/i],
  ["finance", /\b(accountant|accounting|auditor|controller|bookkeeper|financial|finance|treasury|tax|fp&a|actuary|underwriter)\b/i],
  ["management", /\b(store manager|general manager|operations manager|director of operations|supervisor|shift lead)\b/i],
  ["data_entry", /\b(data entry|clerk|administrative|admin assistant|receptionist|secretary|office assistant)\b/i],
  ["retail", /\b(cashier|retail associate|sales associate|counter associate|stock associate|barista|server)\b/i],
  ["teaching", /\b(teacher|tutor|instructor|professor|lecturer)\b/i],
  ["legal", /\b(lawyer|attorney|paralegal|counsel|legal)\b/i],
  ["product", /\b(product manager|product owner|program manager|project manager|scrum master)\b/i],
  ["support", /\b(support specialist|help desk|customer service|service desk|call center)\b/i],
];

/** All families a title's wording points to (a title can name two, "Data Analyst / Engineer"). */
export function occupationFamilies(title: string | null | undefined): Set<string> {
  const out = new Set<string>();
  if (!title) return out;
  for (const [family, re] of FAMILIES) if (re.test(title)) out.add(family);
  return out;
}

// Neighbouring families: people move between them and much of the work transfers
// (a research scientist into ML engineering, an analyst into data engineering).
const ADJACENT: ReadonlyArray<[string, string]> = [
  ["engineering", "science"],
  ["engineering", "analysis"],
  ["science", "analysis"],
  ["nursing", "clinical"],
  ["finance", "analysis"],
  ["product", "engineering"],
  ["support", "sales"],
];

export const DIFFERENT_FAMILY_FACTOR = 0.4;
export const ADJACENT_FAMILY_FACTOR = 0.8;

/** 1 when the families overlap or either title is unrecognised, lower when both are known and disjoint. */
export function familyFactor(job: ReadonlySet<string>, role: ReadonlySet<string>): number {
  if (job.size === 0 || role.size === 0) return 1;
  for (const f of role) if (job.has(f)) return 1;
  for (const [a, b] of ADJACENT) {
    if ((job.has(a) && role.has(b)) || (job.has(b) && role.has(a))) return ADJACENT_FAMILY_FACTOR;
  }
  return DIFFERENT_FAMILY_FACTOR;
}

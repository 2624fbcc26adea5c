// The scoring components, each 0–1 with the facts behind it. Pure functions of a
// prepared job and a prepared resume.
import {
  type CredentialStatus,
  credentialClause,
  credentialStatus,
  type MentionPlace,
  MULTISTATE_RE,
  rolesTitledWith,
  statedAsHeld,
  statesLicenceNumber,
  usStatesIn,
  verifiedAtOffer,
} from "../parse/credentials";
import { overlapSimilarity } from "../semantic/similarity";
import { stemTokens } from "../semantic/tokenize";
import { DEGREE_RANK, type DegreeLevel } from "../types";
import { levelFromYears } from "./levels";
import { occupationAffinity } from "../occupations/classify";
import { familyFactor } from "./occupations";
import { abroad, holdsIn, type Jurisdiction, jurisdictionsIn } from "./jurisdictions";
import {
  COPY_NGRAM,
  type CredentialRequirement,
  type PreparedJob,
  type PreparedResume,
  type PreparedRole,
  type ResumeSkill,
  type ScopeGroup,
  type SkillRequirement,
  termsWithout,
} from "./prepare";
import { resumeSkillFor } from "./custom-requirements";
import type { CreditSource } from "./skill-graph";

// ------------------------------------------------------------ skill coverage

export interface RequirementMatch {
  req: SkillRequirement;
  /** 0–1 credit earned. */
  credit: number;
  source: CreditSource | null;
  skill: ResumeSkill | null;
}

/** Partial (non-exact) matches never reach full credit, however strong the evidence. */
const MAX_PARTIAL_CREDIT = 0.8;

export function matchRequirement(req: SkillRequirement, resume: PreparedResume, excluded?: ReadonlySet<string>): RequirementMatch {
  let best: RequirementMatch = { req, credit: 0, source: null, skill: null };
  for (const src of req.sources) {
    const skill = resumeSkillFor(src.candidateId, resume, req.readFromPosting);
    if (!skill || excluded?.has(src.candidateId)) continue;
    let credit = src.base * skill.strength;
    if (src.via !== "exact") credit = Math.min(credit, MAX_PARTIAL_CREDIT);
    if (credit > best.credit) best = { req, credit, source: src, skill };
  }
  return best;
}

export interface CoverageResult {
  applicable: boolean;
  score: number;
  matches: RequirementMatch[];
}

export function skillCoverage(reqs: readonly SkillRequirement[], resume: PreparedResume, excluded?: ReadonlySet<string>): CoverageResult {
  if (reqs.length === 0) return { applicable: false, score: 0, matches: [] };
  const matches = reqs.map((r) => matchRequirement(r, resume, excluded));
  let num = 0;
  let den = 0;
  for (const m of matches) {
    num += m.req.weight * m.credit;
    den += m.req.weight;
  }
  const score = den > 0 ? num / den : 0;
  return { applicable: true, score, matches };
}

// ------------------------------------------------------------ copied text

/** Words copied from the posting from which the resume is flagged (and capped) as gaming it. */
export const COPY_FLAG_WORDS = 20;

export interface PostingCopy {
  /** Spans of the resume text that repeat the posting word for word (runs of COPY_NGRAM+ words). */
  spans: Array<[number, number]>;
  words: number;
  /** Skills whose every mention lies in copied text: they do not count. */
  excluded: Set<string>;
}

/** Text the resume copied from the posting: long word runs the two share. */
export function postingCopy(job: PreparedJob, resume: PreparedResume): PostingCopy {
  const sh = resume.shingles;
  const spans: Array<[number, number]> = [];
  let words = 0;
  let runEnd = -1;
  for (let i = 0; i < sh.length; i++) {
    const x = sh[i];
    if (!x || !job.shingles.has(x.key)) continue;
    // A run of n matching shingles covers n + COPY_NGRAM − 1 words.
    words += i > runEnd ? COPY_NGRAM : Math.min(COPY_NGRAM, i + COPY_NGRAM - 1 - runEnd);
    const last = spans[spans.length - 1];
    if (last && x.start <= last[1]) last[1] = Math.max(last[1], x.end);
    else spans.push([x.start, x.end]);
    runEnd = i + COPY_NGRAM - 1;
  }
  const excluded = new Set<string>();
  if (spans.length > 0) {
    for (const skill of resume.skills.values()) {
      const inCopy = (o: number) => spans.some(([a, b]) => o >= a && o < b);
      if (skill.evidence.length > 0 && skill.evidence.every((e) => inCopy(e.offset))) excluded.add(skill.id);
    }
  }
  return { spans, words, excluded };
}

// ---------------------------------------------------------------- experience

/** Role semantic coverage at which a role counts as fully in the job's field. */
const ROLE_SEMANTIC_FULL = 0.3;
/** Share of the must-haves a role must mention to count as fully in the field. */
const ROLE_SKILL_FULL = 0.6;
/** Weight of years outside the field: transferable, but far from equivalent. */
const OFF_FIELD_YEAR_WEIGHT = 0.05;

export interface RoleRelevance {
  relevance: number;
  skill: number;
  title: number;
  semantic: number;
}

export function roleRelevance(job: PreparedJob, role: PreparedRole): RoleRelevance {
  const reqs = job.must.length > 0 ? job.must : job.nice;
  let share = 0;
  if (reqs.length > 0 && role.skillIds.size > 0) {
    let den = 0;
    for (const req of reqs) {
      let best = 0;
      for (const src of req.sources) if (src.base > best && role.skillIds.has(src.candidateId)) best = src.base;
      share += req.weight * best;
      den += req.weight;
    }
    share = den > 0 ? share / den : 0;
  }
  const skill = Math.min(1, share / ROLE_SKILL_FULL);
  let title = 0;
  if (job.titleWeight > 0 && role.titleTerms.size > 0) {
    let overlap = 0;
    let roleWeight = 0;
    for (const w of role.titleTerms.values()) roleWeight += w;
    for (const [t, w] of job.titleTerms) {
      const rw = role.titleTerms.get(t);
      if (rw !== undefined) overlap += Math.min(w, rw);
    }
    // Dice overlap: "Data Entry Specialist" shares a word with "Data Engineer" but is not the same job.
    title = (2 * overlap) / (job.titleWeight + roleWeight);
  }
  const o = overlapSimilarity(job.terms, role.tf, role.mass);
  const semantic = Math.min(1, Math.sqrt(o.recall * o.precision) / ROLE_SEMANTIC_FULL);
  // A matching title counts fully only when the role's content is also in the field.
  const content = Math.max(skill, semantic);
  const relevance = Math.max(content, title * (0.5 + 0.5 * content)) * role.kindFactor * occupationFactor(job, role);
  return { relevance, skill, title, semantic };
}

/**
 * How much a role's years can count for the job by occupation: from the ISCO codes of both
 * titles when the lexicon classifies both (a mathematics teacher's years are not data-science
 * years however much statistics the role mentions), else from the broad title families.
 */
export function occupationFactor(job: PreparedJob, role: PreparedRole): number {
  if (job.occupation !== null && role.occupation !== null) return occupationAffinity(job.occupation, role.occupation);
  return familyFactor(job.families, role.families);
}

/** Share of the experience score kept when none of a scoped requirement's years are shown. */
const SCOPED_FLOOR = 0.3;

export interface ScopedYearsCheck {
  /** Index of the job's scoped requirement this group belongs to (its groups are all required). */
  requirement: number;
  /** Display name of the skill(s), e.g. "Critical Care (ICU)". */
  name: string;
  required: number;
  /** Years of dated roles about the skill (best alternative of the group). */
  years: number;
  /** 0–1 credit on the same curve as the overall years (in proportion below the minimum). */
  credit: number;
}

/** Credit for `years` against a minimum: full at the minimum, in proportion below it (3 of 4 years: 0.75). */
export function yearsCredit(years: number, min: number): number {
  if (min <= 0) return 1;
  if (years >= min) return 1;
  return Math.max(0, years / min);
}

/**
 * How much of a role's time counts toward a scoped years requirement: all of it when its title
 * names the scope (a skill of it, or the field's own words — "Senior Accountant" for accounting);
 * when its text only mentions the scope, as much as its occupation transfers to the job's (a
 * mathematics teacher who taught statistics has teaching years, not data-science years); none
 * when its title names a competing specialty ("Registered Nurse, Progressive Care Unit" who
 * floats to the ICU has progressive-care years, not ICU years).
 */
export function roleScopeWeight(job: PreparedJob, group: ScopeGroup, role: PreparedRole): number {
  const titleTerms = [...role.titleTerms.keys()];
  const titled =
    [...role.titleSkills].some((id) => group.closure.has(id)) ||
    group.nameTerms.some((terms) => terms.every((t) => titleTerms.some((rt) => rt === t || (t.length >= 4 && rt.startsWith(t)))));
  if (titled) return 1;
  const mentioned = [...role.mentions].some((id) => group.closure.has(id));
  if (!mentioned || [...role.titleSkills].some((id) => group.competitors.has(id))) return 0;
  return occupationFactor(job, role);
}

/**
 * Scoped years requirements ("2 years in an adult ICU"): each group of alternatives is met
 * by the months of the roles about it (overlaps once, internships and part-time weighted as
 * for relevant years), not by total or field years. The weakest group decides (they are all
 * required). Credit 1 with no checks when the job states none.
 */
export function scopedYearsFit(
  job: PreparedJob,
  resume: PreparedResume,
  estimatedRelevant = 0,
  kept: readonly number[] = [],
): { credit: number; checks: ScopedYearsCheck[] } {
  const checks: ScopedYearsCheck[] = [];
  for (const [ri, req] of job.scopedYears.entries()) {
    for (const g of req.groups) {
      const weights = resume.roles.map((r, i) => roleScopeWeight(job, g, r) * r.kindFactor * (kept[i] ?? 1));
      let years = relevantMonths(resume.roles, weights).relevant / 12;
      // Undated resume: its estimated relevant years count for a scope it shows at all.
      if (estimatedRelevant > 0 && years === 0 && [...g.closure].some((id) => resume.skills.has(id))) years = estimatedRelevant;
      checks.push({ requirement: ri, name: g.name, required: req.minYears, years, credit: yearsCredit(years, req.minYears) });
    }
  }
  let credit = 1;
  for (const c of checks) credit = Math.min(credit, c.credit);
  return { credit, checks };
}

/** Years below which a scoped requirement counts as not shown at all (a few weeks of overlap is none). */
const SCOPE_NONE_YEARS = 0.1;
/**
 * Ceiling (see ceilScore) when a scoped years requirement is entirely unmet: none of its groups has
 * any years ("2 years of ICU experience" against a step-down nurse). Her nursing years and skills
 * are real, so she keeps a medium score, but the specialty the posting asks years of is missing
 * like a must-have, so never "high". Partial scoped years (one year of two) are not capped.
 */
export const SCOPE_UNMET_CAP = 68;

/** The names of scoped requirements none of whose groups the resume shows any years of. */
export function unmetScopes(checks: readonly ScopedYearsCheck[]): string[] {
  const byReq = new Map<number, ScopedYearsCheck[]>();
  for (const c of checks) byReq.set(c.requirement, [...(byReq.get(c.requirement) ?? []), c]);
  const out: string[] = [];
  for (const group of byReq.values()) {
    if (group.every((c) => c.required > 0 && c.years < SCOPE_NONE_YEARS)) out.push(group.map((c) => c.name).join(" and "));
  }
  return out;
}

/** The scoped-years cap: SCOPE_UNMET_CAP when some scoped requirement is entirely unmet, else 100 (none). */
export function scopeCap(checks: readonly ScopedYearsCheck[]): number {
  return unmetScopes(checks).length > 0 ? SCOPE_UNMET_CAP : 100;
}

export interface ExperienceResult {
  score: number;
  /**
   * How far the candidate is from being too junior for a stated minimum, 0–1 (1 when the job
   * states none of 2+ years): relevant years (the weakest scoped requirement included) over the
   * minimum, or a third of that for years of full-time work of any kind, whichever is higher.
   */
  seniorityRatio: number;
  /** Scoped years requirements and what the resume shows for each. */
  scoped: ScopedYearsCheck[];
  relevantYears: number;
  totalYears: number;
  requiredYears: number;
  statedYears: number | null;
  roles: RoleRelevance[];
  /** Index of the most relevant role (latest among equals), or -1. */
  bestRole: number;
  /** closestRoleFactor of the roles: below 1 when no role is closely the job's kind of work. */
  closestRole: number;
}

/** Sum of months across roles, each month counted once at the highest relevance of the roles covering it. */
function relevantMonths(roles: readonly PreparedRole[], rel: readonly number[]): { relevant: number; total: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let undatedRelevant = 0;
  let undatedTotal = 0;
  roles.forEach((r, i) => {
    if (r.startMonth === null || r.endMonth === null) {
      undatedRelevant += r.months * (rel[i] ?? 0);
      undatedTotal += r.months;
      return;
    }
    lo = Math.min(lo, r.startMonth);
    hi = Math.max(hi, r.endMonth);
  });
  if (!Number.isFinite(lo)) return { relevant: undatedRelevant, total: undatedTotal };
  const span = Math.min(hi - lo, 12 * 60);
  const best = new Float64Array(span);
  const any = new Uint8Array(span);
  roles.forEach((r, i) => {
    if (r.startMonth === null || r.endMonth === null) return;
    const w = rel[i] ?? 0;
    for (let m = Math.max(0, r.startMonth - lo); m < Math.min(span, r.endMonth - lo); m++) {
      any[m] = 1;
      if (w > (best[m] ?? 0)) best[m] = w;
    }
  });
  let relevant = undatedRelevant;
  let total = undatedTotal;
  for (let m = 0; m < span; m++) {
    relevant += best[m] ?? 0;
    total += any[m] ?? 0;
  }
  return { relevant, total };
}

/** Minimum (stated) years from which a candidate with almost none is too junior, not just short. */
const JUNIOR_MIN_YEARS = 2;
/** Years in other full-time work count this much toward not being junior (a career changer is not a new graduate). */
const OTHER_WORK_YEAR_WEIGHT = 1 / 3;

function seniorityRatio(job: PreparedJob, resume: PreparedResume, effective: number, scoped: readonly ScopedYearsCheck[]): number {
  let ratio = Number.POSITIVE_INFINITY;
  const stated = job.statedMinYears ?? 0;
  if (stated >= JUNIOR_MIN_YEARS) ratio = effective / stated;
  for (const c of scoped) if (c.required >= JUNIOR_MIN_YEARS) ratio = Math.min(ratio, c.years / c.required);
  if (!Number.isFinite(ratio)) return 1;
  const minimum = Math.max(stated, ...scoped.map((c) => c.required));
  // Internships and part-time jobs (a student's) do not make anyone less junior.
  const fullTime =
    resume.roles.length > 0
      ? relevantMonths(
          resume.roles,
          resume.roles.map((r) => (r.kindFactor >= 1 ? 1 : 0)),
        ).relevant / 12
      : resume.profile.totalYearsExperience || (resume.profile.estimatedYears ?? 0);
  return Math.min(1, Math.max(ratio, (OTHER_WORK_YEAR_WEIGHT * fullTime) / minimum));
}

/** Seniority ratio from which a candidate is not treated as too junior. */
export const JUNIOR_FULL = 1 / 3;
/** Cap (see capScore) for a candidate with no relevant years against a stated minimum of 2+. */
const JUNIOR_CAP = 45;

/**
 * Cap for a candidate far too junior for a stated minimum (under a third of it, and little
 * full-time work of any kind): 45 (low) with none of the years, rising to no cap at a third of
 * the minimum, so someone with a little of it and an exceptional resume otherwise can reach
 * medium. Increasing in the years, so more experience never lowers a score; applied with
 * capScore, so weak candidates already below it keep their score and order.
 */
export function juniorCap(ratio: number): number {
  const q = Math.max(0, Math.min(1, ratio / JUNIOR_FULL));
  return JUNIOR_CAP + (100 - JUNIOR_CAP) * q * q;
}

/** Share of a role's text copied from the posting below which it counts in full (a shared stock phrase). */
const COPIED_ROLE_TOLERATED = 0.1;
/** Share from which a role counts for nothing: its described work is the posting's, not the candidate's. */
const COPIED_ROLE_VOID = 0.5;

/** How much of a role still counts once the text it copied from the posting is set aside (1: none copied). */
export function copiedRoleFactor(copied: ReadonlyArray<readonly [number, number]>, start: number, end: number): number {
  if (copied.length === 0 || end <= start) return 1;
  let overlap = 0;
  for (const [a, b] of copied) overlap += Math.max(0, Math.min(b, end) - Math.max(a, start));
  const share = overlap / (end - start);
  return Math.max(0, Math.min(1, 1 - (share - COPIED_ROLE_TOLERATED) / (COPIED_ROLE_VOID - COPIED_ROLE_TOLERATED)));
}

/** Share of the experience score kept when no role is about the job at all (see closestRoleFactor). */
const CLOSEST_ROLE_FLOOR = 0.5;
/** Relevance from which a role is the job's kind of work (roles rarely name every must-have). */
const CLOSEST_ROLE_FULL = 0.7;

/**
 * How close the candidate's closest role is to the job (its relevance, 0–1), as a factor on the
 * experience score: years pile up in adjacent work too (a data engineer's eight years touching
 * models, a customer-success manager's in accounts), so enough relevance-weighted years alone
 * does not make the experience the job's. 1 when some role is about the job; resumes with
 * no readable roles keep their score (their years are judged from the whole text).
 */
export function closestRoleFactor(roles: readonly RoleRelevance[]): number {
  if (roles.length === 0) return 1;
  let best = 0;
  for (const r of roles) best = Math.max(best, r.relevance);
  return CLOSEST_ROLE_FLOOR + (1 - CLOSEST_ROLE_FLOOR) * Math.min(1, best / CLOSEST_ROLE_FULL);
}

/** Role relevance from which a role's months count in proportion to it (below, they fade faster). */
export const ROLE_YEARS_FULL = 0.5;

/**
 * How much of a role's months count as relevant years: its relevance, and below ROLE_YEARS_FULL
 * less than that (quadratically), so long careers in another line of work that only touches the
 * job's skills (a mathematics teacher's statistics, an engineer's budgets) do not add up to years
 * of the job's work.
 */
export function yearsWeight(relevance: number): number {
  return relevance * Math.min(1, relevance / ROLE_YEARS_FULL);
}

export function experienceFit(
  job: PreparedJob,
  resume: PreparedResume,
  copied: ReadonlyArray<readonly [number, number]> = [],
): ExperienceResult {
  // A role whose bullets are the posting's words shows the posting, not the candidate's work.
  const kept = resume.profile.experience.map((e) => copiedRoleFactor(copied, e.startOffset, e.endOffset));
  const roles = resume.roles.map((r, i) => {
    const rel = roleRelevance(job, r);
    const k = kept[i] ?? 1;
    return k < 1 ? { ...rel, relevance: rel.relevance * k } : rel;
  });
  // Years asked for after qualifying: a dated apprenticeship or placement is the training, not those
  // years. Undated roles keep their estimated share (the estimate already gives training less).
  const counted = resume.roles.map((r) => (job.postQualification && r.learner && r.startMonth !== null ? 0 : 1));
  const { relevant, total } = relevantMonths(
    resume.roles,
    roles.map((r, i) => yearsWeight(r.relevance) * (counted[i] ?? 1)),
  );
  const totalYears = Math.max(total / 12, resume.profile.totalYearsExperience, resume.estimatedYears ?? 0);
  let relevantYears = relevant / 12;
  // No dated roles could be read but the parser still found (or the resume states) years of
  // experience: judge their relevance by the whole resume's vocabulary rather than count none.
  if ((resume.roles.length === 0 || resume.estimatedYears !== null) && totalYears > 0 && relevantYears === 0) {
    const o = overlapSimilarity(job.terms, resume.tf, resume.mass);
    relevantYears = totalYears * Math.min(1, Math.sqrt(o.recall * o.precision) / ROLE_SEMANTIC_FULL);
  }
  const effective = relevantYears + OFF_FIELD_YEAR_WEIGHT * Math.max(0, totalYears - relevantYears);
  const m = job.expectedYears;
  let score: number;
  if (m <= 0) score = effective > 0 ? 1 : 0.6;
  // Short of the minimum is partial in proportion (3 of 5 years: 0.6), not zero.
  else score = yearsCredit(effective, m);
  // Years in the field but not in the scope the job names still show something (floor).
  const scoped = scopedYearsFit(
    job,
    resume,
    resume.estimatedYears !== null ? relevantYears : 0,
    kept.map((k, i) => k * (counted[i] ?? 1)),
  );
  score *= SCOPED_FLOOR + (1 - SCOPED_FLOOR) * scoped.credit;
  const closestRole = closestRoleFactor(roles);
  score *= closestRole;
  const max = job.requirements.maxYearsExperience;
  if (max !== null && relevantYears > max + 2) score *= Math.max(0.6, 1 - 0.08 * (relevantYears - max - 2));

  let bestRole = -1;
  let bestRel = 0;
  roles.forEach((r, i) => {
    const end = resume.roles[i]?.endMonth ?? 0;
    const bestEnd = bestRole >= 0 ? (resume.roles[bestRole]?.endMonth ?? 0) : -1;
    if (r.relevance > bestRel + 0.05 || (Math.abs(r.relevance - bestRel) <= 0.05 && r.relevance > 0 && end > bestEnd)) {
      bestRole = i;
      bestRel = Math.max(bestRel, r.relevance);
    }
  });
  return {
    score: Math.max(0, Math.min(1, score)),
    seniorityRatio: seniorityRatio(job, resume, effective, scoped.checks),
    scoped: scoped.checks,
    relevantYears,
    totalYears,
    requiredYears: m,
    statedYears: job.statedMinYears,
    roles,
    bestRole,
    closestRole,
  };
}

// ----------------------------------------------------------------- seniority

export interface SeniorityResult {
  score: number;
  candidateLevel: number;
  jobLevel: number;
}

export function seniorityFit(job: PreparedJob, resume: PreparedResume, exp: ExperienceResult): SeniorityResult {
  const yearsLevel = levelFromYears(exp.relevantYears);
  // The title of the most recent clearly relevant role states the level the candidate works at.
  let titleLevel: number | null = null;
  let latest = Number.NEGATIVE_INFINITY;
  resume.roles.forEach((r, i) => {
    const rel = exp.roles[i]?.relevance ?? 0;
    const end = r.endMonth ?? Number.NEGATIVE_INFINITY + 1;
    if (rel >= 0.5 && r.titleLevel !== null && end >= latest) {
      latest = end;
      titleLevel = r.titleLevel;
    }
  });
  const candidateLevel = titleLevel !== null ? (titleLevel + yearsLevel) / 2 : yearsLevel;
  const d = candidateLevel - job.level;
  const score = d >= 0 ? (d >= 3 ? 0.85 : 1) : Math.max(0, 1 - 0.3 * -d);
  return { score, candidateLevel, jobLevel: job.level };
}

// ----------------------------------------------------------------- education

export interface EducationResult {
  applicable: boolean;
  score: number;
  /** Required degree missing without an equivalent-experience clause: a knockout. */
  knockout: boolean;
  met: boolean;
  viaEquivalent: boolean;
  candidateLevel: DegreeLevel;
  fieldMatch: boolean | null;
  /** The resume names a degree (or has an education section) that could not be read: not a knockout. */
  unread?: boolean;
}

function fieldOverlap(a: readonly string[], b: readonly string[]): boolean {
  const terms = new Set(a.flatMap((x) => stemTokens(x).map((t) => t.term)));
  return b.some((x) => stemTokens(x).some((t) => terms.has(t.term)));
}

export function educationFit(job: PreparedJob, resume: PreparedResume, exp: ExperienceResult): EducationResult {
  const req = job.requirements.degree;
  const candidateLevel = resume.profile.highestDegree;
  if (!req || req.level === "none") {
    return { applicable: false, score: 1, knockout: false, met: true, viaEquivalent: false, candidateLevel, fieldMatch: null };
  }
  const completedFields = resume.profile.education.filter((e) => e.completed && e.field).map((e) => e.field ?? "");
  const fieldMatch = req.fields.length === 0 || completedFields.length === 0 ? null : fieldOverlap(completedFields, req.fields);
  const gap = DEGREE_RANK[req.level] - DEGREE_RANK[candidateLevel];
  if (gap <= 0) {
    return {
      applicable: true,
      score: fieldMatch === false ? 0.85 : 1,
      knockout: false,
      met: true,
      viaEquivalent: false,
      candidateLevel,
      fieldMatch,
    };
  }
  // "Or equivalent experience": relevant years at least the job's minimum (and 3+) stand in for the degree.
  const equivalentYears = Math.max(3, job.expectedYears);
  if (req.orEquivalentExperience && exp.relevantYears >= equivalentYears) {
    return { applicable: true, score: 0.9, knockout: false, met: true, viaEquivalent: true, candidateLevel, fieldMatch };
  }
  if (req.orEquivalentExperience) {
    const partial = 0.5 + 0.4 * Math.min(1, exp.relevantYears / equivalentYears);
    return { applicable: true, score: partial, knockout: false, met: false, viaEquivalent: false, candidateLevel, fieldMatch };
  }
  if (!req.required) {
    return {
      applicable: true,
      score: Math.max(0.4, 0.8 - 0.1 * (gap - 1)),
      knockout: false,
      met: false,
      viaEquivalent: false,
      candidateLevel,
      fieldMatch,
    };
  }
  // A knockout only when certain: a resume that names a degree the parser could not read (a table
  // row, "BE (Hons)") is unconfirmed, not missing.
  if (educationUnread(resume)) {
    return {
      applicable: true,
      score: UNREAD_EDUCATION_CREDIT,
      knockout: false,
      met: false,
      viaEquivalent: false,
      candidateLevel,
      fieldMatch,
      unread: true,
    };
  }
  return { applicable: true, score: 0.15, knockout: true, met: false, viaEquivalent: false, candidateLevel, fieldMatch };
}

/** Education credit when the resume names a degree that could not be read: neither met nor missing. */
const UNREAD_EDUCATION_CREDIT = 0.5;
// Degree abbreviations as written (case-sensitive: "BE (Hons)", "MEng", "B.Sc."), and the words for degrees.
const DEGREE_ABBREVIATION_RE =
  /(?:^|[^\p{L}])(?:B\.?\s?(?:Sc|S|A|E|Eng|Tech|Com|Arch|N)|M\.?\s?(?:Sc|Eng|Tech|Phil|BA|SN|SW)|BSW|Ph\.?\s?D|LL\.?\s?[BM]|BDS|DDS|PharmD)\.?(?=$|[^\p{L}])/mu;
const DEGREE_WORD_RE = /\b(?:bachelor(?:'s)?|master'?s|doctorate|university|polytechnic)\b/i;

/**
 * Whether the resume's education could not be read: no degree was parsed, yet the resume has an
 * education section or names a degree or a university somewhere.
 */
export function educationUnread(resume: PreparedResume): boolean {
  const p = resume.profile;
  if (p.highestDegree !== "none" || p.education.length > 0) return false;
  if (p.sections.some((s) => s.kind === "education")) return true;
  return DEGREE_ABBREVIATION_RE.test(resume.text) || DEGREE_WORD_RE.test(resume.text);
}

// ------------------------------------------------------------ certifications

/** Credit for a credential shown as pending or expired: the candidate is on the way, not there. */
export const NOT_HELD_CREDIT = 0.2;
/**
 * Credit for a registration held with another province's or state's regulator of the same country
 * (labour-mobility agreements make that transfer a formality of weeks): more than pending, less than held.
 */
export const TRANSFER_CREDIT = 0.5;
/** Credit for a credential checked at the offer that the resume does not show: most such candidates hold it. */
export const VERIFY_CREDIT = 0.5;

export interface CredentialCheck {
  req: CredentialRequirement;
  held: boolean;
  /** What the resume shows: held, not held yet (pending), lapsed (expired), or nothing. */
  status: CredentialStatus | "missing";
  /** The line that shows a pending or expired credential, for the explanation. */
  snippet: string | null;
  /**
   * A kind checked at the offer (a plain driving licence, verifiedAtOffer) that the resume does not
   * mention or names without saying it is held: a note to verify, never a knockout.
   */
  verify?: boolean;
  /** Registered elsewhere (see CredentialTransfer): shown as pending transfer, partial credit at most. */
  transfer?: CredentialTransfer;
  /** Pending as a license held in another state (licensure by endorsement to come), not as one applied for. */
  otherState?: boolean;
}

/** A registration held with another jurisdiction's regulator than the one the posting requires. */
export interface CredentialTransfer {
  /** The regulator or place the resume names ("HCPC", "Ontario"). */
  from: string;
  /** In another country: a transfer that takes months (an assessment of equivalency), not a formality. */
  abroad: boolean;
  snippet: string;
}

export interface CertificationResult {
  applicable: boolean;
  score: number;
  checks: CredentialCheck[];
}

interface Span {
  start: number;
  end: number;
  /** The name of the registering body, found with a registration cue: that cue is the statement (see bodyMentions). */
  body?: boolean;
}

function globalPattern(p: RegExp): RegExp {
  return new RegExp(p.source, p.flags.includes("g") ? p.flags : `${p.flags}g`);
}

// The literal name of each credential pattern `(^|edge)name($|edge)`, lower-cased, or null.
const literals = new WeakMap<RegExp, string | null>();

/**
 * The name a credential pattern looks for, when it is plain ASCII and the pattern matches exactly it;
 * a resume without it cannot match. Unicode-edged patterns are slow to run on every resume (20–50x
 * slower still once V8 has left them in its regexp interpreter, as in a process that has scored many jobs).
 */
function patternLiteral(p: RegExp): string | null {
  let lit = literals.get(p);
  if (lit === undefined) {
    const body = /^\(\^\|\[[^\]]*\]\)(.*)\(\$\|\[[^\]]*\]\)$/s.exec(p.source)?.[1] ?? null;
    const name = body?.replace(/\\(.)/g, "$1") ?? null;
    lit =
      name !== null && /^[\x20-\x7e]+$/.test(name) && new RegExp(p.source, p.flags.replace("g", "")).test(` ${name} `)
        ? name.toLowerCase()
        : null;
    literals.set(p, lit);
  }
  return lit;
}

function lineAt(text: string, at: number): string {
  const a = text.lastIndexOf("\n", at - 1) + 1;
  const b = text.indexOf("\n", at);
  return text.slice(a, b < 0 ? text.length : b).trim();
}

// A credential only named as a goal ("seeking an RN position") is as absent as one never named.
const STATUS_RANK: Record<CredentialStatus | "missing", number> = {
  held: 4,
  pending: 3,
  expired: 2,
  unstated: 1,
  sought: 0,
  // Above "missing" so that the resume's own "no driving licence" is kept and reported (see verifiedAtOffer).
  disclaimed: 0.5,
  missing: 0,
};

/** Text just before a credential's words that makes them part of an issuing body's name. */
const ISSUER_BEFORE_RE =
  /\b(?:board|council|institution|institute|association|society|commission|college|department|federation|chamber)\s+(?:of|for)\s+(?:the\s+)?$/i;

/** Status of one mention: "held" only where the resume states it as held (statedAsHeld), not merely names it. */
function mentionStatus(resume: PreparedResume, sp: Span, around: readonly Span[], id: string | null): CredentialStatus {
  const text = resume.text;
  const st = credentialStatus(text, sp.start, sp.end, around);
  // A body's name with a registration cue is no application on the way: "not yet registered with …" is not pending.
  if (sp.body) return st === "pending" ? "unstated" : st;
  if (st !== "held") return st;
  const found = resume.profile.sections.find((s) => sp.start >= s.startOffset && sp.start < s.endOffset);
  const section = found?.kind ?? null;
  const lineStart = text.lastIndexOf("\n", sp.start - 1) + 1;
  const place: MentionPlace = { section, lineBefore: text.slice(lineStart, sp.start), name: resume.profile.contact.name };
  if (found) place.heading = found.heading;
  if (section === "header") {
    // A headline title counts only when a role titled with the credential or a licence number backs it.
    const lineEnd = text.indexOf("\n", sp.start);
    place.line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const mention = text.slice(sp.start, sp.end);
    place.corroborated = rolesTitledWith(resume.profile.experience, id, mention) || statesLicenceNumber(text);
  }
  return statedAsHeld(credentialClause(text, sp.start, sp.end, around), place) ? "held" : "unstated";
}

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** How an alternative is named in a group: with the state its license must come from. */
function alternativeName(req: CredentialRequirement): string {
  if (req.states.length === 0) return req.name;
  const states = req.states.map(titleCase).join(", ");
  return /\blicen[cs]e\b/i.test(req.name) ? `${req.name} (${states})` : `${req.name} license (${states})`;
}

/**
 * Alternative credentials ("RN license in Wisconsin or a multistate NLC license") become one check,
 * named after all of them and in the best state any one of them is in.
 */
function mergeAlternatives(checks: readonly CredentialCheck[]): CredentialCheck[] {
  const out: CredentialCheck[] = [];
  const groups = new Map<number, CredentialCheck[]>();
  for (const c of checks) {
    if (c.req.anyOf === null) {
      out.push(c);
      continue;
    }
    const members = groups.get(c.req.anyOf);
    if (members) {
      members.push(c);
      continue;
    }
    const list = [c];
    groups.set(c.req.anyOf, list);
    out.push(c);
  }
  return out.map((c) => {
    const members = c.req.anyOf === null ? undefined : groups.get(c.req.anyOf);
    if (!members || members.length < 2) return c;
    const best = members.reduce((a, b) => (STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a));
    const req: CredentialRequirement = {
      id: c.req.id,
      name: members.map((m) => alternativeName(m.req)).join(" or "),
      required: members.some((m) => m.req.required),
      // Missing them all is a knockout only when every alternative is a license.
      license: members.every((m) => m.req.license),
      patterns: members.flatMap((m) => m.req.patterns),
      states: [],
      anyOf: c.req.anyOf,
      pendingAccepted: members.some((m) => m.req.pendingAccepted),
      bodies: members.flatMap((m) => m.req.bodies ?? []),
    };
    return { req, held: best.held, status: best.status, snippet: best.snippet };
  });
}

/** The resume says licensure in one of the required states is pending ("Oregon licensure by endorsement: pending"). */
function stateLicensurePending(text: string, states: readonly string[]): boolean {
  for (const state of states) {
    const re = new RegExp(`\\b${state.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b[^\\n]{0,40}\\blicen[cs](?:e|ure)\\b`, "gi");
    for (const m of text.matchAll(re)) if (credentialStatus(text, m.index, m.index + m[0].length) === "pending") return true;
  }
  return false;
}

/** A mention stated as held, outside text copied from the posting and outside keyword-list lines. */
function heldOutright(
  resume: PreparedResume,
  sp: Span,
  around: readonly Span[],
  id: string | null,
  copied: ReadonlyArray<[number, number]>,
): boolean {
  if (copied.some(([a, b]) => sp.start >= a && sp.start < b)) return false;
  if (resume.keywordLines.some(([a, b]) => sp.start >= a && sp.start < b)) return false;
  return mentionStatus(resume, sp, around, id) === "held";
}

/**
 * Where the resume names each requested credential: its taxonomy evidence, its listed certifications
 * and the job's own wording of it; never the name of an issuer ("Oregon Board of Licensed Social Workers").
 */
function credentialMentions(job: PreparedJob, resume: PreparedResume): Span[][] {
  const text = resume.text;
  const lower = text.toLowerCase();
  return job.credentials.map((req) => {
    const spans: Span[] = [];
    const skill = req.id !== null ? resume.skills.get(req.id) : undefined;
    for (const e of skill?.evidence ?? []) spans.push({ start: e.offset, end: e.offset + (e.length ?? 1) });
    // Taxonomy credentials point at the alias matched; a listed item the taxonomy does not know
    // spans its whole line, status words included, so the job's wording is searched in it instead.
    for (const c of resume.profile.certifications) {
      if (c.evidence && req.id !== null && c.id === req.id) {
        spans.push({ start: c.evidence.offset, end: c.evidence.offset + (c.evidence.length ?? c.name.length) });
      }
    }
    for (const p of req.patterns) {
      const literal = patternLiteral(p);
      if (literal !== null && !lower.includes(literal)) continue;
      for (const m of text.matchAll(globalPattern(p))) {
        // Patterns are `(^|edge)name($|edge)`: the edges are not part of the mention.
        const at = (m.index ?? 0) + (m[1]?.length ?? 0);
        spans.push({ start: at, end: (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0) });
      }
    }
    spans.push(...bodyMentions(text, req, job.credentials));
    // "Oregon Board of Licensed Social Workers" names the issuer, not a license held.
    return spans.filter((sp) => !ISSUER_BEFORE_RE.test(text.slice(Math.max(0, sp.start - 60), sp.start)));
  });
}

/** Words that make a body's name a registration with it: "registered", "registration no.", "licensed", "member no.". */
const REGISTRATION_CUE_RE =
  /\bregist(?:ered|ration|rant)\b|\blicen[cs](?:ed|e|ure)\b|\b(?:member(?:ship)?|reg|lic)\.?\s*(?:no\.?|number|#|id)\b|\bpractising certificate\b/i;

/**
 * Mentions of the body a required registration is with ("Registered Scientist (MSCNZ)", "registered
 * with the Dental Council", "XYZ reg. no. 4471") where the clause says it is a registration; the
 * status words of the clause then decide whether it is held ("eligible for", "working towards" do not).
 */
function bodyMentions(text: string, req: CredentialRequirement, all: readonly CredentialRequirement[]): Span[] {
  const out: Span[] = [];
  // Registered with the body as something else the posting names apart ("Registered Pharmacy Technician" with the
  // pharmacists' college, for a pharmacist's post): that other credential, not this one.
  const others = all.filter((o) => o !== req).flatMap((o) => o.patterns);
  for (const p of req.bodies ?? []) {
    for (const m of text.matchAll(globalPattern(p))) {
      const start = (m.index ?? 0) + (m[1]?.length ?? 0);
      const end = (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0);
      const clause = `${text.slice(start, end)} ${credentialClause(text, start, end)}`;
      if (REGISTRATION_CUE_RE.test(clause) && !others.some((o) => o.test(clause))) out.push({ start, end, body: true });
    }
  }
  return out;
}

/** A mention of a credential whose clause places it in another jurisdiction than the one required. */
function elsewhere(text: string, sp: Span, req: CredentialRequirement): Jurisdiction | null {
  const required = req.jurisdictions ?? [];
  if (required.length === 0) return null;
  // The whole clause: a regulator named as a credential of its own ("HCPC-registered") says where this one is.
  const named = placesNamed(text, sp);
  // A mention that is itself the required regulator's name ("ACOT") or names one place it holds is there.
  if (named.length === 0 || named.some((j) => holdsIn(j, required))) return null;
  return named[0] ?? null;
}

/** Status of one requested credential from its mentions on the resume. */
function checkCredential(
  resume: PreparedResume,
  req: CredentialRequirement,
  spans: readonly Span[],
  others: readonly Span[],
  copied: ReadonlyArray<[number, number]>,
): CredentialCheck {
  const text = resume.text;
  let status: CredentialStatus | "missing" = "missing";
  let snippet: string | null = null;
  let transfer: CredentialTransfer | undefined;
  let otherState = false;
  const mentions = spans.map((sp) => {
    const around = others.filter((o) => o.end <= sp.start || o.start >= sp.end);
    const clause = req.states.length > 0 ? credentialClause(text, sp.start, sp.end, around) : "";
    const multistate = MULTISTATE_RE.test(clause);
    const states = usStatesIn(clause);
    const away = elsewhere(text, sp, req);
    return {
      sp,
      around,
      away,
      located: multistate || states.length > 0,
      inState: multistate || states.some((st) => req.states.includes(st)),
    };
  });
  // A license required from a state ("RN license in Wisconsin"): once the resume says where its
  // license is from, only the mentions that say so decide (a job title "Registered Nurse" does not);
  // another state's license does not count, a multistate one does.
  const located = mentions.some((m) => m.located);
  for (const { sp, around, away, located: here, inState } of mentions) {
    if (away) {
      // Registered with another jurisdiction's regulator (HCPC for a post that needs ACOT): a transfer to make.
      if (!transfer && heldOutright(resume, sp, around, req.id, copied))
        transfer = { from: away.name, abroad: abroad(away, req.jurisdictions ?? []), snippet: lineAt(text, sp.start) };
      continue;
    }
    if (located && (!here || !inState)) {
      // Held in another state with licensure in the required one applied for ("Oregon licensure by
      // endorsement: application submitted, pending"), or for a posting that takes eligibility for
      // the license (licensure by endorsement is open to another state's licensee): on its way, as a
      // pending license.
      if (
        here &&
        STATUS_RANK.pending > STATUS_RANK[status] &&
        (req.pendingAccepted || stateLicensurePending(text, req.states)) &&
        heldOutright(resume, sp, around, req.id, copied)
      ) {
        status = "pending";
        snippet = lineAt(text, sp.start);
        otherState = !stateLicensurePending(text, req.states);
      }
      continue;
    }
    // A credential named only in text pasted from the posting is the posting's, not the candidate's;
    // one named only in a list line of a role is a keyword, not a statement that it is held.
    if (copied.some(([a, b]) => sp.start >= a && sp.start < b)) continue;
    if (resume.keywordLines.some(([a, b]) => sp.start >= a && sp.start < b)) continue;
    const st = mentionStatus(resume, sp, around, req.id);
    if (STATUS_RANK[st] > STATUS_RANK[status]) {
      status = st;
      snippet = st === "held" ? null : lineAt(text, sp.start);
    }
    // A registration required in one jurisdiction reads every mention: a later one may say where it is held.
    if (status === "held" && (req.jurisdictions ?? []).length === 0) break;
  }
  // The resume says where its registration is, and it is elsewhere: unless a mention of the required
  // regulator itself says more (held, or applied for), the registration is still to be transferred.
  if (transfer && !mentions.some((m) => !m.away && namesRequired(text, m.sp, req))) {
    return { req, held: false, status: "pending", snippet: transfer.snippet, transfer };
  }
  // A posting that takes the credential applied for ("hold QTS or have applied for it") is met by a pending one.
  const held = status === "held" || (status === "pending" && req.pendingAccepted);
  return { req, held, status, snippet, ...(status === "pending" && otherState ? { otherState } : {}) };
}

/** Whether a mention's clause names a jurisdiction where the registration is required ("ACOT application submitted"). */
function namesRequired(text: string, sp: Span, req: CredentialRequirement): boolean {
  return placesNamed(text, sp).some((j) => holdsIn(j, req.jurisdictions ?? []));
}

/** Jurisdictions a mention names itself (a regulator's abbreviation, "ACOT") or its clause names. */
function placesNamed(text: string, sp: Span): Jurisdiction[] {
  return jurisdictionsIn(`${text.slice(sp.start, sp.end)} ${credentialClause(text, sp.start, sp.end)}`);
}

/**
 * Each requested credential is held when one of its mentions (taxonomy match or the job's own
 * wording of it) is stated in force; a mention whose clause says it is not held yet ("license
 * pending", "exam candidate", "expected 2027") or has lapsed ("expired 2023") earns a little credit
 * and counts as missing for knockouts.
 */
export function certificationFit(
  job: PreparedJob,
  resume: PreparedResume,
  copied: ReadonlyArray<[number, number]> = [],
): CertificationResult {
  if (job.credentials.length === 0) return { applicable: false, score: 1, checks: [] };
  const mentionsOf = credentialMentions(job, resume);
  // Every credential mention bounds the clauses of the others ("BLS, ACLS (scheduled May 2026)").
  const others: Span[] = [...mentionsOf.flat()];
  for (const c of resume.profile.certifications) {
    if (c.id !== null && c.evidence) others.push({ start: c.evidence.offset, end: c.evidence.offset + (c.evidence.length ?? 1) });
  }
  const perCredential = job.credentials.map((req, i) => checkCredential(resume, req, mentionsOf[i] ?? [], others, copied));
  const checks = mergeAlternatives(perCredential).map((c) =>
    !c.held && (c.status === "missing" || c.status === "unstated") && verifiedAtOffer(c.req.name) ? { ...c, verify: true } : c,
  );
  let num = 0;
  let den = 0;
  for (const c of checks) {
    const w = c.req.required ? 2 : 1;
    den += w;
    if (c.held) num += w;
    else if (c.verify) num += w * VERIFY_CREDIT;
    else if (c.transfer && !c.transfer.abroad) num += w * TRANSFER_CREDIT;
    else if (c.status === "pending" || c.status === "expired") num += w * NOT_HELD_CREDIT;
  }
  return { applicable: true, score: den === 0 ? 1 : num / den, checks };
}

// ------------------------------------------------------------------ semantic

/** Raw coverage below this is what any unrelated resume reaches through shared vocabulary. */
export const SEMANTIC_FLOOR = 0.05;
/**
 * Most the lists (skills sections, keyword bullets, skills named only there) add to the semantic
 * similarity of the described work: a resume's lists name what its roles show, so for an honest
 * resume they add little, while a list of the posting's words on unrelated work would add a lot.
 */
const LIST_LIFT = 0.025;
/** Raw coverage at which the semantic component is full. */
export const SEMANTIC_FULL = 0.3;

export interface SemanticResult {
  score: number;
  raw: number;
  recall: number;
  precision: number;
}

export function semanticFit(job: PreparedJob, resume: PreparedResume, copy?: PostingCopy): SemanticResult {
  const { tf, mass, workTf, workMass } = copy && copy.spans.length > 0 ? termsWithout(resume, copy.spans, copy.excluded) : resume;
  const { recall, precision } = overlapSimilarity(job.terms, tf, mass);
  // Geometric mean: covering the job's vocabulary (recall) and staying on it (precision) both count,
  // so neither a long generic resume nor a terse off-field one scores high.
  const full = Math.sqrt(recall * precision);
  // What the lists add is bounded by the described work: a skills list or a keyword bullet naming the
  // job's words does not make work that shows none of them read like the job's.
  const work = overlapSimilarity(job.terms, workTf, workMass);
  const raw = Math.min(full, Math.sqrt(work.recall * work.precision) + LIST_LIFT);
  const score = Math.max(0, Math.min(1, (raw - SEMANTIC_FLOOR) / (SEMANTIC_FULL - SEMANTIC_FLOOR)));
  return { score, raw, recall, precision };
}

/** The seven components' findings for one resume against one job (computeComponents in evaluate.ts). */
export interface ComponentFacts {
  /** Text copied from the posting (does not count; flagged). */
  copy: PostingCopy;
  mustHave: CoverageResult;
  niceToHave: CoverageResult;
  experience: ExperienceResult;
  semantic: SemanticResult;
  seniority: SeniorityResult;
  education: EducationResult;
  certifications: CertificationResult;
}

// Combines the components into the 0–100 score, verdict and explanation.
import type { Evidence } from "../types";
import {
  type ComponentFacts,
  certificationFit,
  type CredentialCheck,
  type CoverageResult,
  COPY_FLAG_WORDS,
  postingCopy,
  educationFit,
  experienceFit,
  juniorCap,
  type RequirementMatch,
  scopeCap,
  unmetScopes,
  semanticFit,
  seniorityFit,
  skillCoverage,
} from "./components";
import { type FeedbackFindings, scopedYearsGap, templateFeedback } from "./feedback";
import type { PreparedJob, PreparedResume } from "./prepare";
import type {
  ComponentKey,
  ComponentResult,
  EvaluationResult,
  Knockout,
  MatchedSkill,
  MissingSkill,
  ScoringWeights,
  Verdict,
  VerdictThresholds,
} from "./schema";
import { ENGINE_VERSION } from "./version";
import { DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS } from "./weights";
import { CALIBRATION, type CapLimits, finalScore, type ScoreFeatures, weightedMean } from "./calibration";
import { admittedPlaces, locationBlocker, placeList } from "./location";

export { capScore } from "./calibration";

/** Credit below which a requirement is reported as missing (a faint related-skill hint is not a match). */
const MATCH_MIN_CREDIT = 0.2;
/**
 * Cap when the only knockout is a required license the resume shows as pending (applied for,
 * awaiting issue): still short of the requirement, but a timing gap a recruiter may wait for,
 * so medium at best rather than the knockout cap.
 */
const PENDING_LICENSE_CAP = 65;
/**
 * Cap for evidence that games the screen (skills named far beyond what the work shows, or text
 * copied from the posting): never better than "low" however many keywords match.
 */
const INTEGRITY_CAP = 44;
/** Cap when a required degree is missing and the JD allows no equivalent experience. */
const DEGREE_KNOCKOUT_CAP = 60;

export interface EvaluateOptions {
  weights?: Partial<ScoringWeights>;
  thresholds?: Partial<VerdictThresholds>;
}

export function computeComponents(job: PreparedJob, resume: PreparedResume): ComponentFacts {
  const copy = postingCopy(job, resume);
  const experience = experienceFit(job, resume, copy.spans);
  return {
    copy,
    mustHave: skillCoverage(job.must, resume, copy.excluded),
    niceToHave: skillCoverage(job.nice, resume, copy.excluded),
    experience,
    semantic: semanticFit(job, resume, copy),
    seniority: seniorityFit(job, resume, experience),
    education: educationFit(job, resume, experience),
    certifications: certificationFit(job, resume, copy.spans),
  };
}

export function resolveWeights(w?: Partial<ScoringWeights>): ScoringWeights {
  const out = { ...DEFAULT_WEIGHTS };
  for (const k of Object.keys(out) as ComponentKey[]) {
    const v = w?.[k];
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}

export function resolveThresholds(t?: Partial<VerdictThresholds>): VerdictThresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  for (const k of ["high", "medium", "knockoutCap"] as const) {
    const v = t?.[k];
    if (typeof v === "number" && Number.isFinite(v)) out[k] = Math.max(0, Math.min(100, v));
  }
  if (out.medium > out.high) out.medium = out.high;
  return out;
}

export function verdictFor(score: number, t: VerdictThresholds): Verdict {
  if (score >= t.high) return "high";
  if (score >= t.medium) return "medium";
  return "low";
}

export interface ScoreOnly {
  score: number;
  verdict: Verdict;
  knockouts: Knockout[];
  facts: ComponentFacts;
  weights: ScoringWeights;
  effectiveWeights: Record<ComponentKey, number>;
}

/** Each component's 0–100 score from the computed facts. */
function componentScores(f: ComponentFacts): Record<ComponentKey, number> {
  return {
    mustHave: f.mustHave.score,
    niceToHave: f.niceToHave.score,
    experience: f.experience.score,
    semantic: f.semantic.score,
    seniority: f.seniority.score,
    education: f.education.score,
    certifications: f.certifications.score,
  };
}

/** A resume's own words for a knockout message, cut to a readable length. */
function quoteOf(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

/** The missing-licence knockout's message, and whether every licence missing is only on its way (pending, or a transfer within the country). */
function licenseKnockout(missingLicenses: readonly CredentialCheck[]): { message: string; pendingOnly: boolean } {
  // Named only as a goal counts as absent; named without saying it is held gets its own words.
  const absent = missingLicenses
    .filter((c) => c.status === "missing" || c.status === "sought" || c.status === "disclaimed")
    .map((c) => c.req.name);
  const unstated = missingLicenses.filter((c) => c.status === "unstated").map((c) => c.req.name);
  const notYet = missingLicenses.filter((c) => c.status === "pending" && !c.transfer).map((c) => c.req.name);
  // Registered elsewhere: within the country a transfer (a timing gap, as pending); from abroad, a hard knockout.
  const moved = missingLicenses.filter((c) => c.transfer);
  const nearby = moved.filter((c) => c.transfer?.abroad === false);
  const lapsed = missingLicenses.filter((c) => c.status === "expired").map((c) => c.req.name);
  const parts = [
    ...(absent.length > 0 ? [`Required license not found on the resume: ${absent.join(", ")}.`] : []),
    ...(unstated.length > 0
      ? [`Required license named but never stated as held (no licenses section, number, state or "licensed"): ${unstated.join(", ")}.`]
      : []),
    ...(notYet.length > 0 ? [`Required license not held yet (the resume shows it pending): ${notYet.join(", ")}.`] : []),
    ...moved.map(
      (c) => `Required license held with another jurisdiction's regulator (${c.transfer?.from}), pending transfer: ${c.req.name}.`,
    ),
    ...(lapsed.length > 0 ? [`Required license expired on the resume: ${lapsed.join(", ")}.`] : []),
  ];
  return { message: parts.join(" "), pendingOnly: notYet.length + nearby.length === missingLicenses.length };
}

/** Knockouts (with their messages) and the plain-data features the calibrated layer scores. */
export function scoreFeatures(
  job: PreparedJob,
  resume: PreparedResume,
  f: ComponentFacts,
): { features: ScoreFeatures; knockouts: Knockout[] } {
  const knockouts: Knockout[] = [];
  // A plain driving licence the resume does not show is checked at the offer (verifiedAtOffer): a note, not a knockout.
  const missingLicenses = f.certifications.checks.filter((c) => c.req.required && c.req.license && !c.held && !c.verify);
  // Only pending licenses (applied for, exam passed and awaiting issue): a timing gap, capped softer.
  let pendingOnly = false;
  if (missingLicenses.length > 0) {
    const ko = licenseKnockout(missingLicenses);
    pendingOnly = ko.pendingOnly;
    knockouts.push({ code: "missing_required_license", message: ko.message });
  }
  if (job.noSponsorship && resume.needsSponsorship) {
    knockouts.push({
      code: "work_authorization",
      message: `The job cannot sponsor work visas and the resume states the candidate needs sponsorship${
        resume.sponsorshipStatement ? ` ("${quoteOf(resume.sponsorshipStatement)}")` : ""
      }.`,
    });
  }
  const abroad = locationBlocker(job.requirements, resume.profile.contact.location, resume.text);
  if (abroad) {
    knockouts.push({
      code: "location",
      message: `The job admits candidates working from ${placeList(admittedPlaces(job.requirements) ?? [])} and the resume places the candidate in ${abroad} with no stated plan to relocate there (a refusal to relocate does not count) or authorization to work there.`,
    });
  }
  const knockout = knockouts.length === 0 ? null : knockouts.length === 1 && pendingOnly ? "pending" : "hard";
  if (f.education.knockout) {
    const req = job.requirements.degree;
    knockouts.push({
      code: "missing_required_degree",
      message: `Required degree not found: ${req ? degreeLabel(req.level) : "degree"} (no equivalent-experience alternative stated).`,
    });
  }
  const features: ScoreFeatures = {
    values: componentScores(f),
    applicable: {
      mustHave: f.mustHave.applicable,
      niceToHave: f.niceToHave.applicable,
      experience: true,
      semantic: true,
      seniority: true,
      education: f.education.applicable,
      certifications: f.certifications.applicable,
    },
    core: {
      mustApplicable: f.mustHave.applicable,
      must: f.mustHave.score,
      experience: f.experience.score,
      semantic: f.semantic.score,
    },
    juniorCap: juniorCap(f.experience.seniorityRatio),
    scopeCap: scopeCap(f.experience.scoped),
    integrityCap: resume.keywordStuffing || f.copy.words >= COPY_FLAG_WORDS ? INTEGRITY_CAP : 100,
    knockout,
    degreeKnockout: f.education.knockout,
  };
  return { features, knockouts };
}

/** Caps with the default knockout cap (what the calibration is fitted with). */
export const CAP_LIMITS: CapLimits = {
  knockoutCap: DEFAULT_THRESHOLDS.knockoutCap,
  pendingCap: PENDING_LICENSE_CAP,
  degreeCap: DEGREE_KNOCKOUT_CAP,
};

/** The number and verdict without building the explanation (used for fast re-ranking). */
export function scorePrepared(job: PreparedJob, resume: PreparedResume, opts: EvaluateOptions = {}): ScoreOnly {
  const weights = resolveWeights(opts.weights);
  const thresholds = resolveThresholds(opts.thresholds);
  const f = computeComponents(job, resume);
  const { features, knockouts } = scoreFeatures(job, resume, f);
  const score = finalScore(features, { ...CALIBRATION, weights }, { ...CAP_LIMITS, knockoutCap: thresholds.knockoutCap });
  const { effective } = weightedMean(features, weights);
  return { score, verdict: verdictFor(score, thresholds), knockouts, facts: f, weights, effectiveWeights: effective };
}

export function degreeLabel(level: string): string {
  const labels: Record<string, string> = {
    none: "no degree",
    high_school: "high-school diploma",
    diploma: "diploma",
    associate: "associate degree",
    bachelor: "bachelor's degree",
    master: "master's degree",
    doctorate: "doctorate",
  };
  return labels[level] ?? level;
}

const SECTION_PREFERENCE: Record<string, number> = { experience: 0, projects: 1, summary: 2, other: 3, skills: 4 };

function pickEvidence(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence]
    .sort((a, b) => (SECTION_PREFERENCE[a.section] ?? 3) - (SECTION_PREFERENCE[b.section] ?? 3) || a.offset - b.offset)
    .slice(0, 2);
}

function toMatched(m: RequirementMatch, lookupName: (id: string) => string): MatchedSkill {
  const id = m.source?.via === "exact" ? m.source.candidateId : (m.req.ids[0] ?? "");
  return {
    id,
    name: m.source?.via === "exact" ? lookupName(id) : m.req.name,
    credit: round2(m.credit),
    via: m.source?.via ?? "exact",
    matchedId: m.skill?.id ?? id,
    matchedName: m.skill?.name ?? lookupName(id),
    evidence: pickEvidence(m.skill?.evidence ?? []),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function fmtYears(y: number): string {
  return y >= 10 ? String(Math.round(y)) : (Math.round(y * 10) / 10).toFixed(1);
}

function experienceFinding(resume: PreparedResume, f: ComponentFacts): string {
  const e = f.experience;
  const best = e.bestRole >= 0 ? resume.roles[e.bestRole] : undefined;
  const bestText = best?.title ? `; most relevant role: ${best.title}${best.employer ? ` at ${best.employer}` : ""}` : "";
  const req =
    e.statedYears !== null
      ? `against ${fmtYears(e.statedYears)}+ required`
      : `(the job states no minimum; about ${fmtYears(e.requiredYears)} is typical for its level)`;
  const scoped = e.scoped
    .map((c) =>
      c.credit < 1 ? `only ${scopedYearsGap(c)}` : `${fmtYears(c.years)} years of ${c.name} against the ${fmtYears(c.required)} asked for`,
    )
    .join("; ");
  const estimated = resume.estimatedYears !== null ? " (estimated: no role on the resume is dated)" : "";
  const copied =
    f.copy.words > 0
      ? ` ${f.copy.words} words repeat the job posting word for word; they were not counted as evidence${f.copy.words >= COPY_FLAG_WORDS ? " and the score is capped" : ""}.`
      : "";
  const stuffed = resume.keywordStuffing ? " Many skills are named that the described work does not show; the score is capped." : "";
  const unmet = unmetScopes(e.scoped);
  const held =
    unmet.length > 0 ? ` No role shows ${unmet.join(" or ")} work, which the job asks years of, so the score is held below "high".` : "";
  return `About ${fmtYears(e.relevantYears)} years of relevant experience${estimated} (${fmtYears(e.totalYears)} in total) ${req}${bestText}${scoped ? `; ${scoped}` : ""}.${copied}${stuffed}${held}`;
}

function educationFinding(job: PreparedJob, f: ComponentFacts): string {
  const ed = f.education;
  const req = job.requirements.degree;
  const has = ed.candidateLevel === "none" ? "no completed degree listed" : `highest degree: ${degreeLabel(ed.candidateLevel)}`;
  if (!req || !ed.applicable) return `The job states no degree requirement (${has}).`;
  const want = `${degreeLabel(req.level)}${req.fields.length ? ` in ${req.fields.join(" / ")}` : ""}${req.orEquivalentExperience ? " or equivalent experience" : ""}${req.required ? ", required" : ", preferred"}`;
  if (ed.met && ed.viaEquivalent) return `Requirement (${want}) met through equivalent relevant experience (${has}).`;
  if (ed.met) return `Requirement (${want}) met (${has}${ed.fieldMatch === false ? ", in a different field" : ""}).`;
  if (ed.unread) return `Requirement (${want}) not confirmed: the resume's education could not be read, so it is not treated as missing.`;
  return `Requirement (${want}) not met (${has}).`;
}

const LEVEL_NAMES = ["intern", "junior", "mid", "senior", "lead or staff", "principal or director", "executive"];

/** The seniority scale in words (levels.ts: 0 intern … 6 executive), rounded to the nearest step. */
function levelName(level: number): string {
  return LEVEL_NAMES[Math.max(0, Math.min(LEVEL_NAMES.length - 1, Math.round(level)))] ?? "mid";
}

const LABELS: Record<ComponentKey, string> = {
  mustHave: "Must-have skills",
  niceToHave: "Nice-to-have skills",
  experience: "Relevant experience",
  semantic: "Title & responsibilities similarity",
  seniority: "Seniority alignment",
  education: "Education",
  certifications: "Certifications & licenses",
};

function componentDetail(k: ComponentKey, job: PreparedJob, f: ComponentFacts): string {
  switch (k) {
    case "mustHave": {
      if (!f.mustHave.applicable) return "The job lists no must-have skills.";
      const shown = (title: boolean) =>
        f.mustHave.matches.filter((m) => !m.req.fromTitle === !title && m.credit >= MATCH_MIN_CREDIT).length;
      const titled = job.must.filter((r) => r.fromTitle).length;
      const ofTitle = titled > 0 ? `; ${shown(true)} of ${titled} skills the job title names` : "";
      return `${shown(false)} of ${job.must.length - titled} must-have skills shown${ofTitle} (partial credit for related skills, list-only or dated use).`;
    }
    case "niceToHave": {
      if (!f.niceToHave.applicable) return "The job lists no nice-to-have skills.";
      const got = f.niceToHave.matches.filter((m) => m.credit >= MATCH_MIN_CREDIT).length;
      return `${got} of ${job.nice.length} nice-to-have skills shown.`;
    }
    case "experience":
      return `${fmtYears(f.experience.relevantYears)} relevant years vs ${fmtYears(f.experience.requiredYears)} expected${
        f.experience.closestRole < 1 ? "; no role is fully the job's kind of work, so they count in part" : ""
      }.`;
    case "semantic":
      return `Covers ${Math.round(f.semantic.raw * 100)}% of the job's weighted vocabulary (title, responsibilities, skills).`;
    case "seniority":
      return `Titles and years read as ${levelName(f.seniority.candidateLevel)} level; the job is ${levelName(f.seniority.jobLevel)} level.`;
    case "education":
      return f.education.applicable
        ? f.education.met
          ? "Degree requirement met."
          : "Degree requirement not met."
        : "No degree requirement.";
    case "certifications": {
      if (!f.certifications.applicable) return "No certifications or licenses requested.";
      const held = f.certifications.checks.filter((c) => c.held).map((c) => c.req.name);
      const pending = f.certifications.checks.filter((c) => c.status === "pending" && !c.held).map((c) => c.req.name);
      const accepted = f.certifications.checks.filter((c) => c.status === "pending" && c.held && !c.otherState).map((c) => c.req.name);
      const endorsed = f.certifications.checks.filter((c) => c.status === "pending" && c.held && c.otherState).map((c) => c.req.name);
      const expired = f.certifications.checks.filter((c) => c.status === "expired").map((c) => c.req.name);
      return `${held.length} of ${f.certifications.checks.length} requested credentials found${held.length ? `: ${held.join(", ")}` : ""}.${
        pending.length ? ` Pending, not held yet: ${pending.join(", ")}.` : ""
      }${accepted.length ? ` Applied for, which the posting accepts: ${accepted.join(", ")}.` : ""}${
        endorsed.length ? ` Held in another state, eligible as the posting accepts: ${endorsed.join(", ")}.` : ""
      }${expired.length ? ` Expired: ${expired.join(", ")}.` : ""}`;
    }
  }
}

/** The structured findings the feedback is written from (also what an optional feedback provider receives). */
export function collectFindings(
  job: PreparedJob,
  resume: PreparedResume,
  lookupName: (id: string) => string,
  opts: EvaluateOptions = {},
): FeedbackFindings & { scoreOnly: ScoreOnly } {
  const s = scorePrepared(job, resume, opts);
  const f = s.facts;
  const split = (c: CoverageResult) => {
    const matched: MatchedSkill[] = [];
    const missing: MissingSkill[] = [];
    for (const m of c.matches) {
      if (m.credit >= MATCH_MIN_CREDIT && m.source) matched.push(toMatched(m, lookupName));
      // A skill read only from the duties was never asked for: not listed as missing.
      else if (!m.req.context) missing.push({ id: m.req.ids[0] ?? "", name: m.req.name });
    }
    return { matched, missing };
  };
  // A skill named only by the title is a soft gap (listed with the nice-to-haves), never a missing must-have.
  const must = split({ ...f.mustHave, matches: f.mustHave.matches.filter((m) => !m.req.fromTitle) });
  const fromTitle = split({ ...f.mustHave, matches: f.mustHave.matches.filter((m) => m.req.fromTitle) });
  const nice = split(f.niceToHave);
  nice.matched.unshift(...fromTitle.matched);
  nice.missing.unshift(...fromTitle.missing);
  return {
    scoreOnly: s,
    job,
    resume,
    facts: f,
    score: s.score,
    verdict: s.verdict,
    knockouts: s.knockouts,
    matchedMustHave: must.matched,
    missingMustHave: must.missing,
    matchedNiceToHave: nice.matched,
    missingNiceToHave: nice.missing,
    findings: { experience: experienceFinding(resume, f), education: educationFinding(job, f) },
  };
}

/** Full evaluation with explanation. */
export function evaluatePrepared(
  job: PreparedJob,
  resume: PreparedResume,
  lookupName: (id: string) => string,
  opts: EvaluateOptions = {},
): EvaluationResult {
  const input = collectFindings(job, resume, lookupName, opts);
  const s = input.scoreOnly;
  const f = s.facts;
  const thresholds = resolveThresholds(opts.thresholds);
  const scores = componentScores(f);
  const components: ComponentResult[] = (Object.keys(LABELS) as ComponentKey[]).map((k) => ({
    key: k,
    label: LABELS[k],
    score: round2(scores[k]),
    weight: round2(s.effectiveWeights[k]),
    detail: componentDetail(k, job, f),
  }));
  const { feedback, summary } = templateFeedback.generate(input);

  return {
    engineVersion: ENGINE_VERSION,
    score: s.score,
    verdict: s.verdict,
    components,
    // Matched = shown on the resume (the skill, or a kind of it: PostgreSQL for SQL); credit through a
    // merely related skill (MySQL via PostgreSQL) is listed apart.
    matchedMustHave: input.matchedMustHave.filter((m) => m.via !== "related"),
    matchedNiceToHave: input.matchedNiceToHave.filter((m) => m.via !== "related"),
    relatedSkills: [
      ...input.matchedMustHave.map((m) => ({ m, mustHave: true })),
      ...input.matchedNiceToHave.map((m) => ({ m, mustHave: false })),
    ]
      .filter(({ m }) => m.via === "related")
      .map(({ m, mustHave }) => ({ required: m.name, via: m.matchedName, credit: m.credit, mustHave })),
    missingMustHave: input.missingMustHave,
    missingNiceToHave: input.missingNiceToHave,
    knockouts: s.knockouts,
    findings: input.findings,
    feedback,
    summary,
    facts: {
      relevantYears: round2(f.experience.relevantYears),
      totalYears: round2(f.experience.totalYears),
      requiredYears: f.experience.statedYears,
      keywordStuffing: resume.keywordStuffing,
      yearsEstimated: resume.estimatedYears !== null,
      flaggedSpans: f.copy.spans.map(([a, b]) => ({
        reason: "copied_from_posting" as const,
        offset: a,
        length: b - a,
        snippet: resume.text.slice(a, Math.min(b, a + 240)),
      })),
      scopedYears: f.experience.scoped.map((c) => ({ name: c.name, years: round2(c.years), required: c.required })),
      credentials: f.certifications.checks.map((c) => ({
        name: c.req.name,
        required: c.req.required,
        // Shown with the certificates to check (explanation.ts), not as a missing licence.
        license: c.req.license && c.verify !== true,
        status: c.status,
        ...(c.status === "pending" && c.held ? { pendingAccepted: true } : {}),
        ...(c.transfer ? { transferFrom: c.transfer.from } : {}),
        ...(c.verify === true ? { verifyAtOffer: true } : {}),
      })),
      weights: s.weights,
      thresholds,
    },
  };
}

// The hiring manager's explanation of one evaluation: why this score, in plain
// words — strengths (must-haves with the evidence that matters, the roles that
// show them, years), gaps that matter, knockouts and what the engine could not
// settle. Written about the candidate (never to them) and built only from what is
// stored — the evaluation result, the job's requirements, the resume's profile
// and text — so it agrees with the stored score and works for every evaluation
// already stored, without re-scoring.
import { z } from "zod";
import { DEGREE_RANK, type JobRequirements, type ResumeProfile } from "../types";
import { degreeLabel } from "./evaluate";
import { eligibilityNote, eligibilityStatus } from "./explanation-eligibility";
import {
  andList,
  cleanFields,
  withArticle,
  latestRole,
  quote,
  roleAt,
  roleName,
  roleSpan,
  undatedRolesNote,
  years,
  yearsNumber,
} from "./explanation-text";
import type { CredentialFact, EvaluationResult, MatchedSkill } from "./schema";
import { titleSkillGaps } from "./title-skills";

export const explanationSchema = z.object({
  /** One sentence: the score, the verdict and what drives them. */
  headline: z.string(),
  strengths: z.array(z.string()),
  /** Gaps that cost points: missing must-haves, years short, degree, seniority, credentials. */
  gaps: z.array(z.string()),
  /** What caps the score whatever else the resume shows (licence, degree, eligibility, sponsorship). */
  knockouts: z.array(z.string()),
  /** What the score could not settle: things to check with the candidate. */
  uncertainties: z.array(z.string()),
});
export type Explanation = z.infer<typeof explanationSchema>;

export interface ExplanationInput {
  result: EvaluationResult;
  /** The job's requirements as scored; null when they cannot be read (the eligibility note is then left out). */
  requirements: JobRequirements | null;
  /** The resume's parsed profile; null when it cannot be read (roles and degrees are then left out). */
  profile: ResumeProfile | null;
  text: string | null;
}

/** Most roles named with the must-haves they show. */
const MAX_ROLE_LINES = 3;

const inSkillsListOnly = (skill: MatchedSkill) => skill.evidence.length > 0 && skill.evidence.every((e) => e.section === "skills");

/** Must-haves shown in described work (not only in a skills list). */
function shownMustHaves(result: EvaluationResult): MatchedSkill[] {
  return result.matchedMustHave.filter((skill) => !inSkillsListOnly(skill));
}

/** How many must-haves (groups of alternatives) the job has: the scorer's count, rebuilt from what is stored. */
function mustHaveTotal(input: ExplanationInput): number {
  const { result, requirements } = input;
  const related = result.relatedSkills ?? [];
  const counted = result.matchedMustHave.length + result.missingMustHave.length;
  if (related.every((skill) => skill.mustHave !== undefined)) return counted + related.filter((skill) => skill.mustHave).length;
  // Stored before related credit said whether it was for a must-have: count the job's must-have groups.
  if (!requirements) return counted;
  const grouped = new Set((requirements.mustHaveGroups ?? []).flat());
  const singles = new Set(requirements.mustHaveSkills.filter((id) => !grouped.has(id)));
  return (requirements.mustHaveGroups ?? []).filter((group) => group.length > 0).length + singles.size;
}

function headline(input: ExplanationInput): string {
  const { result } = input;
  const total = mustHaveTotal(input);
  const parts: string[] = [];
  if (total > 0) parts.push(`shows ${shownMustHaves(result).length} of ${total} must-haves in described work`);
  const { relevantYears, requiredYears } = result.facts;
  parts.push(
    requiredYears !== null
      ? `has about ${years(relevantYears)} of relevant experience against ${yearsNumber(requiredYears)}+ asked for`
      : `has about ${years(relevantYears)} of relevant experience`,
  );
  const capped = result.knockouts.length > 0 ? "; capped by a knockout" : "";
  return `Scores ${result.score.toFixed(1)} (${result.verdict}): ${andList(parts)}${capped}.`;
}

/** One line per role that shows must-haves (most first): the role, its dates, the skills and a quote. */
function roleStrengths(input: ExplanationInput): string[] {
  const { profile } = input;
  if (!profile) return [];
  const text = input.text ?? "";
  // The role's heading line names the title, not the work: quotes come from the lines below it.
  const inBody = (index: number, offset: number) => {
    const start = profile.experience[index]?.startOffset ?? 0;
    const headingEnd = text.indexOf("\n", start);
    return headingEnd < 0 || offset > headingEnd;
  };
  const byRole = new Map<number, { skills: string[]; quote: string | null }>();
  for (const skill of shownMustHaves(input.result)) {
    for (const evidence of skill.evidence) {
      const index = roleAt(profile, evidence.offset);
      if (index < 0) continue;
      const entry = byRole.get(index) ?? { skills: [], quote: null };
      if (!entry.skills.includes(skill.name)) entry.skills.push(skill.name);
      entry.quote ??= evidence.section === "experience" && inBody(index, evidence.offset) ? quote(evidence.snippet) : null;
      byRole.set(index, entry);
    }
  }
  return [...byRole.entries()]
    .sort((a, b) => b[1].skills.length - a[1].skills.length || a[0] - b[0])
    .slice(0, MAX_ROLE_LINES)
    .flatMap(([index, entry]) => {
      const role = profile.experience[index];
      const name = role ? roleName(role) : null;
      if (!role || !name) return [];
      const span = roleSpan(role);
      return [`${name}${span ? ` (${span})` : ""}: ${andList(entry.skills)}${entry.quote ? ` — ${entry.quote}` : ""}.`];
    });
}

/** Must-haves shown outside any dated role (a summary or projects line), with a quote. */
function otherMustHaveStrengths(input: ExplanationInput, covered: ReadonlySet<string>): string[] {
  // Credentials shown only in a certifications section are said by the credentials line.
  const credentials = input.result.facts.credentials !== undefined;
  const rest = shownMustHaves(input.result).filter(
    (skill) => !covered.has(skill.name) && !(credentials && skill.evidence.every((e) => e.section === "certifications")),
  );
  if (rest.length === 0) return [];
  const first = rest[0]?.evidence[0];
  return [
    `Outside the dated roles (summary, projects): ${andList(rest.map((skill) => skill.name))}${first ? ` — ${quote(first.snippet)}` : ""}.`,
  ];
}

function yearsStrengths(result: EvaluationResult): string[] {
  const { relevantYears, totalYears, requiredYears } = result.facts;
  const out: string[] = [];
  if (requiredYears !== null && relevantYears >= requiredYears && relevantYears > 0)
    out.push(
      `About ${years(relevantYears)} of relevant experience (${years(totalYears)} in total), meeting the ${yearsNumber(requiredYears)}+ asked for.`,
    );
  else if (requiredYears === null && relevantYears >= 1)
    out.push(`About ${years(relevantYears)} of relevant experience (${years(totalYears)} in total).`);
  for (const scoped of result.facts.scopedYears ?? []) {
    if (scoped.years >= scoped.required)
      out.push(`${years(scoped.years)} of ${scoped.name} experience, meeting the ${yearsNumber(scoped.required)} asked for.`);
  }
  return out;
}

function degreeStrength(input: ExplanationInput): string[] {
  const want = input.requirements?.degree;
  const education = input.result.components.find((component) => component.key === "education");
  if (!want || want.level === "none" || !education || education.score < 0.9 || !input.profile) return [];
  const highest = input.profile.highestDegree;
  if (DEGREE_RANK[highest] < DEGREE_RANK[want.level])
    return [`No ${degreeLabel(want.level)} listed, but the relevant years stand in for it as the posting allows.`];
  const held = input.profile.education.find((entry) => entry.completed && entry.level === highest);
  const field = held?.field ? ` in ${held.field}` : "";
  return [`Holds ${withArticle(degreeLabel(highest))}${field}; the posting asks for ${withArticle(degreeLabel(want.level))}.`];
}

function credentialStrengths(credentials: readonly CredentialFact[]): string[] {
  const held = credentials.filter((c) => c.status === "held").map((c) => c.name);
  return held.length > 0 ? [`Holds ${andList(held)}, as the posting asks.`] : [];
}

function strengths(input: ExplanationInput): string[] {
  const { result } = input;
  const roleLines = roleStrengths(input);
  const covered = new Set(
    roleLines.length > 0
      ? shownMustHaves(result)
          .filter((s) => s.evidence.some((e) => roleAt(input.profile, e.offset) >= 0))
          .map((s) => s.name)
      : [],
  );
  const nice = result.matchedNiceToHave.filter((skill) => !inSkillsListOnly(skill)).map((skill) => skill.name);
  return [
    ...roleLines,
    ...otherMustHaveStrengths(input, covered),
    ...yearsStrengths(result),
    ...degreeStrength(input),
    ...credentialStrengths(result.facts.credentials ?? []),
    ...(nice.length > 0 ? [`Nice-to-haves shown: ${andList(nice, 5)}.`] : []),
  ];
}

function yearsGaps(result: EvaluationResult): string[] {
  const { relevantYears, totalYears, requiredYears } = result.facts;
  const out: string[] = [];
  if (requiredYears !== null && relevantYears < requiredYears) {
    const total = totalYears > relevantYears + 0.5 ? ` (${years(totalYears)} in total, the rest in other work)` : "";
    const shown = relevantYears < 0.1 ? "No relevant experience" : `About ${years(relevantYears)} of relevant experience`;
    out.push(`${shown} against the ${yearsNumber(requiredYears)}+ asked for${total}.`);
  }
  const overallShort = out.length > 0;
  for (const scoped of result.facts.scopedYears ?? []) {
    // None of a scope on a resume already short of relevant years repeats the line above.
    if (scoped.years < scoped.required && !(overallShort && scoped.years < 0.1))
      out.push(`${years(scoped.years)} of ${scoped.name} experience against the ${yearsNumber(scoped.required)} asked for.`);
  }
  return out;
}

function degreeGap(input: ExplanationInput): string[] {
  const want = input.requirements?.degree;
  const education = input.result.components.find((component) => component.key === "education");
  if (!want || want.level === "none" || !education || education.score >= 0.9) return [];
  if (input.result.knockouts.some((k) => k.code === "missing_required_degree")) return [];
  const fields = cleanFields(want.fields);
  const asked = `${degreeLabel(want.level)}${fields ? ` in ${fields}` : ""}${want.orEquivalentExperience ? " or equivalent experience" : ""}`;
  const level = input.profile?.highestDegree ?? "none";
  if (DEGREE_RANK[level] >= DEGREE_RANK[want.level]) {
    // A field mismatch is worth a line only against named fields: "a technical field" cannot be checked by name.
    if (!fields || fields.startsWith("a ")) return [];
    const held = input.profile?.education.find((entry) => entry.completed && entry.level === level);
    const heldField = held?.field ? ` in ${held.field}` : "";
    return [`Holds ${withArticle(degreeLabel(level))}${heldField}, not in ${fields}.`];
  }
  const has = level === "none" ? "lists no completed degree" : `lists ${withArticle(degreeLabel(level))}`;
  const equivalent = want.orEquivalentExperience ? ", and not yet the relevant years that would stand in for it" : "";
  return [`The posting ${want.required ? "requires" : "prefers"} ${withArticle(asked)}; the resume ${has}${equivalent}.`];
}

function seniorityGap(input: ExplanationInput): string[] {
  const seniority = input.result.components.find((component) => component.key === "seniority");
  const level = input.requirements?.seniority;
  if (!seniority || seniority.score >= 0.75 || !level) return [];
  // Only worth saying of someone in the field: for an off-field resume the skills gap is the message.
  const mustHave = input.result.components.find((component) => component.key === "mustHave");
  if (input.result.facts.relevantYears < 1 || (mustHave && mustHave.score < 0.3)) return [];
  const latest = latestRole(input.profile);
  const title = latest?.title ? `the most recent title (${latest.title})` : "the titles on the resume";
  return [`The role is ${level}-level; ${title} suggests a more junior level.`];
}

function credentialGaps(credentials: readonly CredentialFact[]): string[] {
  // Required licences are knockouts; here the required certificates and anything pending or lapsed.
  const accepted = credentials.filter((c) => c.required && c.pendingAccepted).map((c) => c.name);
  const certificates = credentials.filter((c) => c.required && !c.license && !c.pendingAccepted && !c.verifyAtOffer);
  const absent = certificates.filter((c) => c.status === "missing" || c.status === "sought" || c.status === "unstated").map((c) => c.name);
  const pending = certificates.filter((c) => c.status === "pending").map((c) => c.name);
  const expired = certificates.filter((c) => c.status === "expired").map((c) => c.name);
  const disclaimed = certificates.filter((c) => c.status === "disclaimed").map((c) => c.name);
  return [
    ...(disclaimed.length > 0 ? [`The resume says the candidate does not hold ${andList(disclaimed)}.`] : []),
    ...(absent.length > 0 ? [`Required certification not shown as held: ${andList(absent)}.`] : []),
    ...(pending.length > 0 ? [`Required certification still pending: ${andList(pending)}.`] : []),
    ...(expired.length > 0 ? [`Required certification expired: ${andList(expired)}.`] : []),
    ...(accepted.length > 0
      ? [`${andList(accepted)}: applied for, not held yet; the posting accepts that, so check it is granted before the start date.`]
      : []),
  ];
}

function gaps(input: ExplanationInput): string[] {
  const { result } = input;
  // A required licence missing is a knockout: said there, not again among the gaps.
  const licences = (result.facts.credentials ?? []).filter((c) => c.required && c.license && c.status !== "held").map((c) => c.name);
  const missing = result.missingMustHave.map((skill) => skill.name).filter((name) => !licences.some((licence) => licence.includes(name)));
  return [
    ...(missing.length > 0
      ? [`Missing ${missing.length} of ${mustHaveTotal(input)} must-haves: ${andList(missing, 6)} — not found anywhere on the resume.`]
      : []),
    ...titleSkillGaps(result.missingNiceToHave, input.requirements),
    ...yearsGaps(result),
    ...degreeGap(input),
    ...seniorityGap(input),
    ...credentialGaps(result.facts.credentials ?? []),
  ];
}

function licenceKnockout(result: EvaluationResult, fallback: string): string[] {
  const licences = (result.facts.credentials ?? []).filter((c) => c.required && c.license && c.status !== "held" && !c.pendingAccepted);
  if (licences.length === 0) return [fallback];
  const names = (statuses: readonly string[]) => licences.filter((c) => statuses.includes(c.status)).map((c) => c.name);
  const lines: string[] = [];
  const absent = names(["missing", "sought"]);
  if (absent.length > 0) lines.push(`Required licence not on the resume: ${andList(absent)}.`);
  const unstated = names(["unstated"]);
  if (unstated.length > 0)
    lines.push(`${andList(unstated)} is named but never stated as held (no number, issuing state or licences section).`);
  const pending = licences.filter((c) => c.status === "pending" && !c.transferFrom).map((c) => c.name);
  if (pending.length > 0) lines.push(`${andList(pending)} is pending, not held yet.`);
  for (const c of licences.filter((l) => l.transferFrom))
    lines.push(`${c.name}: registered with ${c.transferFrom}, not with the regulator the posting requires (pending transfer).`);
  const expired = names(["expired"]);
  if (expired.length > 0) lines.push(`${andList(expired)} has expired.`);
  const disclaimed = names(["disclaimed"]);
  if (disclaimed.length > 0) lines.push(`The resume says the candidate does not hold ${andList(disclaimed)}.`);
  return lines;
}

function knockouts(input: ExplanationInput): string[] {
  const want = input.requirements?.degree;
  return input.result.knockouts.flatMap((knockout) => {
    switch (knockout.code) {
      case "missing_required_license":
        return licenceKnockout(input.result, knockout.message);
      case "missing_required_degree":
        return [
          `The posting requires ${withArticle(want ? degreeLabel(want.level) : "degree")} with no equivalent-experience alternative; the resume lists ${
            input.profile && input.profile.highestDegree !== "none"
              ? `${withArticle(degreeLabel(input.profile.highestDegree))}`
              : "no completed degree"
          }.`,
        ];
      default:
        // Location and sponsorship knockouts are already written in plain words by the scorer.
        return [knockout.message];
    }
  });
}

const ESTIMATE_BASIS: Record<string, string> = {
  stated: "the total the resume states",
  graduation: "the years since graduation",
  "role-count": "the number of roles listed",
};

function uncertainties(input: ExplanationInput): string[] {
  const { result, profile } = input;
  const out: string[] = [];
  const note = eligibilityNote(eligibilityStatus(input.requirements, profile?.contact.location ?? null, input.text ?? ""));
  if (note) out.push(note);
  const listed = result.matchedMustHave.filter(inSkillsListOnly).map((skill) => skill.name);
  if (listed.length > 0)
    out.push(`${andList(listed)} ${listed.length > 1 ? "are" : "is"} named only in a skills list, not in any described role.`);
  for (const related of result.relatedSkills ?? [])
    out.push(`${related.required} is credited only through the related ${related.via} (${Math.round(related.credit * 100)}% credit).`);
  const basis = profile?.estimatedYearsBasis ? ESTIMATE_BASIS[profile.estimatedYearsBasis.basis] : undefined;
  if (result.facts.yearsEstimated)
    out.push(
      `No role on the resume is dated: the ${years(result.facts.totalYears)} of experience are estimated${basis ? ` from ${basis}` : ""}.`,
    );
  // Beside dated roles, the undated ones' shares are the estimate.
  const undated = result.facts.yearsEstimated ? null : undatedRolesNote(profile, basis);
  if (undated) out.push(undated);
  const copied = result.facts.flaggedSpans ?? [];
  if (copied.length > 0)
    out.push(`${copied.length} passage${copied.length > 1 ? "s repeat" : " repeats"} the job posting word for word and did not count.`);
  if (result.facts.keywordStuffing)
    out.push(
      `The skills list names ${profile ? `${profile.skills.length} skills, ` : ""}far more than the described work shows; the score is capped.`,
    );
  if (profile?.hiddenText && profile.hiddenText.chars > 0)
    out.push(`The file holds ${profile.hiddenText.chars} characters a reader cannot see; they were not scored.`);
  for (const c of (result.facts.credentials ?? []).filter((x) => x.transferFrom))
    out.push(
      `${c.name}: the resume shows registration with ${c.transferFrom}, another jurisdiction than the posting's; check that it can be transferred before the start date.`,
    );
  const toVerify = (result.facts.credentials ?? []).filter((c) => c.required && c.verifyAtOffer).map((c) => c.name);
  if (toVerify.length > 0) out.push(`Verify at offer: ${andList(toVerify)} (resumes rarely state it; not held against the candidate).`);
  return out;
}

/** The hiring manager's explanation of one stored evaluation. */
export function buildExplanation(input: ExplanationInput): Explanation {
  const unique = (lines: string[]) => [...new Set(lines)];
  return {
    headline: headline(input),
    strengths: unique(strengths(input)),
    gaps: unique(gaps(input)),
    knockouts: unique(knockouts(input)),
    uncertainties: unique(uncertainties(input)),
  };
}

/** The explanation as plain lines, one per section, for exports (a CSV cell). */
export function explanationLines(explanation: Explanation): string[] {
  const section = (title: string, lines: readonly string[]) => (lines.length > 0 ? [`${title}: ${lines.join(" ")}`] : []);
  return [
    explanation.headline,
    ...section("Knockouts", explanation.knockouts),
    ...section("Strengths", explanation.strengths),
    ...section("Gaps", explanation.gaps),
    ...section("To check", explanation.uncertainties),
  ];
}

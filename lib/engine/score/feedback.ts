// Candidate feedback (addressed to the candidate; the hiring manager reads the
// explanation of explanation.ts instead) and the recruiter summary, built from
// the scorer's findings with templates (no network). The `FeedbackProvider` interface lets an LLM-based
// writer replace the templates later: it receives the same structured findings,
// so it can only rephrase and prioritise what the engine actually found.
import type { Knockout, MatchedSkill, MissingSkill, Verdict } from "./schema";
import { JUNIOR_FULL, type ScopedYearsCheck } from "./components";
import type { ComponentFacts } from "./components";
import type { PreparedJob, PreparedResume } from "./prepare";

export interface FeedbackFindings {
  job: PreparedJob;
  resume: PreparedResume;
  facts: ComponentFacts;
  score: number;
  verdict: Verdict;
  knockouts: Knockout[];
  matchedMustHave: MatchedSkill[];
  missingMustHave: MissingSkill[];
  matchedNiceToHave: MatchedSkill[];
  missingNiceToHave: MissingSkill[];
  findings: { experience: string; education: string };
}

export interface FeedbackOutput {
  /** 3–6 concrete suggestions addressed to the candidate. */
  feedback: string[];
  /** Two sentences for the recruiter. */
  summary: string;
}

/**
 * Pluggable feedback writer. The engine's own (template) provider is synchronous;
 * an LLM provider would be asynchronous and applied after scoring with
 * `applyFeedbackProvider`, keeping scoring itself pure and offline.
 */
export interface FeedbackProvider {
  readonly id: string;
  generate(input: FeedbackFindings): FeedbackOutput | Promise<FeedbackOutput>;
}

export interface SyncFeedbackProvider extends FeedbackProvider {
  generate(input: FeedbackFindings): FeedbackOutput;
}

function list(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  const base = shown.length <= 1 ? (shown[0] ?? "") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : base;
}

function fmtYears(y: number): string {
  return (Math.round(y * 10) / 10).toFixed(1).replace(/\.0$/, "");
}

/** "1.4 of the 2 years of Critical Care (ICU) experience asked for": the skill as the taxonomy names it (Python, Excel, Figma stay proper nouns). */
export function scopedYearsGap(c: ScopedYearsCheck): string {
  return `${fmtYears(c.years)} of the ${fmtYears(c.required)} years of ${c.name} experience asked for`;
}

function roleLabel(resume: PreparedResume, index: number): string | null {
  const r = resume.roles[index];
  if (!r) return null;
  if (r.employer) return `your ${r.employer} role`;
  if (r.title) return `your ${r.title} role`;
  return null;
}

/** The role a suggestion should point at: the most relevant one, else the most recent. */
function targetRole(input: FeedbackFindings): string {
  const { resume, facts } = input;
  const idx = Math.max(0, facts.experience.bestRole);
  return roleLabel(resume, idx) ?? "the most relevant role on your resume";
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function jobName(job: PreparedJob): string {
  return job.requirements.title ? `the ${job.requirements.title} role` : "the role";
}

/** Required credentials the resume shows as pending, expired or absent: one line per resume line that says so. */
function credentialLines(input: FeedbackFindings): string[] {
  const { job, facts } = input;
  const out: string[] = [];
  const notHeld = new Map<string, { status: "pending" | "expired" | "elsewhere"; snippet: string | null; names: string[] }>();
  for (const c of facts.certifications.checks) {
    if (!c.req.required || (c.status !== "pending" && c.status !== "expired")) continue;
    const status = c.otherState ? "elsewhere" : c.status;
    const key = `${status}\n${c.snippet ?? c.req.name}`;
    const entry = notHeld.get(key) ?? { status, snippet: c.snippet, names: [] };
    entry.names.push(c.req.name);
    notHeld.set(key, entry);
  }
  for (const { status, snippet, names } of notHeld.values()) {
    const shown = snippet ? ` ("${snippet.length > 120 ? `${snippet.slice(0, 117)}…` : snippet}")` : "";
    const one = names.length === 1;
    out.push(
      status === "elsewhere"
        ? `${list(names, 4)} ${one ? "is" : "are"} held in another state on your resume${shown}; ${jobName(job)} needs ${one ? "it" : "them"} in its own state by the start date — if you have applied for licensure there (by endorsement), add the application and its date.`
        : status === "pending"
          ? `${list(names, 4)} ${one ? "is" : "are"} pending on your resume${shown}; ${jobName(job)} requires ${one ? "it" : "them"} held by the start date — if ${one ? "it has" : "they have"} been granted since, update the line with the license or certificate number and issue date.`
          : `${list(names, 4)} ${one ? "is" : "are"} expired on your resume${shown}; ${jobName(job)} requires ${one ? "it" : "them"} current — if you have renewed ${one ? "it" : "them"}, give the new expiry date.`,
    );
  }
  const missingRequired = facts.certifications.checks.filter((c) => c.req.required && c.status === "missing");
  if (missingRequired.length > 0) {
    const names = list(
      missingRequired.map((c) => c.req.name),
      4,
    );
    const one = missingRequired.length === 1;
    out.push(
      `${capitalise(jobName(job))} requires ${names}, which ${one ? "does" : "do"} not appear on your resume — if you hold ${one ? "it" : "them"}, list ${one ? "it" : "them"} under Certifications/Licenses with the issuing body, number or state, and expiry date.`,
    );
  }
  return out;
}

/** Location and sponsorship knockouts: what the candidate can correct if the resume is out of date. */
function eligibilityLines(input: FeedbackFindings): string[] {
  const out: string[] = [];
  if (input.knockouts.some((k) => k.code === "location")) {
    out.push(
      "This job admits candidates from named countries only and your resume places you elsewhere — if you are relocating, already authorized to work there, or the location on your resume is out of date, say so next to your contact details.",
    );
  }
  if (input.knockouts.some((k) => k.code === "work_authorization")) {
    out.push(
      "This employer cannot sponsor work visas and your resume says you need sponsorship — if your work authorization has changed (green card, citizenship, a work permit without sponsorship), state it near the top.",
    );
  }
  return out;
}

/** Must-haves absent, shown only through a related skill, only listed, or only partly credited. */
function mustHaveLines(input: FeedbackFindings, role: string): string[] {
  const { resume, facts } = input;
  const out: string[] = [];
  const relatedOnly: string[] = [];
  const absent: string[] = [];
  for (const miss of input.missingMustHave) {
    const m = facts.mustHave.matches.find((x) => (x.req.ids[0] ?? "") === miss.id);
    if (m?.skill && m.source && m.source.via !== "exact") {
      relatedOnly.push(
        `The role requires ${miss.name}; your resume shows ${m.skill.name}, which is related but not the same — if you have used ${miss.name}, say where (for example in ${role}).`,
      );
    } else absent.push(miss.name);
  }
  if (absent.length > 0) {
    const names = list(absent, 3);
    const them = absent.length === 1 ? "it" : "them";
    out.push(
      `The role requires ${names}; none of your roles mention ${them} — add the ${absent.length === 1 ? `${absent[0]} ` : ""}work from ${role} if you did it, or describe the closest equivalent you have done and its result.`,
    );
  }
  out.push(...relatedOnly.slice(0, 1));

  const listedOnly = input.matchedMustHave.filter((m) => resume.skills.get(m.matchedId)?.listedOnly === true);
  if (listedOnly.length > 0) {
    const names = listedOnly.map((m) => m.matchedName);
    const plural = names.length > 1;
    out.push(
      `${list(names)} ${plural ? "are" : "is"} only listed, not shown in any role — add a bullet to the role where you used ${plural ? "them" : "it"} (what you did, at what scale, with what result) so ${plural ? "they count" : "it counts"} as experience.`,
    );
  }

  // A related skill stands in for a required one: worth naming the real one if the candidate has it.
  const p = input.matchedMustHave.find((m) => m.via === "related" && m.credit < 0.6);
  if (p) {
    out.push(
      `You show ${p.matchedName}; the role asks for ${p.name} — if you have hands-on ${p.name} experience, name it explicitly in the role where you gained it.`,
    );
  }
  return out;
}

/** Years short (overall or scoped), level below the role's, degree not shown. */
function experienceLines(input: FeedbackFindings, role: string): string[] {
  const { job, facts } = input;
  const out: string[] = [];
  const e = facts.experience;
  const scopedGap = e.scoped.find((c) => c.credit < 1);
  if (scopedGap) {
    out.push(
      `We count ${scopedYearsGap(scopedGap)} — give the roles where you did this work start and end dates and name it in the role title or bullets (the unit, the stack, the market).`,
    );
  }
  if (e.score < 0.95 && !(scopedGap && e.relevantYears >= e.requiredYears)) {
    const what = job.requirements.title ? job.requirements.title.replace(/\s*[(,—–-].*$/, "") : "role-relevant";
    out.push(
      `The role asks for ${fmtYears(e.requiredYears)}+ years of ${what} experience and we count about ${fmtYears(e.relevantYears)} relevant years — give every relevant job (including contract, freelance or part-time work) start and end dates and describe the ${what}-type work you did in it.`,
    );
  }
  // Only worth saying to someone in the field: for an off-field resume the skills gap is the message.
  if (facts.seniority.score < 0.75 && e.relevantYears >= 1 && facts.mustHave.score >= 0.3) {
    out.push(
      `The role is pitched above the level your recent titles suggest — highlight scope you owned in ${role}: projects you led, decisions you made, people you mentored.`,
    );
  }
  if (facts.education.applicable && !facts.education.met) {
    out.push(
      job.requirements.degree?.orEquivalentExperience
        ? "The role asks for a degree or equivalent experience — make the equivalent experience explicit (years, scope, training and certifications completed)."
        : "The role asks for a degree you do not list — if you have one (or are completing one), add it with the field and year.",
    );
  }
  return out;
}

/** How the resume presents the work: stuffed skills lists, nice-to-haves, numbers, summary, wording, order. */
function presentationLines(input: FeedbackFindings, role: string): string[] {
  const { job, resume } = input;
  const out: string[] = [];
  if (resume.keywordStuffing) {
    out.push(
      `Your skills list names ${resume.profile.skills.length} skills but your roles describe few of them — trim it to what you have really used and tie each key skill to a role or project.`,
    );
  }
  if (input.missingNiceToHave.length > 0) {
    out.push(
      `Nice-to-haves for this role you do not mention: ${list(
        input.missingNiceToHave.map((m) => m.name),
        4,
      )} — add any you have used, with where you used them.`,
    );
  }
  if (resume.quantifiedBullets < 2 && resume.roles.length > 0) {
    out.push(
      `Add measurable results to the bullets of ${role} (percentages, volumes, revenue, time saved) — your experience entries state few numbers.`,
    );
  }
  if (!resume.profile.sections.some((s) => s.kind === "summary")) {
    out.push(
      `Open with a two-line summary aimed at ${jobName(job)}: your years in the field, the core skills it asks for that you have, and one result you are proud of.`,
    );
  }
  out.push(
    `Mirror the job's own wording where it is true for you (for example "${list(job.must.slice(0, 3).map((r) => r.name)) || job.requirements.title || "the job title"}") in your role bullets, not only in a skills list.`,
  );
  out.push("Put your most relevant role and its achievements first, so a screener sees the match in the first few lines.");
  return out;
}

/** 3–6 suggestions to the candidate, most consequential first: credentials, eligibility, skills, experience, presentation. */
export function buildFeedback(input: FeedbackFindings): string[] {
  const role = targetRole(input);
  const out = [
    ...credentialLines(input),
    ...eligibilityLines(input),
    ...mustHaveLines(input, role),
    ...experienceLines(input, role),
    ...presentationLines(input, role),
  ];
  return [...new Set(out)].slice(0, 6);
}

export function buildSummary(input: FeedbackFindings): string {
  const { job, facts } = input;
  const nMust = job.must.filter((r) => !r.fromTitle).length;
  const gotMust = input.matchedMustHave.length;
  const listedMust = input.matchedMustHave.filter((m) => input.resume.skills.get(m.matchedId)?.listedOnly === true).length;
  const y = facts.experience.relevantYears;
  const req = facts.experience.statedYears;
  const first =
    nMust > 0
      ? `Scores ${input.score}/100 (${input.verdict}): shows ${gotMust} of ${nMust} must-have skills${
          gotMust > 0
            ? ` (${list(
                input.matchedMustHave.map((m) => m.name),
                4,
              )}${listedMust > 0 ? `; ${listedMust} only listed, not shown in a role` : ""})`
            : ""
        } and about ${fmtYears(y)} years of relevant experience${req !== null ? ` against ${fmtYears(req)}+ required` : ""}.`
      : `Scores ${input.score}/100 (${input.verdict}) with about ${fmtYears(y)} years of relevant experience${req !== null ? ` against ${fmtYears(req)}+ required` : ""}.`;
  const gaps: string[] = [];
  for (const k of input.knockouts) gaps.push(k.message.replace(/\.$/, "").replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  const missingCerts = facts.certifications.checks.filter((c) => c.req.required && !c.req.license && c.status === "missing");
  if (missingCerts.length > 0) gaps.push(`required certification not listed: ${missingCerts.map((c) => c.req.name).join(", ")}`);
  const notHeldCerts = facts.certifications.checks.filter(
    (c) => c.req.required && !c.req.license && (c.status === "pending" || c.status === "expired"),
  );
  if (notHeldCerts.length > 0) gaps.push(`required certification pending or expired: ${notHeldCerts.map((c) => c.req.name).join(", ")}`);
  if (input.missingMustHave.length > 0) gaps.push(`missing ${list(input.missingMustHave.map((m) => m.name))}`);
  const scopedGap = facts.experience.scoped.find((c) => c.credit < 1);
  if (scopedGap) gaps.push(`shows ${scopedYearsGap(scopedGap)}`);
  else if (facts.experience.score < 0.8) gaps.push("short on relevant years");
  if (facts.experience.seniorityRatio < JUNIOR_FULL) gaps.push("far too junior for the stated minimum (score capped)");
  if (facts.seniority.score < 0.75) gaps.push("below the job's seniority");
  if (input.resume.keywordStuffing) gaps.push("long skills list not backed by described work");
  const second = gaps.length > 0 ? `Main gaps: ${gaps.slice(0, 3).join("; ")}.` : "No major gaps against the stated requirements.";
  return `${first} ${second}`;
}

export const templateFeedback: SyncFeedbackProvider = {
  id: "template-v1",
  generate(input: FeedbackFindings): FeedbackOutput {
    return { feedback: buildFeedback(input), summary: buildSummary(input) };
  },
};

// Builders for unit tests: a small hand-built taxonomy and helpers that build a
// consistent resume text + ResumeProfile pair (offsets computed from the text).
import type { TaxonomySkill } from "../skills/taxonomy-schema";
import type { DegreeLevel, ExperienceEntry, JobRequirements, ResumeProfile, SectionKind } from "../types";
import type { SkillLookup } from "./skill-graph";

const SKILLS: TaxonomySkill[] = [
  { id: "sql", name: "SQL", category: "data_ml", aliases: [], broader: [], related: [] },
  { id: "postgresql", name: "PostgreSQL", category: "data_ml", aliases: ["Postgres"], broader: ["sql"], related: ["mysql"] },
  { id: "mysql", name: "MySQL", category: "data_ml", aliases: [], broader: ["sql"], related: ["postgresql"] },
  { id: "python", name: "Python", category: "software", aliases: [], broader: [], related: [] },
  { id: "apache-spark", name: "Apache Spark", category: "data_ml", aliases: ["Spark", "PySpark"], broader: [], related: [] },
  { id: "apache-airflow", name: "Apache Airflow", category: "data_ml", aliases: ["Airflow"], broader: [], related: [] },
  { id: "kafka", name: "Kafka", category: "data_ml", aliases: [], broader: [], related: [] },
  { id: "terraform", name: "Terraform", category: "cloud_devops", aliases: [], broader: [], related: [] },
  { id: "react", name: "React", category: "software", aliases: ["ReactJS"], broader: [], related: ["vue"] },
  { id: "vue", name: "Vue.js", category: "software", aliases: ["Vue"], broader: [], related: ["react"] },
  { id: "typescript", name: "TypeScript", category: "software", aliases: ["TS"], broader: [], related: [] },
  { id: "excel", name: "Excel", category: "professional", aliases: [], broader: [], related: [] },
  {
    id: "registered-nurse",
    name: "Registered Nurse (RN)",
    category: "credential",
    aliases: ["RN", "Registered Nurse"],
    broader: [],
    related: [],
    credential: true,
  },
  { id: "patient-care", name: "Patient care", category: "healthcare", aliases: [], broader: [], related: [] },
  { id: "critical-care", name: "Critical Care (ICU)", category: "healthcare", aliases: ["ICU"], broader: [], related: ["telemetry"] },
  { id: "telemetry", name: "Telemetry", category: "healthcare", aliases: ["Progressive Care"], broader: [], related: ["critical-care"] },
  {
    id: "hemodynamic-monitoring",
    name: "Hemodynamic Monitoring",
    category: "healthcare",
    aliases: [],
    broader: ["critical-care"],
    related: [],
  },
];

export const testLookup: SkillLookup = {
  getSkill: (id) => SKILLS.find((s) => s.id === id),
  allSkills: () => SKILLS,
};

export interface RoleSpec {
  title: string;
  employer: string;
  start: string;
  end: string;
  bullets: string[];
  /** Skill ids mentioned in the bullets (their names must appear in the bullets). */
  skills?: string[];
  kind?: ExperienceEntry["kind"];
}

export interface ResumeSpec {
  name?: string;
  summary?: string;
  skillsList?: string[];
  roles?: RoleSpec[];
  degree?: { level: DegreeLevel; field: string } | null;
  certifications?: string[];
}

function monthsBetween(a: string, b: string): number {
  const [ay = 0, am = 1] = a.split("-").map(Number);
  const [by = 0, bm = 1] = b.split("-").map(Number);
  return Math.max(0, (by - ay) * 12 + (bm - am));
}

/** Resume text written section by section, with the sections and skill mentions it holds so far. */
interface Draft {
  text: string;
  sections: ResumeProfile["sections"];
  mentions: Map<string, { offset: number; section: SectionKind; role: number | null }[]>;
}

const nameOf = (id: string) => testLookup.getSkill(id)?.name ?? id;

function mention(d: Draft, id: string, offset: number, section: SectionKind, role: number | null): void {
  d.mentions.set(id, [...(d.mentions.get(id) ?? []), { offset, section, role }]);
}

/** Writes a section: its heading, then the body, then records where it spans. */
function section(d: Draft, kind: SectionKind, heading: string, body: () => void): void {
  const start = d.text.length;
  d.text += `${heading}\n`;
  body();
  d.sections.push({ kind, heading, startOffset: start, endOffset: d.text.length });
}

function writeSkillsList(d: Draft, ids: readonly string[]): void {
  const parts: string[] = [];
  for (const id of ids) {
    mention(d, id, d.text.length + parts.join(", ").length + (parts.length ? 2 : 0), "skills", null);
    parts.push(nameOf(id));
  }
  d.text += `${parts.join(", ")}\n`;
}

function writeRole(d: Draft, r: RoleSpec, i: number): ExperienceEntry {
  const startOffset = d.text.length;
  d.text += `${r.title} — ${r.employer}\n${r.start} – ${r.end}\n`;
  for (const b of r.bullets) {
    const lineStart = d.text.length + 2;
    d.text += `- ${b}\n`;
    for (const id of r.skills ?? []) {
      const at = b.toLowerCase().indexOf(nameOf(id).toLowerCase());
      if (at >= 0) mention(d, id, lineStart + at, "experience", i);
    }
  }
  const titleWords = ` ${r.title.toLowerCase().replace(/[^a-z0-9.+#()]+/g, " ")} `;
  return {
    skills: [...(r.skills ?? [])],
    titleSkills: SKILLS.filter((k) => [k.name, ...k.aliases].some((n) => titleWords.includes(` ${n.toLowerCase()} `))).map((k) => k.id),
    title: r.title,
    employer: r.employer,
    location: null,
    start: r.start,
    end: r.end,
    current: false,
    months: monthsBetween(r.start, r.end),
    startOffset,
    endOffset: d.text.length,
    kind: r.kind ?? "full_time",
  };
}

/** The profile's skills from the mentions written: evidence, sections, years and last year of use. */
function profileSkills(d: Draft, experience: readonly ExperienceEntry[]): ResumeProfile["skills"] {
  return [...d.mentions.entries()].map(([id, ms]) => {
    const roleIdx = [...new Set(ms.map((m) => m.role).filter((r): r is number => r !== null))];
    const years = roleIdx.length ? roleIdx.reduce((s, i) => s + (experience[i]?.months ?? 0), 0) / 12 : null;
    const last = roleIdx.length ? Math.max(...roleIdx.map((i) => Number((experience[i]?.end ?? "0").slice(0, 4)))) : null;
    return {
      id,
      name: nameOf(id),
      category: testLookup.getSkill(id)?.category ?? "software",
      evidence: ms.map((m) => ({ snippet: d.text.slice(m.offset, m.offset + 60), offset: m.offset, section: m.section })),
      sections: [...new Set(ms.map((m) => m.section))],
      inExperience: roleIdx.length > 0,
      years,
      lastUsedYear: last,
    };
  });
}

/** Builds resume text and a profile whose offsets, sections and skill evidence agree with the text. */
export function buildResume(spec: ResumeSpec): { text: string; profile: ResumeProfile } {
  const d: Draft = { text: `${spec.name ?? "Alex Example"}\n`, sections: [], mentions: new Map() };
  const { summary, skillsList, roles, degree, certifications: certs } = spec;
  if (summary) section(d, "summary", "SUMMARY", () => (d.text += `${summary}\n`));
  if (skillsList?.length) section(d, "skills", "SKILLS", () => writeSkillsList(d, skillsList));
  const experience: ExperienceEntry[] = [];
  if (roles?.length) {
    section(d, "experience", "EXPERIENCE", () => {
      for (const [i, r] of roles.entries()) experience.push(writeRole(d, r, i));
    });
  }
  const education: ResumeProfile["education"] = [];
  if (degree) {
    section(d, "education", "EDUCATION", () => (d.text += `${degree.level} in ${degree.field}, State University, 2015\n`));
    education.push({
      level: degree.level,
      degree: degree.level,
      field: degree.field,
      institution: "State University",
      year: 2015,
      completed: true,
    });
  }
  const certifications: ResumeProfile["certifications"] = [];
  if (certs?.length) {
    section(d, "certifications", "CERTIFICATIONS", () => {
      for (const c of certs) {
        certifications.push({ id: null, name: c, evidence: { snippet: c, offset: d.text.length, section: "certifications" } });
        d.text += `${c}\n`;
      }
    });
  }
  const profile: ResumeProfile = {
    schemaVersion: 1,
    contact: { name: spec.name ?? "Alex Example", email: null, phone: null, location: null, links: [] },
    headline: roles?.[0]?.title ?? null,
    sections: d.sections,
    experience,
    totalYearsExperience: experience.reduce((s, e) => s + e.months, 0) / 12,
    education,
    highestDegree: degree?.level ?? "none",
    certifications,
    skills: profileSkills(d, experience),
    languages: [],
  };
  return { text: d.text, profile };
}

export function buildJob(over: Partial<JobRequirements> = {}): JobRequirements {
  return {
    schemaVersion: 1,
    title: "Data Engineer",
    seniority: null,
    mustHaveSkills: ["python", "apache-spark", "apache-airflow", "sql"],
    niceToHaveSkills: ["kafka", "terraform"],
    minYearsExperience: 4,
    maxYearsExperience: null,
    degree: null,
    certifications: [],
    location: null,
    workAuthorization: null,
    employmentType: null,
    ...over,
  };
}

export const DATA_JOB_TEXT = `Data Engineer
We are hiring a data engineer to build batch and streaming data pipelines.
Requirements: 4+ years building data pipelines with Python, Apache Spark and Apache Airflow; strong SQL and data modeling.
Nice to have: Kafka, Terraform.`;

/** A dated data engineering role whose bullet evidences the data job's must-haves. */
export const dataEngineerRole = (start = "2019-01", end = "2026-01"): RoleSpec => ({
  title: "Data Engineer",
  employer: "Acme",
  start,
  end,
  bullets: ["Built data pipelines in Python with Apache Spark and Apache Airflow; SQL data modeling."],
  skills: ["python", "apache-spark", "apache-airflow", "sql"],
});

/** An ICU nurse posting with a years requirement scoped to critical care (tests of scoped years and the junior cap). */
export const ICU_JOB_TEXT = `ICU Registered Nurse
Requirements: at least 2 years of RN experience in an adult ICU; Registered Nurse license.`;
export const icuJob = buildJob({
  title: "ICU Registered Nurse",
  mustHaveSkills: ["critical-care", "patient-care"],
  niceToHaveSkills: [],
  minYearsExperience: 2,
  scopedYears: [{ minYears: 2, groups: [["critical-care"]], text: "at least 2 years of RN experience in an adult ICU" }],
});

/** An ICU nurse posting that requires an RN licence (tests of how a licence is read as held, pending or transferred). */
export const rnLicenceJob = buildJob({
  title: "ICU Registered Nurse",
  mustHaveSkills: ["critical-care", "patient-care"],
  niceToHaveSkills: [],
  certifications: [{ id: null, name: "RN license", required: true }],
});

/** A dated ICU nursing role whose title and bullet evidence critical care. */
export const icuRole = (start: string, end: string, kind?: RoleSpec["kind"]): RoleSpec => ({
  title: "ICU Registered Nurse",
  employer: "Mercy Hospital",
  start,
  end,
  bullets: ["Critical Care (ICU) nursing: patient care for two ventilated patients per shift."],
  skills: ["critical-care", "patient-care"],
  ...(kind ? { kind } : {}),
});

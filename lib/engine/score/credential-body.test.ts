import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { scoreResume } from "./index";
import { registeringBodies } from "./prepare";

const NOW = new Date("2026-11-15T00:00:00Z");

const JOB = `Orthoptist
Harbourview Eye Clinic is hiring an orthoptist.

Requirements
- Bachelor of Orthoptics or equivalent
- You must hold registration with the Orthoptic Practitioners Board of Ruritania (OPBR)
- 2+ years of clinical orthoptic experience`;

const SHORT_JOB = `Dental Technician
Requirements
- Current KDTC registration is required (Kestrel Dental Technicians Council (KDTC))
- 2+ years in a dental laboratory`;

const resume = (line: string) => `Sam Tester
sam@example.com

${line}

EXPERIENCE
Orthoptist — Lakeside Hospital, Ruritania
Jan 2020 – Present
- Assessed binocular vision and ocular motility for 30 patients a week.

EDUCATION
Bachelor of Orthoptics, Ruritania University, 2019`;

function credentialFound(jobText: string, line: string): boolean {
  const text = resume(line);
  const r = scoreResume({
    profile: parseResume(text, { now: NOW }),
    requirements: parseJobDescription(jobText),
    resumeText: text,
    jobText,
  });
  return /^1 of 1/.test(r.components.find((c) => c.key === "certifications")?.detail ?? "");
}

describe("a registration with a named body", () => {
  it("reads the body's name and abbreviation from the posting", () => {
    const bodies = registeringBodies("Orthoptic Practitioners Board of Ruritania (OPBR) registration", JOB);
    expect(bodies).toEqual(expect.arrayContaining(["OPBR", "Orthoptic Practitioners Board of Ruritania"]));
    expect(registeringBodies("state registration", JOB)).toEqual([]);
  });

  it.each([
    "Registered Orthoptist (OPBR)",
    "OPBR registration no. 48812",
    "OPBR reg. no. 4471",
    "Registered with the Orthoptic Practitioners Board of Ruritania",
  ])("counts as held when the resume states it: %s", (line) => {
    expect(credentialFound(JOB, line)).toBe(true);
  });

  it("counts the body's abbreviation for a posting that names the registration by it", () => {
    expect(credentialFound(SHORT_JOB, "Registered Dental Technician (KDTC), licence no. 20931")).toBe(true);
  });

  it.each([
    "",
    "Objective: to become registered with the OPBR",
    "Eligible for OPBR registration",
    "Working towards registration with the OPBR",
    "Seeking a role while my registration with the OPBR is processed",
    "Bachelor of Orthoptics (OPBR-accredited programme)",
  ])("does not count from a goal, a step on the way or the body named alone: %j", (line) => {
    expect(credentialFound(JOB, line)).toBe(false);
  });
});

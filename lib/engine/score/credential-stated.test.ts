import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { certificationFit } from "./components";
import { prepareJob, prepareResume } from "./prepare";
import { createScorer } from "./scorer";
import { prepareJob as prepareJobReal } from "./index";
import { buildJob, testLookup } from "./test-helpers";

const JOB_TEXT = `ICU Registered Nurse
- Registered Nurse (RN) license required
- Critical care experience`;
const requirements = buildJob({
  title: "ICU Registered Nurse",
  mustHaveSkills: ["critical-care"],
  niceToHaveSkills: [],
  certifications: [{ id: null, name: "RN license", required: true }],
});
const job = prepareJob(
  buildJob({
    title: "ICU Registered Nurse",
    mustHaveSkills: ["critical-care"],
    niceToHaveSkills: [],
    certifications: [{ id: null, name: "RN license", required: true }],
  }),
  JOB_TEXT,
  testLookup,
);

function resumeText(body: string, nameLine = "Dana Lee"): string {
  return `${nameLine}\nMilwaukee, WI · dana.lee@example.com · (414) 555-0134\n\n${body}\n`;
}

/** Status of the RN requirement for a resume whose header is Dana Lee's and whose body is `body`. */
function rnStatus(body: string, nameLine = "Dana Lee"): string | undefined {
  const text = resumeText(body, nameLine);
  const resume = prepareResume(parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) }), text);
  return certificationFit(job, resume).checks[0]?.status;
}

const ROLE = `EXPERIENCE
Patient Care Technician — Mercy Hospital
Jan 2020 – Present
- Cared for ICU patients on a 24-bed unit`;

describe("a licence counts as held only where the resume states it as held", () => {
  it.each([
    ["a licences section", `${ROLE}\n\nLICENSES & CERTIFICATIONS\nRN\nBLS`],
    ["a licence number", `${ROLE}\n- Float RN on nights, license #RN-448812`],
    ["an issuing state", `${ROLE}\n- Charge RN (Wisconsin) for the step-down unit`],
    ["an issuing board", `${ROLE}\n- RN, Wisconsin Board of Nursing`],
    ["'licensed'", `SUMMARY\nLicensed RN with four years in critical care.\n\n${ROLE}`],
    ["'license, active'", `SUMMARY\nRN license, active, expires 2028.\n\n${ROLE}`],
  ])("held from %s", (_, body) => {
    expect(rnStatus(body)).toBe("held");
  });

  it("held as a post-nominal after the name", () => {
    expect(rnStatus(ROLE, "Dana Lee, RN, BSN")).toBe("held");
  });

  it.each([
    ["an objective", `OBJECTIVE\nSeeking a Registered Nurse (RN) position in an ICU.\n\n${ROLE}`],
    ["a review course", `${ROLE}\n\nEDUCATION\nBSN, UW–Milwaukee, 2025\nRN review course (Kaplan), 2025`],
    ["'eligible'", `${ROLE}\n\nEDUCATION\nBSN, UW–Milwaukee, 2025 — NCLEX-RN eligible`],
    ["a role's title", `EXPERIENCE\nICU RN — Mercy Hospital\nJan 2020 – Present\n- Cared for ICU patients on a 24-bed unit`],
    ["a plain mention in a bullet", `${ROLE}\n- Worked alongside the RN team on rounds`],
  ])("not held from %s", (_, body) => {
    expect(rnStatus(body)).not.toBe("held");
  });

  it.each([
    ["'not licensed'", `SUMMARY\nPatient care technician, not licensed as an RN.\n\n${ROLE}`],
    ["'no RN license'", `SUMMARY\nFour years on an ICU; no RN license.\n\n${ROLE}`],
    ["'unlicensed'", `SUMMARY\nUnlicensed RN graduate (BSN 2025).\n\n${ROLE}`],
    ["'RN licence pending' under the name", ROLE, "Dana Lee\nRN licence pending"],
    ["'No RN' in the lines under the name", ROLE, "Dana Lee\nPatient Care Technician · No RN"],
  ])("not held when the resume says it is not: %s", (_, body, nameLine = "Dana Lee") => {
    expect(rnStatus(body, nameLine)).not.toBe("held");
  });

  it("a role's single year is not the year a licence was awarded", () => {
    expect(rnStatus(`EXPERIENCE\nICU RN — Mercy Hospital, 2021\n- Cared for ICU patients on a 24-bed unit`)).not.toBe("held");
  });

  it("a headline under the name that only names the job is not a statement that the licence is held", () => {
    expect(rnStatus(ROLE, "Dana Lee\nAspiring ICU nurse · Registered Nurse track")).not.toBe("held");
  });

  it("a course inside a certifications section is still a course", () => {
    expect(rnStatus(`${ROLE}\n\nCERTIFICATIONS\nRN exam prep course, 2025\nBLS`)).not.toBe("held");
  });

  it("a role's 'Present' is not the licence's status", () => {
    expect(rnStatus(`EXPERIENCE\nRN — Mercy Hospital, 2020 – Current\n- Cared for ICU patients`)).not.toBe("held");
  });
});

describe("the knockout says why a named licence does not count", () => {
  const scorer = createScorer(testLookup);
  const knockout = (body: string) => {
    const text = resumeText(body);
    const profile = parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) });
    return scorer.scoreResume({ requirements, jobText: JOB_TEXT, profile, resumeText: text }).knockouts[0]?.message ?? "";
  };

  it("a role title alone: named but never stated as held", () => {
    expect(knockout("EXPERIENCE\nICU RN — Mercy Hospital\nJan 2020 – Present\n- Cared for ICU patients")).toContain(
      "named but never stated as held",
    );
  });

  it("a goal alone: not found, not a pending licence", () => {
    const message = knockout(`OBJECTIVE\nSeeking a Registered Nurse (RN) position in an ICU.\n\n${ROLE}`);
    expect(message).toContain("not found");
    expect(message).not.toContain("pending");
  });
});

describe("a credential's words inside an issuing body's name", () => {
  // The real taxonomy: its LCSW aliases include "licensed social worker".
  const lcswJob = prepareJobReal(
    buildJob({
      title: "Outpatient Therapist",
      mustHaveSkills: [],
      niceToHaveSkills: [],
      certifications: [{ id: "lcsw", name: "Licensed Clinical Social Worker (LCSW)", required: true }],
    }),
    "Outpatient Therapist\n- Current LCSW license in Oregon required",
  );
  const lcswStatus = (body: string, nameLine = "Dana Lee") => {
    const text = resumeText(body, nameLine);
    const resume = prepareResume(parseResume(text, { now: new Date(Date.UTC(2026, 10, 1)) }), text);
    return certificationFit(lcswJob, resume).checks[0]?.status;
  };

  it("do not state the credential as held ('Oregon Board of Licensed Social Workers' is the issuer)", () => {
    const associate =
      "REGISTRATION\nClinical Social Work Associate, Oregon Board of Licensed Social Workers (2024)\nGoal: obtain the LCSW in 2027";
    expect(lcswStatus(associate)).not.toBe("held");
    // The candidate's own licence line, with the same board, still counts.
    expect(lcswStatus("LICENSES\nLicensed Clinical Social Worker (LCSW), Oregon Board of Licensed Social Workers, 2022")).toBe("held");
  });

  it("a master's degree after the name is not the license its alias names ('MSW licensure' is not 'MSW')", () => {
    expect(lcswStatus("EDUCATION\nMaster of Social Work, 2024", "Dana Lee, MSW")).not.toBe("held");
    expect(lcswStatus("EDUCATION\nMaster of Social Work, 2024", "Dana Lee, MSW, LCSW")).toBe("held");
  });
});

// The lines under the candidate's name: a licence named there counts as held only as a credential
// suffix ("Dana Lee, RN") or as a plain title a role or a licence number backs, never as a goal.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { getSkill, getTaxonomy } from "../skills/taxonomy";
import { certificationFit } from "./components";
import { scoreResume } from "./index";
import { prepareJob, prepareResume } from "./prepare";

const NOW = new Date(Date.UTC(2026, 10, 1));
const JOB_TEXT = `ICU Registered Nurse
Requirements:
- Active Registered Nurse (RN) license required
- Critical care experience`;
const requirements = parseJobDescription(JOB_TEXT);
const job = prepareJob(requirements, JOB_TEXT, { getSkill, allSkills: () => getTaxonomy().skills });

const AIDE_ROLE = `EXPERIENCE
Patient Care Assistant — Mercy Hospital
Jan 2020 – Present
- Cared for ICU patients on a 24-bed unit`;
const RN_ROLE = `EXPERIENCE
Registered Nurse — Mercy Hospital
Jan 2020 – Present
- Cared for ICU patients on a 24-bed unit`;

const resumeText = (head: string, body: string) => `${head}\nMilwaukee, WI · dana.lee@example.com · (414) 555-0134\n\n${body}\n`;

function rnStatus(head: string, body = AIDE_ROLE): string | undefined {
  const text = resumeText(head, body);
  return certificationFit(job, prepareResume(parseResume(text, { now: NOW }), text)).checks[0]?.status;
}

describe("a licence in the lines under the name", () => {
  it("the job asks for the RN licence by its taxonomy id", () => {
    expect(requirements.certifications).toEqual([expect.objectContaining({ id: "registered-nurse", required: true })]);
  });

  it.each([
    ["Dana Lee\nRegistered Nurse candidate"],
    ["Dana Lee\nAspiring Registered Nurse | Seeking RN role"],
    ["Dana Lee\nFuture Registered Nurse"],
    ["Dana Lee\nRegistered Nurse in training"],
    ["Dana Lee\nRN Student"],
    ["Dana Lee\nNursing student | Registered Nurse"],
    ["Dana Lee\nNCLEX-eligible Registered Nurse"],
    ["Dana Lee\nPre-licensure RN"],
  ])("%j is a goal or a stage of training, not a held licence", (head) => {
    expect(rnStatus(head)).not.toBe("held");
    // Even with a licence number elsewhere, a goal stays a goal.
    expect(rnStatus(head, `${AIDE_ROLE}\n\nLICENSES\nWisconsin Board of Nursing, License No. 448812`)).not.toBe("held");
  });

  it("a plain title alone, with no role or licence number behind it, is not a held licence", () => {
    expect(rnStatus("Dana Lee\nRegistered Nurse")).toBe("unstated");
    expect(rnStatus("Dana Lee\nRegistered Nurse | ICU | BLS")).toBe("unstated");
  });

  it.each([
    ["a credential suffix after the name", "Dana Lee, RN", AIDE_ROLE],
    ["a line of post-nominal letters", "Dana Lee\nRN, BSN", AIDE_ROLE],
    ["a credential suffix on a line that goes on to name the next job", "Dana Lee, RN — seeking an ICU charge role", AIDE_ROLE],
    ["a plain title and a role with that title", "Dana Lee\nRegistered Nurse", RN_ROLE],
    ["a title with a specialty and a role with that title", "Dana Lee\nICU Registered Nurse | BLS", RN_ROLE],
    [
      "a plain title and a licence number",
      "Dana Lee\nRegistered Nurse",
      `${AIDE_ROLE}\n\nLICENSES\nWisconsin Board of Nursing, License No. 448812`,
    ],
  ])("held from %s", (_, head, body) => {
    expect(rnStatus(head, body)).toBe("held");
  });

  it("the knockout stands for an aspiring nurse and is lifted for a nurse whose roles back the title", () => {
    const knockouts = (head: string, body: string) => {
      const text = resumeText(head, body);
      return scoreResume({ requirements, jobText: JOB_TEXT, profile: parseResume(text, { now: NOW }), resumeText: text }).knockouts.map(
        (k) => k.code,
      );
    };
    expect(knockouts("Dana Lee\nAspiring Registered Nurse", AIDE_ROLE)).toContain("missing_required_license");
    expect(knockouts("Dana Lee\nFuture Registered Nurse", AIDE_ROLE)).toContain("missing_required_license");
    expect(knockouts("Dana Lee\nRegistered Nurse", RN_ROLE)).not.toContain("missing_required_license");
  });
});

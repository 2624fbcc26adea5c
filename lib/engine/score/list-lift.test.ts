import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../parse/job";
import { parseResume } from "../parse/resume";
import { scoreResume } from "./index";

const NOW = new Date("2026-11-15T00:00:00Z");

const JOB = `Irrigation Technician
Willowmere Landscapes is hiring an irrigation technician to install and repair commercial irrigation systems.

Responsibilities
- Install, test and repair irrigation systems, backflow preventers and drip lines across commercial sites
- Troubleshoot irrigation controllers, valves and wiring, and keep service records
- Read site plans and hydrozone layouts

Requirements
- 3+ years of irrigation installation and repair
- Backflow testing, irrigation controllers, drip irrigation, trenching
- Valid driver's licence`;

const resume = (bullet: string, tail = "") => `Jordan Sample
jordan@example.com

EXPERIENCE
Cashier — Brightmart Grocery, Springfield
Mar 2019 – Present
- Served 200 customers a shift at the till and balanced the cash drawer every evening.
${bullet}
- Restocked shelves and handled returns and exchanges at the service desk.

EDUCATION
High School Diploma, Springfield High School, 2018
${tail}`;

const requirements = parseJobDescription(JOB);
const semantic = (text: string) => {
  const r = scoreResume({ profile: parseResume(text, { now: NOW }), requirements, resumeText: text, jobText: JOB });
  return { semantic: r.components.find((c) => c.key === "semantic")?.score ?? 0, score: r.score };
};
const KEYWORDS = "Irrigation Systems, Backflow Testing, Irrigation Controllers, Drip Irrigation, Trenching, Hydrozone Layouts";

describe("lists bounded by the described work", () => {
  it("a keyword bullet of the posting's requirements barely moves the wording of unrelated work", () => {
    const base = semantic(resume(""));
    const gamed = semantic(resume(`- ${KEYWORDS}`));
    expect(gamed.semantic - base.semantic).toBeLessThanOrEqual(0.1);
  });

  it("a skills section naming the posting's requirements does not make a cashier's work read like the job", () => {
    const base = semantic(resume(""));
    const listed = semantic(resume("", `\nSKILLS\n${KEYWORDS}`));
    expect(listed.semantic - base.semantic).toBeLessThanOrEqual(0.1);
  });

  it("keeps the skills section of a resume whose roles describe the work", () => {
    const work = `Irrigation Technician — Greenway Grounds, Springfield
Mar 2019 – Present
- Installed and repaired commercial irrigation systems and drip lines on 40 sites; tested backflow preventers every spring.
- Troubleshot irrigation controllers, valves and wiring, and kept service records for each site.
- Read site plans and laid out hydrozones before trenching.`;
    const text = resume("", "").replace(/Cashier[\s\S]*?desk\./, work);
    const withList = `${text}\nSKILLS\n${KEYWORDS}`;
    expect(semantic(withList).semantic).toBeGreaterThanOrEqual(semantic(text).semantic - 0.01);
    expect(semantic(withList).semantic).toBeGreaterThan(0.5);
  });
});

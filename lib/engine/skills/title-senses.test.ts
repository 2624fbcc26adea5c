// Forms that name another role or level than the skill they used to stand for.
import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "./matcher";

const ids = (text: string): string[] =>
  getDefaultSkillMatcher()
    .match(text)
    .map((m) => m.id);

describe("occupation titles and credentials read in their own sense", () => {
  it("reads a midwife as the practice of midwifery, not the US nurse-midwife credential", () => {
    const found = ids("Community midwife wanted for our birth centre team.");
    expect(found).toContain("midwifery");
    expect(found).not.toContain("cnm");
    expect(ids("Certified Nurse Midwife (CNM) with a current licence")).toContain("cnm");
  });

  it("reads SLPA as the assistant's licence, not the pathologist's", () => {
    expect(ids("Current SLPA licence required.")).toEqual(["slpa-license"]);
    expect(ids("CCC-SLP required.")).toEqual(["slp-license"]);
  });

  it("reads a teaching assistant as classroom support, not university teaching", () => {
    expect(ids("Experience as a teaching assistant in a primary school")).toEqual(["classroom-support"]);
  });

  it("reads advanced Excel as Excel, and document review as eDiscovery only next to legal work", () => {
    expect(ids("Advanced Excel and PowerPoint")).toContain("microsoft-excel");
    expect(ids("Advanced Excel and PowerPoint")).not.toContain("excel-data-analysis");
    expect(ids("Perform document review of batch records and SOPs")).not.toContain("ediscovery");
    expect(ids("Document review in Relativity for litigation matters")).toContain("ediscovery");
  });

  it("names the practice field of an occupation outside software", () => {
    expect(ids("We are hiring a mine surveyor for our open-pit site.")).toContain("practice-mine-surveying");
    expect(ids("Marine biologist for a coastal survey")).toContain("practice-marine-biology");
    expect(ids("Early years teacher for a nursery class")).toContain("early-years");
    expect(ids("Town planner, local authority")).toContain("urban-planning");
    expect(ids("Speech and language therapist for a community clinic")).toContain("speech-language-pathology");
  });
});

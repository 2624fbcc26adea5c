import { describe, expect, it } from "vitest";
import { getDefaultSkillMatcher } from "./matcher";

const matcher = getDefaultSkillMatcher();
const ids = (text: string) => new Set(matcher.match(text, { listContext: () => false }).map((m) => m.id));

describe("domain skills of non-software occupations", () => {
  it("reads a quantity surveyor's cost and contract terms", () => {
    const found = ids("Prepared bills of quantities and cost plans; ran interim valuations and agreed final accounts under NEC4.");
    for (const id of ["bills-of-quantities", "cost-planning", "interim-valuations", "final-accounts", "nec-contracts"])
      expect(found).toContain(id);
  });

  it("reads a community pharmacist's dispensing system and services", () => {
    const found = ids("Dispensed 280 prescriptions daily; MedsCheck reviews, minor ailment prescribing and opioid agonist therapy.");
    for (const id of ["medication-review", "minor-ailment-prescribing", "opioid-agonist-therapy"]) expect(found).toContain(id);
    // "Kroll" is also a company: a dispensing system only in a skills list.
    const listed = matcher.match("Kroll, FillWare", { listContext: () => true }).map((m) => m.id);
    expect(listed).toContain("pharmacy-dispensing-software");
  });

  it("reads speech pathology and employee-relations methods", () => {
    const slp = ids("Speech pathologist: AAC device trials, Lidcombe Program for stuttering, aphasia therapy.");
    for (const id of ["aac", "fluency-disorders", "aphasia"]) expect(slp).toContain(id);
    const er = ids("HR advisor handling disciplinary hearings, absence management and TUPE consultations.");
    for (const id of ["disciplinary-grievance", "absence-management", "tupe"]) expect(er).toContain(id);
  });

  it("reads languages named in a languages line", () => {
    const found = ids("Languages: English, Tongan, Kannada, Te Reo Māori");
    for (const id of ["tongan", "kannada", "te-reo-maori"]) expect(found).toContain(id);
  });

  it("does not read an everyday word as a domain skill", () => {
    const found = ids("I enjoy cooking and grill the occasional steak; my brakes squeaked on the way to the interview.");
    expect(found).not.toContain("kitchen-stations");
    expect(found).not.toContain("brake-systems");
  });
});

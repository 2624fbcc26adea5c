import { describe, expect, it } from "vitest";
import { lexiconNamesRole } from "./role-title";

describe("lexiconNamesRole", () => {
  it.each([
    "Leading Hand HD Fitter",
    "HD Fitter - Karratha Plant Hire",
    "Apprentice Boilermaker",
    "Leading Hand",
    "Locum GP",
    "Relief Teacher",
    "Disability Support Worker",
    "Dental Prosthetist (AHPRA registered)",
    "Senior Truck Driver",
  ])("reads %s as a role", (text) => {
    expect(lexiconNamesRole(text)).toBe(true);
  });

  it.each([
    "Led a team of fitters",
    "Worked as a Welder at Redrock",
    "Excavators, Graders, Loaders, Dozers",
    "Excavator",
    "Karratha Plant Hire",
    "Certifications: CPA (Oregon, 2021)",
    "Customer Service",
    "OS",
  ])("does not read %s as a role", (text) => {
    expect(lexiconNamesRole(text)).toBe(false);
  });
});

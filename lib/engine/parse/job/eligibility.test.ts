// Who may apply, when a posting names the nationalities and blocs that hold the right to work. Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";

const countries = (text: string) => [...(parseJobDescription(text).eligibility?.countries ?? [])].sort();

describe("nationality lists", () => {
  it("reads nationalities and blocs listed in a right-to-work sentence as the countries admitted", () => {
    expect(
      countries(
        "Site Engineer\nGalway, Ireland\n\nYou need the right to live and work in Ireland without sponsorship: Irish, EU/EEA and Swiss citizens, UK citizens or Stamp 4 holders.",
      ),
    ).toEqual(["EEA", "EU", "Ireland", "Switzerland", "United Kingdom"]);
    expect(
      countries("Payroll Clerk\nRemote\n\nApplicants must be South African citizens or permanent residents with the right to work."),
    ).toEqual(["South Africa"]);
    expect(countries("Analyst\nRemote\n\nEU/EEA right to work only; we cannot sponsor visas.")).toEqual(["EEA", "EU"]);
  });

  it("reads a place written as 'X-based' beside the citizens admitted", () => {
    expect(
      countries("Support Lead\nRemote\n\nOpen to Singapore citizens/PRs and Malaysia-based candidates with the right to work there."),
    ).toEqual(["Malaysia", "Singapore"]);
  });

  it("does not read nationalities outside a right-to-work sentence or inside its explaining parenthesis", () => {
    expect(countries("Engineer\nLeeds, UK\n\nOur clients include Swiss and German citizens abroad.")).toEqual(["United Kingdom"]);
    expect(
      countries("Chef\nCork, Ireland\n\nYou must have the right to work in Ireland (Irish, UK, EU/EEA or Swiss citizens, or Stamp 4)."),
    ).toEqual(["Ireland"]);
  });
});

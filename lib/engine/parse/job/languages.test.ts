// Spoken languages asked for by their bare names ("Welsh speaker essential", "must speak Punjabi"): read as
// the language, at the tier of their clause. Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";

const posting = (essential: string, desirable: string) =>
  `Customer Advisor\nAcme Ltd | Cardiff\n\nThe role\n- Answer customer calls\n\nEssential\n- 2 years of customer service experience\n${essential}\n\nDesirable\n${desirable}\n`;

describe("spoken languages", () => {
  it("reads a language named with a speaking cue as a must-have in a requirement list", () => {
    for (const line of ["- Welsh speaker essential", "- Must speak Welsh", "- Spoken and written Welsh"]) {
      const r = parseJobDescription(posting(line, "- Experience with Zendesk"));
      expect(r.mustHaveSkills, line).toContain("welsh");
    }
  });

  it("reads the languages joined to a cued one, and a preferred language as a nice-to-have", () => {
    const r = parseJobDescription(posting("- Fluent in Punjabi or Urdu", "- Cantonese would be an advantage"));
    expect(r.mustHaveGroups).toContainEqual(["punjabi", "urdu"]);
    expect(r.niceToHaveSkills).toContain("cantonese");
    expect(r.mustHaveSkills).not.toContain("cantonese");
  });

  it("does not read a nationality or a cuisine as a language", () => {
    const r = parseJobDescription(posting("- Experience in a Welsh restaurant serving Punjabi food", "- Zendesk"));
    expect(r.mustHaveSkills).not.toContain("welsh");
    expect(r.mustHaveSkills).not.toContain("punjabi");
  });
});

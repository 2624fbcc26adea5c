// Field roles (mobile engineers, travelling technicians) are done at sites, never remote; "remote" that
// describes equipment or places says nothing about where the work is done. Snippets are made up.
import { describe, expect, it } from "vitest";
import { parseJobDescription } from "../job";

describe("field roles and remote things", () => {
  it("reads a mobile engineer with a company van covering a region as on site", () => {
    const r = parseJobDescription(
      [
        "Refrigeration Service Engineer",
        "Coolco Ltd | North West (mobile) | £40,000",
        "",
        "The role",
        "You will service integral and remote display cabinets, working from a company van and covering your own patch.",
        "",
        "Essential",
        "- 3 years of commercial refrigeration experience",
      ].join("\n"),
    );
    expect(r.location?.workplace).toBe("onsite");
  });

  it("does not read 'remote monitoring' or 'remote communities' as remote work, but still reads a remote role", () => {
    const duty = "Nurse\nAcme Health\n\nThe role\nYou will run remote monitoring clinics for remote communities.\n\nRequirements\n- RN";
    expect(parseJobDescription(duty).location?.workplace ?? null).not.toBe("remote");
    const remote = "Data Analyst\nAcme\n\nThe role\nThis is a fully remote position.\n\nRequirements\n- SQL";
    expect(parseJobDescription(remote).location?.workplace).toBe("remote");
  });

  it("reads a fly-in fly-out roster as on site", () => {
    const r = parseJobDescription(
      [
        "Auto Electrician - FIFO Bowen Basin - 8:6 roster",
        "Coalface Services | Brisbane / FIFO to site | $60 per hour",
        "",
        "What you need",
        "- Trade qualified auto electrician",
      ].join("\n"),
    );
    expect(r.location?.workplace).toBe("onsite");
  });
});

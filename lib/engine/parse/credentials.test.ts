import { describe, expect, it } from "vitest";
import { credentialStatus, type MentionPlace, rolesTitledWith, statedAsHeld, statesLicenceNumber, usStatesIn } from "./credentials";

/** Status of the first occurrence of `name` in `line`; `others` are further credentials named in the same line. */
function statusOf(line: string, name: string, others: string[] = []) {
  const at = line.indexOf(name);
  if (at < 0) throw new Error(`"${name}" not in "${line}"`);
  const spans = others.map((o) => {
    const i = line.indexOf(o);
    return { start: i, end: i + o.length };
  });
  return credentialStatus(line, at, at + name.length, spans);
}

describe("credential status from its clause", () => {
  it.each([
    ["Wisconsin RN license — application submitted / pending", "RN"],
    ["Wisconsin RN license by endorsement: application submitted October 2026.", "RN"],
    ["CPA (exam candidate, 2 of 4 sections passed)", "CPA"],
    ["CPA candidate — 3 of 4 sections passed", "CPA"],
    ["PE — expected 2027", "PE"],
    ["PE license expected in 2027", "PE"],
    ["ACLS (scheduled May 2026)", "ACLS"],
    ["ACLS — scheduled for 03/2027", "ACLS"],
    ["Eligible for the PE exam in 2027", "PE"],
    ["NCLEX-RN eligible", "NCLEX-RN"],
    ["Working towards CPA licensure", "CPA"],
    ["Working toward the PMP", "PMP"],
    ["CFA Level II candidate", "CFA"],
    ["CPA — in progress", "CPA"],
    ["Registered for the CPA exam (FAR, Jan 2027)", "CPA"],
    ["Pursuing the CISSP", "CISSP"],
    ["RN licensure pending", "RN"],
    ["CPA: not yet licensed", "CPA"],
    ["my ACOT application under Canadian labour mobility has been submitted", "ACOT"],
    ["ACOT registration (expected before March", "ACOT"],
  ])("%s → pending", (line, name) => {
    expect(statusOf(line, name)).toBe("pending");
  });

  it.each([
    ["BLS, expired 2023", "BLS"],
    ["BLS (expired)", "BLS"],
    ["RN license — inactive", "RN"],
    ["CPA license lapsed in 2022", "CPA"],
    ["ACLS — no longer current", "ACLS"],
    ["PMP (not renewed)", "PMP"],
  ])("%s → expired", (line, name) => {
    expect(statusOf(line, name)).toBe("expired");
  });

  it.each([
    ["BLS, renewed 2025", "BLS"],
    ["PE, valid through 2027", "PE"],
    ["RN license — active, expires 2027", "RN"],
    ["Illinois RN license (active)", "RN"],
    ["BLS expired 2023, renewed 2025", "BLS"],
    ["CPA, Oregon #12345", "CPA"],
    ["Registered Nurse, Wisconsin (2026)", "Registered Nurse"],
    ["New graduate Registered Nurse (licensed October 2026)", "Registered Nurse"],
    ["BLS (American Heart Association)", "BLS"],
    ["Exceeded expected targets while supervising 12 RN staff", "RN"],
    ["RN; eligible to work in the US without sponsorship", "RN"],
    ["CPA. Studying for the CFA Level I exam", "CPA"],
  ])("%s → held", (line, name) => {
    expect(statusOf(line, name)).toBe("held");
  });

  it("reads each credential's own clause in a list", () => {
    const line = "BLS, ACLS (scheduled May 2026), PALS";
    expect(statusOf(line, "BLS", ["ACLS", "PALS"])).toBe("held");
    expect(statusOf(line, "ACLS", ["BLS", "PALS"])).toBe("pending");
    expect(statusOf(line, "PALS", ["BLS", "ACLS"])).toBe("held");
    expect(statusOf("CPA, working towards the CFA", "CPA", ["CFA"])).toBe("held");
    expect(statusOf("CPA, working towards the CFA", "CFA", ["CPA"])).toBe("pending");
    const text = "Illinois RN license (active). Wisconsin RN license: application submitted.";
    const second = text.lastIndexOf("RN");
    expect(credentialStatus(text, text.indexOf("RN"), text.indexOf("RN") + 2)).toBe("held");
    expect(credentialStatus(text, second, second + 2)).toBe("pending");
  });
});

describe("US states named with a license", () => {
  it("finds full state names, longest first, and nothing in plain text", () => {
    expect(usStatesIn("RN license in Wisconsin or a multistate license")).toEqual(["wisconsin"]);
    expect(usStatesIn("West Virginia RN; New York PE")).toEqual(["west virginia", "new york"]);
    expect(usStatesIn("RN license #123456 (active)")).toEqual([]);
  });
});

describe("a credential named as a goal is not held", () => {
  it.each([
    ["Objective: seeking a Registered Nurse (RN) position in an ICU.", "RN", ["Registered Nurse"]],
    ["Objective: seeking a Registered Nurse (RN) position in an ICU.", "Registered Nurse", ["RN"]],
    ["Aspiring CPA looking for a staff accountant role", "CPA", []],
    ["Nursing student (BSN) preparing for the RN", "RN", []],
  ])("%s → %s sought", (line, name, others) => {
    expect(statusOf(line, name, others)).toBe("sought");
  });

  it("a goal named after a held credential leaves it held", () => {
    expect(statusOf("Jane Doe, RN, BSN, seeking a nurse practitioner role", "RN")).toBe("held");
  });
});

describe("goal words elsewhere in the sentence", () => {
  it("precepting students does not make the preceptor's licence a goal", () => {
    expect(statusOf("Precepted 9 nursing students as charge RN", "RN")).toBe("held");
  });
});

describe("a credential stated as held, not merely named", () => {
  const body: MentionPlace = { section: "experience", lineBefore: "", name: "Jane Doe" };
  it.each([
    ["license #RN-448812", body],
    ["License No. 4471203", body],
    ["(Wisconsin)", body],
    ["multistate compact", body],
    ["Wisconsin Board of Nursing", body],
    ["licensed 2019", body],
    ["license, active", body],
    ["", { ...body, section: "certifications" } as MentionPlace],
    ["", { section: null, lineBefore: "Jane Doe, ", name: "Jane Doe" } as MentionPlace],
    [", BSN", { section: null, lineBefore: "Jane Doe, MSN, ", name: "Jane Doe" } as MentionPlace],
    ["CCRN", { section: null, lineBefore: "Jane Doe ", name: "Jane Doe" } as MentionPlace],
    ["| BLS | ACLS", { section: "header", lineBefore: "Multistate ", name: "Jane Doe" } as MentionPlace],
    ["(2016)", { ...body, section: "education" } as MentionPlace],
    ["— University of Leeds, 2018", { ...body, section: "education" } as MentionPlace],
  ])("%j stated as held", (clause, place) => {
    expect(statedAsHeld(clause, place)).toBe(true);
  });

  it.each([
    ["— Mercy Hospital, 2020 – Current", body],
    ["— Mercy Hospital, Jan 2019 – Mar 2023", body],
    ["review course (Kaplan)", body],
    ["exam prep course", { ...body, section: "certifications" } as MentionPlace],
    ["team on rounds", body],
    ["", { section: "skills", lineBefore: "", name: "Jane Doe" } as MentionPlace],
    ["", { section: null, lineBefore: "Worked with Jane Doe on the ", name: "Jane Doe" } as MentionPlace],
    ["", { section: null, lineBefore: "Jane Doe — ", name: "Jane Doe" } as MentionPlace],
  ])("%j only names it", (clause, place) => {
    expect(statedAsHeld(clause, place)).toBe(false);
  });
});

describe("the lines under the name", () => {
  const headline = (line: string, corroborated: boolean): MentionPlace => ({
    section: "header",
    lineBefore: line.slice(0, line.indexOf("Registered Nurse")),
    name: "Jane Doe",
    line,
    corroborated,
  });
  const clauseOf = (line: string) => line.slice(line.indexOf("Registered Nurse") + "Registered Nurse".length);

  it.each([["Registered Nurse"], ["ICU Registered Nurse | BLS"], ["Registered Nurse · Critical Care"]])(
    "%j: a plain title counts when a role or a licence number backs it, not on its own",
    (line) => {
      expect(statedAsHeld(clauseOf(line), headline(line, true))).toBe(true);
      expect(statedAsHeld(clauseOf(line), headline(line, false))).toBe(false);
    },
  );

  it.each([
    ["Aspiring Registered Nurse"],
    ["Future Registered Nurse"],
    ["Registered Nurse in training"],
    ["Nursing student | Registered Nurse"],
    ["Registered Nurse track"],
    ["Prospective Registered Nurse"],
  ])("%j never counts, whatever backs it", (line) => {
    expect(statedAsHeld(clauseOf(line), headline(line, true))).toBe(false);
  });

  it("a sentence about the candidate is not a headline title", () => {
    const line = "Registered Nurse who enjoys mentoring new staff and leading quality projects on busy wards";
    expect(statedAsHeld(clauseOf(line), headline(line, true))).toBe(false);
  });

  it("letters after the name count even when the line goes on to name the next job; 'RN student' does not", () => {
    const placeAfter = (line: string, mention: string): MentionPlace => ({
      section: "header",
      lineBefore: line.slice(0, line.indexOf(mention)),
      name: "Jane Doe",
      line,
    });
    const seeking = "Jane Doe, RN, BSN — seeking a charge nurse role";
    expect(statedAsHeld(", BSN", placeAfter(seeking, "RN"))).toBe(true);
    expect(statedAsHeld(" Student", placeAfter("Jane Doe, RN Student", "RN"))).toBe(false);
    expect(statedAsHeld("", placeAfter("Aspiring ICU nurse · RN", "RN"))).toBe(false);
  });

  it("a line of post-nominal letters counts without anything behind it", () => {
    expect(statedAsHeld(", BSN, CCRN", { section: "header", lineBefore: "", name: "Jane Doe", line: "RN, BSN, CCRN" })).toBe(true);
    expect(statedAsHeld(" Student", { section: "header", lineBefore: "", name: "Jane Doe", line: "RN Student" })).toBe(false);
  });
});

describe("what backs a headline title", () => {
  const role = (title: string, kind = "full_time", titleSkills: string[] = []) => ({ title, kind, titleSkills });

  it("a role titled with the credential, by taxonomy id or by its name as written", () => {
    expect(rolesTitledWith([role("Staff Nurse", "full_time", ["registered-nurse"])], "registered-nurse", "Registered Nurse")).toBe(true);
    expect(rolesTitledWith([role("ICU Registered Nurse")], null, "Registered Nurse")).toBe(true);
    expect(rolesTitledWith([role("Patient Care Assistant")], "registered-nurse", "Registered Nurse")).toBe(false);
    // An internship is training, not the job.
    expect(rolesTitledWith([role("Registered Nurse Intern", "internship")], null, "Registered Nurse")).toBe(false);
    // "RN" inside another word is not the title.
    expect(rolesTitledWith([role("Intern Coordinator")], null, "RN")).toBe(false);
  });

  it("a licence or registration number, not any number", () => {
    expect(statesLicenceNumber("LICENSES\nWisconsin Board of Nursing, License No. 448812")).toBe(true);
    expect(statesLicenceNumber("NMC registration 12A3456E, #1234567")).toBe(true);
    expect(statesLicenceNumber("Managed a budget of #1,200,000\nBadge ID 55501234")).toBe(false);
  });
});

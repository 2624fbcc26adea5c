import { describe, expect, it } from "vitest";
import { isMastheadLine, parseJobDescription } from "./job";

describe("the employer banner above a posting", () => {
  it("is a line of names joined by separators, not a sentence or a heading", () => {
    expect(isMastheadLine("Acme Payments · Remote")).toBe(true);
    expect(isMastheadLine("Prairie Line Freight | Terminal: Des Moines, IA")).toBe(true);
    expect(isMastheadLine("Senior Backend Engineer")).toBe(false);
    expect(isMastheadLine("We build payments infrastructure · fully remote")).toBe(false);
    expect(isMastheadLine("Go, Kubernetes and PostgreSQL.")).toBe(false);
  });

  it("names no skill of the job: the company's business is not a duty or a requirement", () => {
    const posting = "Acme Payments · Remote\nSenior Backend Engineer\n\nRequirements:\n- 5+ years with Go, Kubernetes and PostgreSQL";
    const req = parseJobDescription(posting);
    expect([...req.mustHaveSkills, ...req.niceToHaveSkills, ...(req.duties ?? [])]).not.toContain("payments");
    expect(req.mustHaveSkills).toEqual(expect.arrayContaining(["go", "kubernetes", "postgresql"]));
  });

  it("does not hide the skills of a posting with no headings", () => {
    const req = parseJobDescription("Warehouse Associate\nNorthwind Freight | Reno, NV\nForklift and pallet jack experience; RF scanners.");
    expect([...req.mustHaveSkills, ...(req.duties ?? [])]).not.toContain("transportation-management");
    expect(req.mustHaveSkills).toContain("forklift");
  });
});

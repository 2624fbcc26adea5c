import { describe, expect, it } from "vitest";
import { searchSkills } from "./search-skills";

describe("searchSkills", () => {
  it("finds a skill by an alias a recruiter types", () => {
    expect(searchSkills({ query: "K8s" })[0]).toMatchObject({ id: "kubernetes", name: "Kubernetes", matchedAlias: "K8s" });
    expect(searchSkills({ query: "golang" })[0]).toMatchObject({ id: "go", name: "Go" });
    expect(searchSkills({ query: "c sharp" })[0]).toMatchObject({ id: "c-sharp", name: "C#" });
  });

  it("puts an exact name first, then names starting with what was typed", () => {
    const found = searchSkills({ query: "Go" });
    expect(found[0]).toMatchObject({ id: "go", matchedAlias: null });
    const names = searchSkills({ query: "kube" }).map((s) => s.id);
    expect(names[0]).toBe("kubernetes");
  });

  it("lists each skill once, at most the limit, and says what kind it is", () => {
    const found = searchSkills({ query: "communication", limit: 5 });
    expect(found.length).toBeLessThanOrEqual(5);
    expect(new Set(found.map((s) => s.id)).size).toBe(found.length);
    expect(found[0]).toMatchObject({ id: "communication", kind: "soft" });
    expect(searchSkills({ query: "registered nurse" })[0]).toMatchObject({ id: "registered-nurse", kind: "credential" });
  });

  it("finds nothing for blank input or a name no skill has", () => {
    expect(searchSkills({ query: "   " })).toEqual([]);
    expect(searchSkills({ query: "Harbor Ledger" })).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import {
  buildNameIndex,
  certificationsMatch,
  classifyMust,
  classifyNice,
  type ExtractedScalars,
  type GoldJob,
  groupingErrors,
  meetsItem,
  nameForms,
  scalarCorrect,
  scorePosting,
} from "./jobs-gold-scoring";

const index = buildNameIndex([
  { id: "aws", name: "Amazon Web Services", aliases: ["AWS"] },
  { id: "python", name: "Python", aliases: ["Python 3"] },
  { id: "go", name: "Go", aliases: ["Golang"] },
  { id: "swiftui", name: "SwiftUI" },
  { id: "uikit", name: "UIKit" },
  { id: "monitoring", name: "Monitoring" },
  { id: "sales", name: "Sales" },
  { id: "helm", name: "Helm" },
  { id: "injection-molding", name: "Injection Molding", aliases: ["injection moulding"] },
  { id: "bls", name: "Basic Life Support", aliases: ["BLS"] },
  { id: "acls", name: "ACLS" },
  { id: "professional-engineer", name: "Professional Engineer (PE)" },
  { id: "private-equity", name: "Private Equity", aliases: ["PE"] },
  { id: "qa", name: "Quality Assurance" },
  { id: "qa-manufacturing", name: "Quality Assurance (Manufacturing)" },
]);
const s = (id: string, name = id) => ({ id, name });

const gold: GoldJob = {
  must: ["Amazon Web Services (AWS)", ["Python", "Go"], "Observability", "SwiftUI", "UIKit"],
  nice: ["Helm"],
  details: { Observability: ["Monitoring"] },
  context_ok: ["Kubernetes"],
  not_requirements: ["Sales"],
  min_years: 5,
  degree_required: false,
  degree_level: "bachelor",
  degree_or_equivalent: true,
  required_certifications: [["Washington State RN License", "NLC Multistate RN License"], "Basic Life Support (BLS)"],
  workplace: "remote",
  allowed_countries: ["Canada", "United States"],
  visa_sponsorship: null,
};
const text = "Remote in Canada or the US. You know AWS, Python or Go, monitoring. Sales quotes our SLOs. Helm is a plus.";

describe("job-gold scoring", () => {
  it("reads 'Name (ABBR)' as the name, the abbreviation and both", () => {
    expect(nameForms("Amazon Web Services (AWS)")).toEqual(["amazon web services aws", "amazon web services", "aws"]);
  });

  it("resolves the whole name before the parts of 'X (Y)'", () => {
    expect([...index.resolve("Professional Engineer (PE)")]).toEqual(["professional-engineer"]);
    expect([...index.resolve("PE")]).toEqual(["private-equity"]);
    expect([...index.resolve("Quality Assurance")]).toEqual(["qa"]);
    expect([...index.resolve("Amazon Web Services (AWS)")]).toEqual(["aws"]);
    expect(meetsItem(s("private-equity", "Private Equity"), "Professional Engineer (PE)", {}, index)).toBe(false);
  });

  it("meets an any-of group through any alternative, by id or alias", () => {
    expect(meetsItem(s("go", "Go"), ["Python", "Go"], {}, index)).toBe(true);
    expect(meetsItem({ id: null, name: "Golang" }, ["Python", "Go"], {}, index)).toBe(true);
    expect(meetsItem(s("aws", "Amazon Web Services"), "Amazon Web Services (AWS)", {}, index)).toBe(true);
    expect(meetsItem(s("helm", "Helm"), ["Python", "Go"], {}, index)).toBe(false);
  });

  it("credits a detail listed under an item as that item", () => {
    expect(meetsItem(s("monitoring", "Monitoring"), "Observability", gold.details, index)).toBe(true);
    expect(meetsItem(s("monitoring", "Monitoring"), "Observability", {}, index)).toBe(false);
  });

  it("classifies a wrong must-have as noise, tier error or unlabelled", () => {
    expect(classifyMust(s("sales", "Sales"), gold, text, index)).toEqual({ verdict: "not_requirement", reason: "not_requirements" });
    expect(classifyMust(s("injection-molding", "Injection Molding"), gold, text, index)).toEqual({
      verdict: "not_requirement",
      reason: "absent",
    });
    expect(classifyMust(s("helm", "Helm"), gold, text, index)).toEqual({ verdict: "tier", reason: "nice" });
    expect(classifyMust({ id: null, name: "Kubernetes" }, gold, text, index)).toEqual({ verdict: "tier", reason: "context_ok" });
    expect(classifyMust({ id: null, name: "SLOs" }, gold, text, index)).toEqual({ verdict: "unlabelled", reason: "unlabelled" });
    expect(classifyMust(s("python", "Python"), gold, text, index).verdict).toBe("correct");
  });

  it("accepts context_ok as a nice-to-have but not a must read as nice", () => {
    expect(classifyNice({ id: null, name: "Kubernetes" }, gold, text, index).correct).toBe(true);
    expect(classifyNice(s("aws", "AWS"), gold, text, index)).toEqual({ correct: false, reason: "must" });
  });

  it("finds merged and split any-of groups", () => {
    const merged = groupingErrors(gold, [[s("swiftui", "SwiftUI"), s("uikit", "UIKit")]], index);
    expect(merged.merged).toEqual(["SwiftUI or UIKit"]);
    const split = groupingErrors(gold, [[s("python", "Python")], [s("go", "Go")]], index);
    expect(split.split).toEqual(["Python | Go"]);
    expect(groupingErrors(gold, [[s("python", "Python"), s("go", "Go")]], index)).toEqual({ merged: [], split: [] });
  });

  it("needs licence alternatives kept in one group and no extra required certifications", () => {
    const wa = { id: null, name: "Washington State RN License" };
    const nlc = { id: null, name: "NLC Multistate RN Licence" };
    const bls = s("bls", "BLS");
    expect(certificationsMatch(gold.required_certifications, [[wa, nlc], [bls]], index)).toBe(true);
    expect(certificationsMatch(gold.required_certifications, [[wa], [nlc], [bls]], index)).toBe(false);
    expect(certificationsMatch(gold.required_certifications, [[wa, nlc], [bls], [s("acls", "ACLS")]], index)).toBe(false);
    expect(certificationsMatch(gold.required_certifications, [[wa, nlc]], index)).toBe(false);
  });

  it("compares scalars with null as 'not stated' and countries as sets", () => {
    const got: ExtractedScalars = {
      min_years: 5,
      degree_required: null,
      degree_level: "bachelor",
      degree_or_equivalent: true,
      required_certifications: [],
      workplace: "remote",
      allowed_countries: ["US", "Canada"],
      visa_sponsorship: null,
    };
    expect(scalarCorrect("min_years", gold, got, index)).toBe(true);
    expect(scalarCorrect("degree_required", gold, got, index)).toBe(true);
    expect(scalarCorrect("allowed_countries", gold, got, index)).toBe(true);
    expect(scalarCorrect("allowed_countries", gold, { ...got, allowed_countries: ["US"] }, index)).toBe(false);
    expect(scalarCorrect("allowed_countries", { ...gold, allowed_countries: null }, { ...got, allowed_countries: null }, index)).toBe(true);
    expect(scalarCorrect("visa_sponsorship", gold, { ...got, visa_sponsorship: false }, index)).toBe(false);
    expect(scalarCorrect("min_years", gold, { ...got, min_years: null }, index)).toBe(false);
    expect(scalarCorrect("min_years", { ...gold, min_years: 0 }, { ...got, min_years: null }, index)).toBe(true);
    expect(scalarCorrect("degree_level", { ...gold, degree_level: null }, { ...got, degree_level: "none" }, index)).toBe(true);
    // The gold has no diploma level: a post-secondary diploma is its "associate", and still not a bachelor's.
    expect(scalarCorrect("degree_level", { ...gold, degree_level: "associate" }, { ...got, degree_level: "diploma" }, index)).toBe(true);
    expect(scalarCorrect("degree_level", { ...gold, degree_level: "bachelor" }, { ...got, degree_level: "diploma" }, index)).toBe(false);
  });

  it("scores a posting: precision, recall, noise per posting and errors in words", () => {
    const score = scorePosting(
      gold,
      {
        must: [[s("aws", "Amazon Web Services")], [s("python", "Python"), s("go", "Go")], [s("sales", "Sales")]],
        nice: [s("helm", "Helm")],
        scalars: {
          min_years: 5,
          degree_required: false,
          degree_level: "bachelor",
          degree_or_equivalent: true,
          required_certifications: [],
          workplace: "remote",
          allowed_countries: ["United States"],
          visa_sponsorship: null,
        },
      },
      text,
      index,
    );
    expect(score).toMatchObject({
      mustExtracted: 4,
      mustCorrect: 3,
      mustGold: 5,
      mustCovered: 2,
      notRequirement: 1,
      niceCorrect: 1,
      niceCovered: 1,
    });
    expect(score.scalarsWrong).toEqual(["required_certifications", "allowed_countries"]);
    expect(score.errors).toContain("must missed: Observability");
    expect(score.errors).toContain("must not_requirement: Sales (not_requirements)");
  });
});

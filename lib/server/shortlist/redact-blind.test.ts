import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseResume } from "@/lib/engine/parse";
import { evaluationResultSchema } from "@/lib/engine/score/schema";
import { blindRedactor, redactEvaluationResult, redactForBlindReview } from "./redact-blind";

const TEXT = readFileSync(path.join(import.meta.dirname, "../../../e2e/fixtures/blind/blind-review-resume.txt"), "utf8");
const profile = parseResume(TEXT);

describe("redactForBlindReview", () => {
  const redacted = redactForBlindReview(profile, TEXT);

  it("removes the name, contact details and links the parser found", () => {
    expect(profile.contact.name).toBe("Greta Lindqvist");
    for (const value of ["Greta", "Lindqvist", "greta.lindqvist@example.com", "+46 70 123 45 67", "linkedin.com/in/greta-lindqvist"])
      expect(redacted).not.toContain(value);
  });

  it("removes every city and country of the candidate, wherever they appear", () => {
    for (const place of ["Uppsala", "Sweden", "Oslo", "Norway"]) expect(redacted).not.toContain(place);
  });

  it("removes the school", () => {
    expect(redacted).not.toContain("Chalmers");
    expect(redacted).not.toMatch(/University/);
  });

  it("keeps the length and everything that is evidence, so highlights still point at the right words", () => {
    expect(redacted).toHaveLength(TEXT.length);
    for (const kept of ["Senior Data Engineer", "Airflow DAGs", "PySpark", "Mar 2021 – Present", "M.Sc. Computer Science", "2017"])
      expect(redacted).toContain(kept);
    const offset = TEXT.indexOf("Redshift");
    expect(redacted.slice(offset, offset + "Redshift".length)).toBe("Redshift");
  });

  it("applies the candidate's terms to any other text: feedback and evidence quotes", () => {
    const redact = blindRedactor(profile);
    expect(redact("Lead with your Uppsala role at Nordlys Logistics.")).toBe("Lead with your ███████ role at Nordlys Logistics.");
    expect(redact("Greta tuned slow SQL queries")).toBe("█████ tuned slow SQL queries");
  });

  it("masks contact patterns and schools even when the parser found no profile", () => {
    const text = "Reach me at jo@example.org or (555) 123-4567, see https://jo.dev/cv; studied at University of Toronto; 12 Baker Street";
    const out = redactForBlindReview(null, text, "Jo Doe");
    for (const value of ["jo@example.org", "123-4567", "https://jo.dev/cv", "Toronto", "Baker Street"]) expect(out).not.toContain(value);
    expect(out).toContain("Reach me at");
  });

  it("keeps work arrangements that parsers record as a place", () => {
    const remote = { ...profile, experience: profile.experience.map((entry) => ({ ...entry, location: "Remote" })) };
    expect(blindRedactor(remote)("Remote role; SQL tuning")).toBe("Remote role; SQL tuning");
  });

  it("leaves date ranges and numbers that are not phone numbers alone", () => {
    const text = "2019 - 2021 · cut runtime from 4 min to 20 s · 12 years of data";
    expect(redactForBlindReview(null, text)).toBe(text);
  });
});

describe("redactEvaluationResult", () => {
  it("redacts the quotes of text that did not count, keeping where they point", () => {
    const result = evaluationResultSchema.parse({
      engineVersion: "test",
      score: 40,
      verdict: "low",
      components: [],
      matchedMustHave: [],
      matchedNiceToHave: [],
      missingMustHave: [],
      missingNiceToHave: [],
      knockouts: [],
      findings: { experience: "", education: "" },
      feedback: [],
      summary: "",
      facts: {
        relevantYears: 0,
        totalYears: 0,
        requiredYears: null,
        keywordStuffing: false,
        flaggedSpans: [{ reason: "copied_from_posting", offset: 12, length: 40, snippet: "Greta builds pipelines in Uppsala" }],
        weights: { mustHave: 1, niceToHave: 0, experience: 0, semantic: 0, seniority: 0, education: 0, certifications: 0 },
        thresholds: { high: 75, medium: 50, knockoutCap: 40 },
      },
    });
    const redacted = redactEvaluationResult(result, blindRedactor(profile));
    expect(redacted.facts.flaggedSpans).toEqual([
      { reason: "copied_from_posting", offset: 12, length: 40, snippet: "█████ builds pipelines in ███████" },
    ]);
  });
});

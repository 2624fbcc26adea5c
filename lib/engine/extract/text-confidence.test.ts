import { describe, expect, it } from "vitest";
import { parseResume } from "../parse/resume";
import { prepareResume } from "../score/prepare";
import { evidenceWeightForText, FULL_TRUST_OCR_CONFIDENCE, MIN_OCR_EVIDENCE_WEIGHT, withOcrReport } from "./text-confidence";

const RESUME = `Dana Whitfield
dana.whitfield@example.com

Experience
Senior Data Engineer, Cascade Freight Systems
March 2021 – Present
- Built Airflow pipelines that load shipment events into Snowflake.
- Ran Spark jobs on Kubernetes.

Skills
Python, SQL`;

describe("evidence weight of text read by OCR", () => {
  it("trusts a text layer and confident OCR fully, and less confident OCR proportionally, never below the floor", () => {
    expect(evidenceWeightForText(undefined)).toBe(1);
    expect(evidenceWeightForText({ confidence: 0.93, pages: 1 })).toBe(1);
    expect(evidenceWeightForText({ confidence: FULL_TRUST_OCR_CONFIDENCE, pages: 1 })).toBe(1);
    expect(evidenceWeightForText({ confidence: 0.68, pages: 1 })).toBeCloseTo(0.8);
    expect(evidenceWeightForText({ confidence: 0.1, pages: 1 })).toBe(MIN_OCR_EVIDENCE_WEIGHT);
  });

  it("puts the stored OCR report on the profile after checking it, and leaves profiles of text files alone", () => {
    const profile = parseResume(RESUME, { now: new Date(Date.UTC(2026, 10, 1)) });
    expect(withOcrReport(profile, null)).toBe(profile);
    expect(withOcrReport(profile, { confidence: 0.72, pages: 2 }).ocr).toEqual({ confidence: 0.72, pages: 2 });
    expect(() => withOcrReport(profile, { confidence: 72, pages: 2 })).toThrow();
  });

  it("makes every skill found in low-confidence OCR text count for less in scoring", () => {
    const profile = parseResume(RESUME, { now: new Date(Date.UTC(2026, 10, 1)) });
    const clean = prepareResume(profile, RESUME);
    const scanned = prepareResume(withOcrReport(profile, { confidence: 0.6, pages: 1 }), RESUME);
    const confident = prepareResume(withOcrReport(profile, { confidence: 0.9, pages: 1 }), RESUME);
    expect(clean.skills.size).toBeGreaterThan(3);
    for (const [id, skill] of clean.skills) {
      expect(scanned.skills.get(id)?.strength).toBeCloseTo(skill.strength * (0.6 / FULL_TRUST_OCR_CONFIDENCE));
      expect(confident.skills.get(id)?.strength).toBe(skill.strength);
    }
  });
});

import { describe, expect, it } from "vitest";
import { CALIBRATION, calibratedScale, finalScore, type ScoreFeatures } from "./calibration";
import { fitCalibration, type LabeledFeatures, PRIOR_CALIBRATION, rankingQuality } from "./calibration-fit";
import { CAP_LIMITS } from "./evaluate";

function features(must: number, experience: number, semantic: number, other = 0.8): ScoreFeatures {
  return {
    values: { mustHave: must, niceToHave: other, experience, semantic, seniority: other, education: other, certifications: other },
    applicable: {
      mustHave: true,
      niceToHave: true,
      experience: true,
      semantic: true,
      seniority: true,
      education: true,
      certifications: true,
    },
    core: { mustApplicable: true, must, experience, semantic },
    juniorCap: 100,
    scopeCap: 100,
    integrityCap: 100,
    knockout: null,
    degreeKnockout: false,
  };
}

describe("calibrated scale", () => {
  it("is monotone and sends the knots to 45 and 70", () => {
    const knots = { medium: 30, high: 60 };
    expect(calibratedScale(30, knots)).toBeCloseTo(45);
    expect(calibratedScale(60, knots)).toBeCloseTo(70);
    let prev = -1;
    for (let x = 0; x <= 100; x += 0.5) {
      expect(calibratedScale(x, knots)).toBeGreaterThanOrEqual(prev);
      prev = calibratedScale(x, knots);
    }
  });

  it("caps gamed evidence and knockouts below medium", () => {
    const strong = features(1, 1, 1, 1);
    expect(finalScore(strong, CALIBRATION, CAP_LIMITS)).toBeGreaterThanOrEqual(70);
    expect(finalScore({ ...strong, integrityCap: 44 }, CALIBRATION, CAP_LIMITS)).toBeLessThan(45);
    expect(finalScore({ ...strong, knockout: "hard" }, CALIBRATION, CAP_LIMITS)).toBeLessThanOrEqual(40);
  });
});

describe("fitCalibration", () => {
  // Two jobs where the grade follows experience far more than must-have coverage.
  const rows: LabeledFeatures[] = [];
  for (const job of ["a", "b"]) {
    for (let i = 0; i < 12; i++) {
      const experience = (i % 4) / 3;
      const must = ((i * 7) % 12) / 11;
      rows.push({ job, id: `${job}${i}`, grade: Math.round(experience * 3), features: features(must, experience, 0.5) });
    }
  }

  it("is deterministic and never ranks worse than the prior on its training rows", () => {
    const p1 = fitCalibration(rows, CAP_LIMITS);
    const p2 = fitCalibration(rows, CAP_LIMITS);
    expect(p1).toEqual(p2);
    const quality = (p: typeof p1) => {
      const q = rankingQuality(rows.map((r) => ({ ...r, score: finalScore(r.features, p, CAP_LIMITS) })));
      return q.ndcg5 + q.inField + q.auc;
    };
    expect(quality(p1)).toBeGreaterThanOrEqual(quality(PRIOR_CALIBRATION));
    expect(p1.weights.experience / p1.weights.mustHave).toBeGreaterThan(
      PRIOR_CALIBRATION.weights.experience / PRIOR_CALIBRATION.weights.mustHave,
    );
  });
});

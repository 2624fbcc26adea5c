import { describe, expect, it } from "vitest";
import { auc, balancedVerdictAgreement, ndcgAtK, pairwiseAccuracy } from "./ranking-metrics";

const rows = (xs: Array<[number, number]>) => xs.map(([score, grade], i) => ({ id: `r${i}`, score, grade }));

describe("ranking metrics", () => {
  it("NDCG is 1 for the ideal order and lower when a relevant item is ranked last", () => {
    expect(
      ndcgAtK(
        rows([
          [0.9, 3],
          [0.8, 2],
          [0.1, 0],
        ]),
        5,
      ),
    ).toBeCloseTo(1, 10);
    const swapped = ndcgAtK(
      rows([
        [0.1, 3],
        [0.8, 2],
        [0.9, 0],
      ]),
      5,
    );
    // DCG = 3/log2(3) + 7/log2(4) = 1.893 + 3.5; IDCG = 7 + 3/log2(3) = 8.893.
    expect(swapped).toBeCloseTo((3 / Math.log2(3) + 7 / 2) / (7 + 3 / Math.log2(3)), 6);
  });

  it("pairwise accuracy counts ties as half and can restrict to in-field pairs", () => {
    const r = rows([
      [3, 3],
      [2, 2],
      [2, 1],
      [5, 0],
    ]);
    const all = pairwiseAccuracy(r);
    expect(all.pairs).toBe(6);
    // Correct: (3>2),(3>1 by grade: 3 vs 2 score→ correct),(2,2 vs 2,1 tie → 0.5); 0-grade scored highest: 3 wrong.
    expect(all.accuracy).toBeCloseTo(2.5 / 6, 10);
    const inField = pairwiseAccuracy(r, (a, b) => a.grade >= 1 && b.grade >= 1);
    expect(inField.pairs).toBe(3);
    expect(inField.accuracy).toBeCloseTo(2.5 / 3, 10);
  });

  it("AUC is the probability a positive outscores a negative", () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1], [1])).toBe(0.5);
    expect(auc([1, 3], [2])).toBe(0.5);
    expect(auc([], [1])).toBeNull();
  });

  it("balanced verdict agreement averages the per-grade shares", () => {
    const r = balancedVerdictAgreement([
      { grade: 3, verdict: "high" },
      { grade: 3, verdict: "medium" },
      { grade: 2, verdict: "medium" },
      { grade: 1, verdict: "high" },
      { grade: 0, verdict: "low" },
    ]);
    expect(r.perGrade).toEqual({ 0: 1, 1: 0, 2: 1, 3: 0.5 });
    expect(r.balanced).toBeCloseTo(2.5 / 4, 10);
  });
});

// Ranking-quality metrics used by `npm run bench:relevance`. Pure functions over
// (score, grade) pairs so they can be unit-tested and reused by other benches.

export interface Graded {
  id: string;
  score: number;
  grade: number;
}

/** Ranks by score descending; ties broken by id so the metric is deterministic. */
export function rankByScore<T extends Graded>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** NDCG@k with gain 2^grade − 1 and log2 discount; 1 when no item has a positive grade. */
export function ndcgAtK(items: readonly Graded[], k: number): number {
  const gain = (g: number) => 2 ** g - 1;
  const dcg = (grades: number[]) => grades.slice(0, k).reduce((s, g, i) => s + gain(g) / Math.log2(i + 2), 0);
  const ideal = dcg(items.map((i) => i.grade).sort((a, b) => b - a));
  if (ideal === 0) return 1;
  return dcg(rankByScore(items).map((i) => i.grade)) / ideal;
}

/**
 * Share of pairs with different grades that the scores order correctly (ties
 * count half). `filter` restricts which pairs count (e.g. both grades ≥ 1).
 * Returns null when no pair qualifies.
 */
export function pairwiseAccuracy(
  items: readonly Graded[],
  filter: (a: Graded, b: Graded) => boolean = () => true,
): { accuracy: number | null; pairs: number } {
  let correct = 0;
  let pairs = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a === undefined || b === undefined || a.grade === b.grade || !filter(a, b)) continue;
      pairs++;
      const [hi, lo] = a.grade > b.grade ? [a, b] : [b, a];
      if (hi.score > lo.score) correct += 1;
      else if (hi.score === lo.score) correct += 0.5;
    }
  }
  return { accuracy: pairs === 0 ? null : correct / pairs, pairs };
}

/** AUC = P(score of a positive > score of a negative), ties half. Null when either side is empty. */
export function auc(positives: readonly number[], negatives: readonly number[]): number | null {
  if (positives.length === 0 || negatives.length === 0) return null;
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

export type VerdictLabel = "high" | "medium" | "low";

/** Verdicts acceptable for each grade: 3 → high; 2 → high/medium; 1 → medium/low; 0 → low. */
export function verdictAcceptable(grade: number, verdict: VerdictLabel): boolean {
  if (grade >= 3) return verdict === "high";
  if (grade === 2) return verdict === "high" || verdict === "medium";
  if (grade === 1) return verdict === "medium" || verdict === "low";
  return verdict === "low";
}

/** Mean over grades 0–3 (those present) of the share of that grade's pairs with an acceptable verdict. */
export function balancedVerdictAgreement(rows: ReadonlyArray<{ grade: number; verdict: VerdictLabel }>): {
  balanced: number | null;
  perGrade: Record<number, number | null>;
} {
  const perGrade: Record<number, number | null> = {};
  const shares: number[] = [];
  for (const g of [0, 1, 2, 3]) {
    const ofGrade = rows.filter((r) => r.grade === g);
    if (ofGrade.length === 0) {
      perGrade[g] = null;
      continue;
    }
    const share = ofGrade.filter((r) => verdictAcceptable(g, r.verdict)).length / ofGrade.length;
    perGrade[g] = share;
    shares.push(share);
  }
  return { balanced: shares.length === 0 ? null : shares.reduce((s, x) => s + x, 0) / shares.length, perGrade };
}

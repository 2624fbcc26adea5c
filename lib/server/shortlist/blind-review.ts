import "server-only";
import { cookies } from "next/headers";

/** The reviewer's blind-review preference, kept in a cookie so it follows them across shortlist pages. */
export const BLIND_COOKIE = "rc_blind_review";

export async function isBlindReview(): Promise<boolean> {
  return (await cookies()).get(BLIND_COOKIE)?.value === "1";
}

/** "Candidate 3F9A2C": a stable pseudonym from the evaluation id, for blind review. */
export function blindLabel(evaluationId: string): string {
  return `Candidate ${evaluationId.slice(-6).toUpperCase()}`;
}

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

/**
 * Whether a request comes from a browser in blind review: the cookie travels with every
 * same-origin request, so routes that serve what blind review hides (the original file)
 * can refuse it. API-key clients have no blind-review state.
 */
export function isBlindReviewRequest(request: { cookies: { get(name: string): { value: string } | undefined } }): boolean {
  return request.cookies.get(BLIND_COOKIE)?.value === "1";
}

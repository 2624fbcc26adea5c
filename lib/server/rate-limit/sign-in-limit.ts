import "server-only";
import { getDb } from "@/lib/db";
import { consumeRateLimit, type RateLimitResult } from "./rate-limit";
import { rateLimitRules } from "./rules";

/** Counts one sign-in attempt from an IP (the form's server action and the Auth.js endpoint share the bucket). */
export async function consumeSignInAttempt(ip: string): Promise<RateLimitResult> {
  return consumeRateLimit(getDb(), rateLimitRules().signIn, ip);
}
